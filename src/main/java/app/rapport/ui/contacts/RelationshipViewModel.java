package app.rapport.ui.contacts;

import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.score.Score;
import app.rapport.domain.ties.Assessment;
import app.rapport.domain.ties.Relationship;
import app.rapport.service.SaveOutcome;
import app.rapport.service.score.ScoreService;
import app.rapport.service.ties.RelationshipService;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.UserMessages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Me and the shown contact: strength, keep-in-touch cadence, how we met, the flag, and an optional
 * assessment of the eight principles of social capital.
 */
public final class RelationshipViewModel {
    /** The eight principles, in the order the assessment stores them. */
    public static final List<String> PRINCIPLES = List.of("trust", "goodwill", "authority", "community", "empathy",
            "sharedValues", "respect", "collaboration");

    private final RelationshipService relationships;
    private final TaskRunner runner;
    private final Clock clock;

    private final IntegerProperty strength = new SimpleIntegerProperty(Relationship.DEFAULT_STRENGTH);
    private final StringProperty cadenceAmount = new SimpleStringProperty("");
    private final ObjectProperty<Cadence.Unit> cadenceUnit = new SimpleObjectProperty<>(Cadence.Unit.WEEKS);
    private final StringProperty howWeMet = new SimpleStringProperty("");
    private final ObjectProperty<Long> introducedBy = new SimpleObjectProperty<>();
    private final BooleanProperty flagged = new SimpleBooleanProperty(false);
    private final StringProperty flagReason = new SimpleStringProperty("");
    private final BooleanProperty assessed = new SimpleBooleanProperty(false);
    private final List<IntegerProperty> principles = IntStream.range(0, PRINCIPLES.size())
            .mapToObj(i -> (IntegerProperty) new SimpleIntegerProperty(3)).toList();
    private final ReadOnlyObjectWrapper<LocalDate> assessedOn = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> errorKey = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> savedFlag = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private Relationship loaded;
    private long contactId;
    /** While stored values are put into the fields: that is not a change by the user. */
    private boolean showing;

    private final ScoreService scores;
    private final ReadOnlyObjectWrapper<Score> score = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<app.rapport.domain.keepintouch.InheritedCadence> inheritedCadence =
            new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.ReadOnlyLongWrapper scoredContact = new javafx.beans.property.ReadOnlyLongWrapper();

    private final javafx.beans.binding.ObjectBinding<app.rapport.domain.keepintouch.InheritedCadence> shownInheritedCadence =
            javafx.beans.binding.Bindings.createObjectBinding(() -> cadenceAmount.get().isBlank() ? inheritedCadence.get() : null,
                    inheritedCadence, cadenceAmount);

    public RelationshipViewModel(RelationshipService relationships, ScoreService scores, TaskRunner runner,
                                 Clock clock) {
        this.relationships = relationships;
        this.scores = scores;
        this.runner = runner;
        this.clock = clock;
        List<javafx.beans.value.ObservableValue<?>> fields = new java.util.ArrayList<>(List.of(strength, cadenceAmount,
                cadenceUnit, howWeMet, introducedBy, flagged, flagReason, assessed));
        fields.addAll(principles);
        for (javafx.beans.value.ObservableValue<?> field : fields) {
            field.addListener((obs, old, now) -> {
                if (!showing && contactId != 0) {
                    dirty.set(true);
                }
            });
        }
    }

    public void load(long id) {
        contactId = id;
        loaded = null;
        savedFlag.set(null);
        dirty.set(false);
        if (id == 0) {
            return;
        }
        runner.run(() -> relationships.relationship(id).orElse(Relationship.empty(id)), r -> {
            if (id == contactId) {
                show(r);
            }
        }, this::failed);
        loadScore(id);
        inheritedCadence.set(null);
        runner.run(() -> relationships.inheritedCadence(id).orElse(null), c -> {
            if (id == contactId) {
                inheritedCadence.set(c);
            }
        }, this::failed);
    }

    /**
     * The tag's cadence to mention beside the empty cadence field ("every 3 months, as for the tag family");
     * null when the contact has a cadence of its own or no tag gives one.
     */
    public javafx.beans.binding.ObjectBinding<app.rapport.domain.keepintouch.InheritedCadence> shownInheritedCadence() {
        return shownInheritedCadence;
    }

    /** The tag default that applies while the contact has no cadence of its own; null when none. */
    public ReadOnlyObjectProperty<app.rapport.domain.keepintouch.InheritedCadence> inheritedCadenceProperty() {
        return inheritedCadence.getReadOnlyProperty();
    }

    /** The score as the facts stand now, kept for the list too: the breakdown says what would raise it. */
    private void loadScore(long id) {
        score.set(null);
        runner.run(() -> scores.rescore(id).orElse(null), s -> {
            if (id == contactId) {
                scoredContact.set(id);
                score.set(s);
            }
        }, this::failed);
    }

