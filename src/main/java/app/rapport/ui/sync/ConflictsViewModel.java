package app.rapport.ui.sync;

import app.rapport.domain.sync.CardMerge;
import app.rapport.service.StorageException;
import app.rapport.service.sync.OpenConflict;
import app.rapport.service.sync.SyncService;
import app.rapport.ui.common.DialogService.Words;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.UserMessages;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Conflicts dialog: the conflicts a sync found that wait for the user's choice; for the one selected, each
 * field's value in Rapport and on the server, and the choice of one side. A choice settles the conflict (a taken
 * server value goes into the contact, the next sync puts it on the server) and it leaves the list.
 */
public final class ConflictsViewModel {
    private final SyncService sync;
    private final TaskRunner runner;
    private final ObservableList<OpenConflict> conflicts = FXCollections.observableArrayList();
    private final ObjectProperty<OpenConflict> selected = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty working = new SimpleBooleanProperty();
    private final SimpleBooleanProperty loaded = new SimpleBooleanProperty();
    private final ObjectProperty<Words> error = new SimpleObjectProperty<>();
    private final BooleanBinding canKeepRapport = Bindings.createBooleanBinding(
            () -> !working.get() && selected.get() != null, working, selected);
    private final BooleanBinding canTakeServer = Bindings.createBooleanBinding(
            () -> !working.get() && selected.get() != null && !selected.get().contactGone(), working, selected);
    private Runnable onResolved = () -> { };

    public ConflictsViewModel(SyncService sync, TaskRunner runner) {
        this.sync = sync;
        this.runner = runner;
    }

    /** Called after each choice, for the window to show the contact as it now is. */
    public void setOnResolved(Runnable onResolved) {
        this.onResolved = onResolved;
    }

    /** Reads the open conflicts; the first one is selected. */
    public void load() {
        working.set(true);
        runner.run(sync::openConflicts, found -> {
            working.set(false);
            conflicts.setAll(found);
            selected.set(found.isEmpty() ? null : found.get(0));
            loaded.set(true);
        }, this::failed);
    }

    /** Settles the selected conflict keeping Rapport's values (for a contact gone: dismisses it). */
    public void keepRapport() {
        choose(CardMerge.Side.RAPPORT);
    }

    /** Settles the selected conflict taking the server's values into the contact. */
    public void takeServer() {
        choose(CardMerge.Side.SERVER);
    }

    private void choose(CardMerge.Side side) {
        OpenConflict chosen = selected.get();
        if (chosen == null || side == CardMerge.Side.SERVER && chosen.contactGone()) {
            return;
        }
        working.set(true);
        error.set(null);
        runner.run(() -> {
            sync.resolve(chosen.id(), side);
            return chosen;
        }, done -> {
            working.set(false);
            int at = conflicts.indexOf(done);
            conflicts.remove(done);
            selected.set(conflicts.isEmpty() ? null : conflicts.get(Math.min(Math.max(at, 0), conflicts.size() - 1)));
            onResolved.run();
        }, failure -> {
            if (failure instanceof IllegalArgumentException || failure instanceof StorageException e
                    && e.reason() == StorageException.Reason.NOT_FOUND) {
                // settled elsewhere (the command line), or the contact edited meanwhile: read the list again
                working.set(false);
                error.set(Words.of("sync.conflicts.changed"));
                load();
            } else {
                failed(failure);
            }
        });
    }

    private void failed(Throwable failure) {
        working.set(false);
        error.set(Words.of(UserMessages.keyFor(failure)));
    }

    /** The conflicts waiting, oldest first. */
    public ObservableList<OpenConflict> conflicts() {
        return conflicts;
    }

    /** The conflict whose fields are shown; null when there is none. */
    public ObjectProperty<OpenConflict> selectedProperty() {
        return selected;
    }

    /** Its fields: each with Rapport's value and the server's. */
    public List<OpenConflict.FieldValues> selectedFields() {
        return selected.get() == null ? List.of() : selected.get().fields();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working;
    }

    /** True once the conflicts were read: until then "none" is not said. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    public BooleanBinding canKeepRapportBinding() {
        return canKeepRapport;
    }

    /** Only for a contact still in Rapport. */
    public BooleanBinding canTakeServerBinding() {
        return canTakeServer;
    }

    /** What went wrong, in words; null when nothing did. */
    public ReadOnlyObjectProperty<Words> errorProperty() {
        return error;
    }
}
