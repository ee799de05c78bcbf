package app.rapport.testing;

import app.rapport.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A {@link DialogService} for view-model tests: answers from a script, in order, and keeps what was
 * asked. An unexpected question fails the test rather than being answered by chance.
 */
public final class ScriptedDialogs implements DialogService {
    private final Deque<Object> answers = new ArrayDeque<>();
    /** Every question, error and file prompt, in order: "confirm flag.confirm.header", "error …". */
    public final List<String> asked = new ArrayList<>();
    /** The questions themselves, to check their words and arguments. */
    public final List<Question> questions = new ArrayList<>();
    /** The choices of one offered, to check their answers and words. */
    public final List<OneOf<?>> oneOfs = new ArrayList<>();

    private record OneAnswer(Object answer) {
    }

    /** The next confirmation is answered yes ({@code true}) or Cancel. */
    public ScriptedDialogs confirming(boolean yes) {
        answers.add(yes);
        return this;
    }

    public ScriptedDialogs leaving(Leave choice) {
        answers.add(choice);
        return this;
    }

    /** The next choice of one is answered with {@code answer}, one of those offered. */
    public ScriptedDialogs choosingOne(Object answer) {
        answers.add(new OneAnswer(answer));
        return this;
    }

    /** The next choice of one is cancelled. */
    public ScriptedDialogs cancellingChoice() {
        answers.add(new OneAnswer(null));
        return this;
    }

    /** The next file prompt is answered with these files; none is Cancel. */
    public ScriptedDialogs choosing(Path... files) {
        answers.add(List.of(files));
        return this;
    }

    @Override
    public boolean confirm(Question question) {
        record(question, "confirm");
        return next(Boolean.class, question);
    }

    @Override
    public Leave askBeforeLeaving(Question question) {
        record(question, "leave");
        return next(Leave.class, question);
    }

    @Override
    public <T> Optional<T> chooseOne(OneOf<T> question) {
        oneOfs.add(question);
        asked.add("choose " + question.header().key());
        Object a = answers.poll();
        if (!(a instanceof OneAnswer one)) {
            throw new AssertionError("Not expected: a choice " + question.header().key() + " (scripted: " + a + ")");
        }
        if (one.answer() == null) {
            return Optional.empty();
        }
        int at = question.answers().indexOf(one.answer());
        if (at < 0) {
            throw new AssertionError("Not offered in " + question.header().key() + ": " + one.answer());
        }
        return Optional.of(question.answers().get(at));
    }

    @Override
    public void showError(Words header, Words message) {
        asked.add("error " + message.key());
    }

    @Override
    public Optional<Path> saveFile(Words title, String suggestedName, FileType type) {
        asked.add("save " + title.key() + " " + suggestedName);
        return files(title).stream().findFirst();
    }

    @Override
    public Optional<Path> openFile(Words title, FileType... types) {
        asked.add("open " + title.key());
        return files(title).stream().findFirst();
    }

    @Override
    public List<Path> openFiles(Words title, FileType... types) {
        asked.add("open " + title.key());
        return files(title);
    }

    /** True when every scripted answer was used. */
    public boolean done() {
        return answers.isEmpty();
    }

    private void record(Question q, String kind) {
        questions.add(q);
        asked.add(kind + " " + q.header().key());
    }

    @SuppressWarnings("unchecked")
    private List<Path> files(Words title) {
        Object a = answers.poll();
        if (!(a instanceof List<?>)) {
            throw new AssertionError("Not expected: a file prompt " + title.key() + " (scripted: " + a + ")");
        }
        return (List<Path>) a;
    }

    private <T> T next(Class<T> type, Question q) {
        Object a = answers.poll();
        if (!type.isInstance(a)) {
            throw new AssertionError("Not expected: " + q.header().key() + " (scripted: " + a + ")");
        }
        return type.cast(a);
    }
}
