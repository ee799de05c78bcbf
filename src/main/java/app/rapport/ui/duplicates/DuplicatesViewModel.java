package app.rapport.ui.duplicates;

import app.rapport.service.SaveOutcome;
import app.rapport.service.duplicates.DuplicatePair;
import app.rapport.service.duplicates.DuplicateService;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.UserMessages;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Find duplicates: every pair of contacts that may be one, strongest first (searched off the FX
 * thread); the chosen pair merged (then searched again: the kept contact may pair anew) or marked
 * "not a duplicate" (remembered, and gone from the list).
 */
public final class DuplicatesViewModel {
    /** What the dialog shows: the search under way, nothing found, or the pairs. */
    public enum State {
        LOADING, EMPTY, LIST
    }

    private final DuplicateService service;
    private final TaskRunner runner;
    private final ObservableList<DuplicatePair> pairs = FXCollections.observableArrayList();
    private final ObjectProperty<DuplicatePair> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.LOADING);
    private final ReadOnlyObjectWrapper<String> errorKey = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canAct = new ReadOnlyBooleanWrapper();

    public DuplicatesViewModel(DuplicateService service, TaskRunner runner) {
        this.service = service;
        this.runner = runner;
        selected.addListener((o, was, now) -> updateCanAct());
        busy.addListener((o, was, now) -> updateCanAct());
    }

    /** Searches the whole database. */
    public void load() {
        state.set(State.LOADING);
        busy.set(true);
        runner.run(service::find, (List<DuplicatePair> found) -> {
            busy.set(false);
            errorKey.set(null);
            pairs.setAll(found);
            selected.set(found.isEmpty() ? null : found.get(0));
            state.set(found.isEmpty() ? State.EMPTY : State.LIST);
        }, failure -> {
            fail(failure);
            state.set(pairs.isEmpty() ? State.EMPTY : State.LIST);
        });
    }

    /** Remembers that the chosen pair is not a duplicate; it leaves the list and never shows again. */
    public void notDuplicate() {
        DuplicatePair pair = selected.get();
        if (pair == null || busy.get()) {
            return;
        }
        busy.set(true);
        runner.run(() -> service.notDuplicate(pair.firstId(), pair.secondId()), (SaveOutcome<Boolean> outcome) -> {
            busy.set(false);
            if (!outcome.ok()) {
                errorKey.set(outcome.problems().get(0).messageKey());
                return;
            }
            errorKey.set(null);
            int at = pairs.indexOf(pair);
            pairs.remove(pair);
            selected.set(pairs.isEmpty() ? null : pairs.get(Math.min(at, pairs.size() - 1)));
            if (pairs.isEmpty()) {
                state.set(State.EMPTY);
            }
        }, this::fail);
    }

    /** After the chosen pair was merged: the list is searched again. */
    public void merged() {
        load();
    }

    private void fail(Throwable failure) {
        busy.set(false);
        errorKey.set(UserMessages.keyFor(failure));
    }

    private void updateCanAct() {
        canAct.set(selected.get() != null && !busy.get());
    }

    public ObservableList<DuplicatePair> pairs() {
        return pairs;
    }

    /** The pair Merge… and Not a duplicate act on. */
    public ObjectProperty<DuplicatePair> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True when a pair is chosen and nothing is under way. */
    public ReadOnlyBooleanProperty canActProperty() {
        return canAct.getReadOnlyProperty();
    }
}
