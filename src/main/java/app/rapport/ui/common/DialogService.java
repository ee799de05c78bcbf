package app.rapport.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a view-model asks the user, without the toolkit: the window answers with dialogs
 * ({@link FxDialogService}), a test with a script. Every text is a bundle key with its arguments, so
 * a view-model decides what to ask and a test checks it, and the words follow the user's language.
 * Calls come on the FX thread and block until the user answers, like any modal dialog.
 */
public interface DialogService {
    /** A question with one answer that goes ahead and Cancel; true when the user goes ahead. */
    boolean confirm(Question question);

    /** Unsaved input before leaving: save it, drop it, or stay where it is. */
    Leave askBeforeLeaving(Question question);

    /** Something went wrong, said in the user's words (the details are in the log). */
    void showError(Words header, Words message);

    /** The file to write; empty when the user cancelled. */
    Optional<Path> saveFile(Words title, String suggestedName, FileType type);

    /** The file to read; empty when the user cancelled. */
    Optional<Path> openFile(Words title, FileType... types);

    /** The files to read; empty when the user cancelled. */
    List<Path> openFiles(Words title, FileType... types);

    /** One of several answers, each named in words; empty when the user cancelled. */
    <T> Optional<T> chooseOne(OneOf<T> question);

    /** The answer to {@link #askBeforeLeaving}. */
    enum Leave { SAVE, DISCARD, STAY }

    /** How much a question risks: a warning is shown as one, and going ahead is never its default answer. */
    enum Weight { NORMAL, WARNING }

    /** A text from the bundles: its key and what fills its places. */
    record Words(String key, List<Object> args) {
        public Words {
            args = List.copyOf(args);
        }

        public static Words of(String key, Object... args) {
            return new Words(key, List.of(args));
        }
    }

    /**
     * A question: {@code id} names the dialog for tests and assistive technology ("flagConfirm"),
     * {@code goAhead} the button that says yes in words ("Tie anyway"), never "OK".
     */
    record Question(String id, Words title, Words header, Words body, Words goAhead, Weight weight) {
        public static Question of(String id, Words title, Words header, Words body, Words goAhead) {
            return new Question(id, title, header, body, goAhead, Weight.NORMAL);
        }

        public Question asWarning() {
            return new Question(id, title, header, body, goAhead, Weight.WARNING);
        }
    }

    /** A kind of file to choose: its name in words and its extensions without the dot ("vcf"). */
    record FileType(Words name, List<String> extensions) {
        public FileType {
            extensions = List.copyOf(extensions);
        }

        public static FileType of(Words name, String... extensions) {
            return new FileType(name, List.of(extensions));
        }
    }

    /**
     * A question answered by choosing one of {@code answers}, each shown as {@code name} says;
     * {@code id} names the list for tests and assistive technology ("languageChoice"), {@code current}
     * is chosen at first.
     */
    record OneOf<T>(String id, Words title, Words header, Words label, List<T> answers, Function<T, Words> name,
            T current) {
        public OneOf {
            answers = List.copyOf(answers);
        }
    }
}