    /** The contact whose score was last computed and kept (0 before any): the list reloads its row. */
    public javafx.beans.property.ReadOnlyLongProperty scoredContactProperty() {
        return scoredContact.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Score> scoreProperty() {
        return score.getReadOnlyProperty();
    }

    /** Throws away unsaved changes: the fields show what is stored. */
    public void revert() {
        if (loaded != null) {
            show(loaded);
        }
        errorKey.set(null);
        dirty.set(false);
    }

    private void show(Relationship r) {
        showing = true;
        try {
            fill(r);
        } finally {
            showing = false;
        }
        dirty.set(false);
    }

    private void fill(Relationship r) {
        loaded = r;
        savedFlag.set(r.flagged() ? r.flagReason() : null);
        errorKey.set(null);
        strength.set(r.strength());
        cadenceAmount.set(r.cadence() == null ? "" : Integer.toString(r.cadence().amount()));
        cadenceUnit.set(r.cadence() == null ? Cadence.Unit.WEEKS : r.cadence().unit());
        howWeMet.set(r.howWeMet());
        introducedBy.set(r.introducedBy());
        flagged.set(r.flagged());
        flagReason.set(r.flagReason());
        Assessment a = r.assessment();
        assessed.set(a != null);
        assessedOn.set(a == null ? null : a.assessedOn());
        for (int i = 0; i < principles.size(); i++) {
            principles.get(i).set(a == null ? 3 : a.values().get(i));
        }
    }

    /**
     * Checks what can be checked before anything is written (the cadence); says what is wrong.
     *
     * @return true when a save would be tried
     */
    public boolean validate() {
        errorKey.set(null);
        if (!dirty.get() || cadenceAmount.get().isBlank()) {
            return true;
        }
        try {
            new Cadence(Integer.parseInt(cadenceAmount.get().strip()), cadenceUnit.get());
            return true;
        } catch (IllegalArgumentException e) { // NumberFormatException is one too
            errorKey.set("error.cadence.positive");
            return false;
        }
    }

    /**
     * Saves unsaved changes in the background; {@code onSaved} runs once they are stored, or at once
     * when there are none.
     *
     * @return false when the input was refused (the message says why); nothing was written
     */
    public boolean save(Runnable onSaved) {
        if (!dirty.get() || contactId == 0) {
            onSaved.run();
            return true;
        }
        if (!validate()) {
            return false;
        }
        Cadence cadence = cadenceAmount.get().isBlank() ? null
                : new Cadence(Integer.parseInt(cadenceAmount.get().strip()), cadenceUnit.get());
        LocalDate today = LocalDate.now(clock);
        Assessment assessment = null;
        if (assessed.get()) {
            List<Integer> v = principles.stream().map(IntegerProperty::get).toList();
            assessment = new Assessment(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7),
                    today);
        }
        Relationship base = loaded == null ? Relationship.empty(contactId) : loaded;
        Relationship r = base.withStrength(strength.get()).withCadence(cadence)
                .withMet(howWeMet.get(), introducedBy.get()).withFlag(flagged.get(), flagReason.get())
                .withAssessment(assessment);
        long id = contactId;
        runner.run(() -> relationships.saveRelationship(r), (SaveOutcome<Relationship> outcome) -> {
            if (id != contactId) {
                return;
            }
            if (outcome.ok()) {
                show(outcome.saved());
                loadScore(contactId);
                onSaved.run();
            } else {
                errorKey.set(outcome.problems().get(0).messageKey());
            }
        }, this::failed);
        return true;
    }

    /** True when a field differs from what is stored (the user changed it since it was shown or saved). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    private void failed(Throwable failure) {
        errorKey.set(UserMessages.keyFor(failure));
    }

    public IntegerProperty strengthProperty() {
        return strength;
    }

    public StringProperty cadenceAmountProperty() {
        return cadenceAmount;
    }

    public ObjectProperty<Cadence.Unit> cadenceUnitProperty() {
        return cadenceUnit;
    }

    public StringProperty howWeMetProperty() {
        return howWeMet;
    }

    public ObjectProperty<Long> introducedByProperty() {
        return introducedBy;
    }

    public BooleanProperty flaggedProperty() {
        return flagged;
    }

    public StringProperty flagReasonProperty() {
        return flagReason;
    }

    public BooleanProperty assessedProperty() {
        return assessed;
    }

    public IntegerProperty principle(int index) {
        return principles.get(index);
    }

    public ReadOnlyObjectProperty<LocalDate> assessedOnProperty() {
        return assessedOn.getReadOnlyProperty();
    }

    /** The stored flag's reason ("" when flagged without one), or null when not flagged. */
    public ReadOnlyObjectProperty<String> savedFlagProperty() {
        return savedFlag.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }
}
