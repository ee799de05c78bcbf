package app.rapport.ui.matrix;

import app.rapport.domain.matrix.Cooperation;
import app.rapport.domain.matrix.CooperationRules;
import app.rapport.domain.matrix.MatrixEntry;
import app.rapport.domain.matrix.Quadrant;
import app.rapport.service.SaveOutcome;
import app.rapport.service.matrix.CooperationService;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.UserMessages;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Matrix area: everyone on the cooperation matrix, by quadrant, and the editor of one
 * contact's assessment. Every read and write runs through the {@link TaskRunner}; results land on the UI thread.
 */
public final class MatrixViewModel {
    /** The contact in the editor; {@code onMatrix} is false until its assessment is first saved. */
    public record Editing(long contactId, String name, boolean onMatrix) {
    }

    /** What an action did, for the notification: a message key, whose, and the quadrant it landed in. */
    public record Done(String key, String name, Quadrant quadrant) {
    }

    private final CooperationService matrix;
    private final TaskRunner runner;
    private final ObservableList<MatrixEntry> entries = FXCollections.observableArrayList();
    private final Map<Quadrant, ObservableList<MatrixEntry>> byQuadrant = new EnumMap<>(Quadrant.class);
    private final ReadOnlyObjectWrapper<Editing> editing = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Integer> ours = new SimpleObjectProperty<>(CooperationRules.HIGH_FROM);
    private final ObjectProperty<Integer> theirs = new SimpleObjectProperty<>(CooperationRules.HIGH_FROM);
    private final StringProperty mutual = new SimpleStringProperty("");
    private final StringProperty assets = new SimpleStringProperty("");
    private final StringProperty credible = new SimpleStringProperty("");
    private final ObjectProperty<Cooperation> loaded = new SimpleObjectProperty<>();
    private final ObjectBinding<Quadrant> quadrant;
    private final BooleanBinding canSave;
    private final ReadOnlyObjectWrapper<String> errorKey = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Done> done = new ReadOnlyObjectWrapper<>();

    public MatrixViewModel(CooperationService matrix, TaskRunner runner) {
        this.matrix = matrix;
        this.runner = runner;
        for (Quadrant q : Quadrant.values()) {
            byQuadrant.put(q, FXCollections.observableArrayList());
        }
        quadrant = Bindings.createObjectBinding(() -> valid(ours.get()) && valid(theirs.get())
                ? CooperationRules.quadrant(ours.get(), theirs.get()) : null, ours, theirs);
        // a contact new to the matrix can be saved as it is; one on it only once something changed
        canSave = Bindings.createBooleanBinding(() -> editing.get() != null && quadrant.get() != null
                        && (!editing.get().onMatrix() || !current().equals(loaded.get())),
                editing, ours, theirs, mutual, assets, credible, loaded, quadrant);
    }

    private static boolean valid(Integer value) {
        return value != null && CooperationRules.inRange(value);
    }

    /** Reloads who is on the matrix; the editor keeps what is typed in it. */
    public void refresh() {
        runner.run(matrix::matrix, all -> {
            errorKey.set(null);
            show(all);
            Editing e = editing.get();
            if (e != null) {
                all.stream().filter(m -> m.contactId() == e.contactId()).findFirst()
                        .ifPresent(m -> editing.set(new Editing(e.contactId(), m.name(), true)));
            }
        }, this::fail);
    }

    private void show(List<MatrixEntry> all) {
        entries.setAll(all);
        CooperationService.byQuadrant(all).forEach((q, list) -> byQuadrant.get(q).setAll(list));
    }

    /** Opens a contact in the editor: its assessment, or the middle of the scale when it is not on the matrix yet. */
    public void edit(long contactId, String name) {
        runner.run(() -> matrix.find(contactId), found -> {
            errorKey.set(null);
            Cooperation c = found.orElseGet(() -> Cooperation.unassessed(contactId));
            loaded.set(c);
            ours.set(c.ours());
            theirs.set(c.theirs());
            mutual.set(c.mutual());
            assets.set(c.assets());
            credible.set(c.credible());
            editing.set(new Editing(contactId, name, found.isPresent()));
        }, this::fail);
    }

    /** Puts the contact in the editor on the matrix, or updates it: one transaction. */
    public void save() {
        Editing e = editing.get();
        if (e == null || !canSave.get()) {
            return;
        }
        Cooperation c = current();
        runner.run(() -> matrix.save(c), (SaveOutcome<Cooperation> outcome) -> {
            if (!outcome.ok()) {
                errorKey.set(outcome.problems().get(0).messageKey());
                return;
            }
            errorKey.set(null);
            if (editing.get() != null && editing.get().contactId() == e.contactId()) {
                loaded.set(outcome.saved());
                editing.set(new Editing(e.contactId(), e.name(), true));
            }
            done.set(new Done("matrix.done.saved", e.name(), outcome.saved().quadrant()));
            refresh();
        }, this::fail);
    }

    /** Takes the contact in the editor off the matrix; the editor empties. */
    public void remove() {
        Editing e = editing.get();
        if (e == null || !e.onMatrix()) {
            return;
        }
        runner.run(() -> {
            matrix.remove(e.contactId());
            return Boolean.TRUE;
        }, ok -> {
            errorKey.set(null);
            if (editing.get() != null && editing.get().contactId() == e.contactId()) {
                editing.set(null);
                loaded.set(null);
            }
            done.set(new Done("matrix.done.removed", e.name(), null));
            refresh();
        }, this::fail);
    }

    private Cooperation current() {
        Editing e = editing.get();
        return new Cooperation(e == null ? 0 : e.contactId(), ours.get() == null ? -1 : ours.get(),
                theirs.get() == null ? -1 : theirs.get(), mutual.get(), assets.get(), credible.get());
    }

    private void fail(Throwable failure) {
        errorKey.set(UserMessages.keyFor(failure));
    }

    /** Everyone on the matrix, by name. */
    public ObservableList<MatrixEntry> entries() {
        return entries;
    }

    /** Those in one quadrant, by name. */
    public ObservableList<MatrixEntry> inQuadrant(Quadrant q) {
        return byQuadrant.get(q);
    }

    public ReadOnlyObjectProperty<Editing> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ObjectProperty<Integer> oursProperty() {
        return ours;
    }

    public ObjectProperty<Integer> theirsProperty() {
        return theirs;
    }

    public StringProperty mutualProperty() {
        return mutual;
    }

    public StringProperty assetsProperty() {
        return assets;
    }

    public StringProperty credibleProperty() {
        return credible;
    }

    /** The quadrant the two values in the editor make, as they are changed. */
    public ObjectBinding<Quadrant> quadrantProperty() {
        return quadrant;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public ReadOnlyObjectProperty<String> errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Done> doneProperty() {
        return done.getReadOnlyProperty();
    }
}
