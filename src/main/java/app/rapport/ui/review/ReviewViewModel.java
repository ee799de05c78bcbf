package app.rapport.ui.review;

import app.rapport.domain.contacts.Problem;
import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.review.ReviewItem;
import app.rapport.service.review.ReviewService;
import app.rapport.service.review.ReviewStep;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.UserMessages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Review, one contact at a time: the step of the round shown, the inline cadence and tag inputs, and
 * the commands the keys run. Every read and write goes through the runner; while one is under way
 * further commands are ignored, so a held key cannot skip past contacts it never showed.
 */
public final class ReviewViewModel {
    /** The cadences offered inline, in the order of their number keys 1–5. */
    public enum CadenceChoice {
        TWO_WEEKS(Cadence.weeks(2)), ONE_MONTH(Cadence.months(1)), THREE_MONTHS(Cadence.months(3)),
        SIX_MONTHS(Cadence.months(6)), NONE(null);

        private final Cadence cadence;

        CadenceChoice(Cadence cadence) {
            this.cadence = cadence;
        }

        /** Null for none: the contact's own cadence goes (a tag's may still apply). */
        public Cadence cadence() {
            return cadence;
        }
    }

    /** A contact just archived from the round, for Undo. */
    public record Archived(long contactId, String name, int position) {
    }

    private final ReviewService reviews;
    private final TaskRunner runner;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<ReviewStep> step = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper choosingCadence = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper addingTag = new ReadOnlyBooleanWrapper(false);
    private final StringProperty tagText = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<String> errorKey = new ReadOnlyObjectWrapper<>();
    private Consumer<Archived> onArchived = a -> { };

    public ReviewViewModel(ReviewService reviews, TaskRunner runner, Clock clock) {
        this.reviews = reviews;
        this.runner = runner;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Where the user stopped; the first time, a new round. */
    public void open() {
        closeInputs();
        load(() -> reviews.resume(today()), true);
    }

    /** The shown contact again, after a change made elsewhere (a logged interaction). */
    /** The contact on the card to log or open: none past the end of the round, nor while a command is under way. */
    public Optional<ReviewItem> current() {
        ReviewStep step = this.step.get();
        return step == null || step.done() || working.get() ? Optional.empty() : Optional.of(step.item());
    }

    public void reload() {
        ReviewStep at = step.get();
        if (at != null) {
            load(() -> reviews.reload(at, today()), true);
        }
    }

    public void skip() {
        onCard(at -> load(() -> reviews.skip(at, today()), false));
    }

    public void markReviewed() {
        onCard(at -> load(() -> reviews.markReviewed(at, today()), false));
    }

    public void back() {
        ReviewStep at = step.get();
        if (at != null && !working.get() && !at.first()) {
            closeInputs();
            load(() -> reviews.back(at, today()), false);
        }
    }

    /** At the end of a round: the contacts that need attention now. */
    public void newRound() {
        ReviewStep at = step.get();
        if (at != null && at.done() && !working.get()) {
            load(() -> reviews.startRound(today()), false);
        }
    }

    public void chooseCadence() {
        onCard(at -> {
            addingTag.set(false);
            choosingCadence.set(true);
        });
    }

    public void setCadence(CadenceChoice choice) {
        if (!choosingCadence.get()) {
            return;
        }
        onCard(at -> write(() -> reviews.setCadence(at.item().contactId(), choice.cadence()), at));
    }

    public void startTag() {
        onCard(at -> {
            choosingCadence.set(false);
            tagText.set("");
            addingTag.set(true);
        });
    }

    /** Adds the typed tag; an empty field just closes. */
    public void addTag() {
        String tag = tagText.get() == null ? "" : tagText.get().strip();
        if (!addingTag.get()) {
            return;
        }
        if (tag.isEmpty()) {
            closeInputs();
            return;
        }
        onCard(at -> write(() -> reviews.addTag(at.item().contactId(), tag), at));
    }

    /** Escape: closes the cadence choice or the tag field. @return whether there was one to close */
    public boolean cancel() {
        boolean open = choosingCadence.get() || addingTag.get();
        closeInputs();
        return open;
    }

    /** Archives the shown contact; it leaves the round, and {@link #setOnArchived} hears of it for Undo. */
    public void archive() {
        onCard(at -> {
            ReviewItem item = at.item();
            Archived archived = new Archived(item.contactId(), item.name(), at.position());
            run(() -> {
                List<Problem> problems = reviews.setArchived(item.contactId(), true);
                return problems.isEmpty() ? new Outcome(reviews.reload(at, today()), null) : new Outcome(at, problems);
            }, outcome -> {
                if (outcome.problems() == null) {
                    onArchived.accept(archived);
                }
            });
        });
    }

    /** Brings the archived contact back and shows it again. */
    public void undoArchive(Archived archived) {
        if (working.get()) {
            return;
        }
        closeInputs();
        run(() -> {
            List<Problem> problems = reviews.setArchived(archived.contactId(), false);
            return problems.isEmpty() ? new Outcome(reviews.goTo(archived.position(), today()), null)
                    : new Outcome(step.get(), problems);
        }, outcome -> { });
    }

    public void setOnArchived(Consumer<Archived> action) {
        onArchived = action == null ? a -> { } : action;
    }

    private record Outcome(ReviewStep step, List<Problem> problems) {
    }

    /** Runs {@code action} with the shown step when it shows a contact and nothing is under way. */
    private void onCard(Consumer<ReviewStep> action) {
        ReviewStep at = step.get();
        if (at != null && !at.done() && !working.get()) {
            action.accept(at);
        }
    }

    private void load(Callable<ReviewStep> work, boolean force) {
        if (working.get() && !force) {
            return;
        }
        closeInputs();
        run(() -> new Outcome(work.call(), null), outcome -> { });
    }

    /** A change to the shown contact, then the card again; a refused change leaves the input open. */
    private void write(Callable<List<Problem>> change, ReviewStep at) {
        run(() -> {
            List<Problem> problems = change.call();
            return problems.isEmpty() ? new Outcome(reviews.reload(at, today()), null) : new Outcome(at, problems);
        }, outcome -> {
            if (outcome.problems() == null) {
                closeInputs();
            }
        });
    }

    private void run(Callable<Outcome> work, Consumer<Outcome> then) {
        working.set(true);
        runner.run(work, outcome -> {
            working.set(false);
            step.set(outcome.step());
            errorKey.set(outcome.problems() == null || outcome.problems().isEmpty() ? null
                    : outcome.problems().get(0).messageKey());
            then.accept(outcome);
        }, failure -> {
            working.set(false);
            errorKey.set(UserMessages.keyFor(failure));
        });
    }

    private void closeInputs() {
        choosingCadence.set(false);
        addingTag.set(false);
    }

    public ReadOnlyObjectProperty<ReviewStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty choosingCadenceProperty() {
        return choosingCadence.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty addingTagProperty() {
        return addingTag.getReadOnlyProperty();
    }

    public StringProperty tagTextProperty() {
        return tagText;
    }

    public ReadOnlyObjectProperty<String> errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }
}
