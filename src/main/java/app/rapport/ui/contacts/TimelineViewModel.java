package app.rapport.ui.contacts;

import app.rapport.domain.LedgerBalance;
import app.rapport.domain.TimelineEntry;
import app.rapport.service.InteractionService;
import app.rapport.service.LedgerService;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.UserMessages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The shown contact's interactions, newest first, and their reciprocity ledger at a glance. */
public final class TimelineViewModel {
    private static final int SHOWN = 200;

    private final InteractionService interactions;
    private final LedgerService ledger;
    private final TaskRunner runner;
    private final Clock clock;
    private final ObservableList<TimelineEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LedgerBalance> balance = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> errorKey = new ReadOnlyObjectWrapper<>();
    private long contactId;

    private record Loaded(List<TimelineEntry> entries, LedgerBalance balance) {
    }

    public TimelineViewModel(InteractionService interactions, LedgerService ledger, TaskRunner runner, Clock clock) {
        this.interactions = interactions;
        this.ledger = ledger;
        this.runner = runner;
        this.clock = clock;
    }

    public void load(long id) {
        contactId = id;
        if (id == 0) {
            entries.clear();
            balance.set(null);
            return;
        }
        LocalDate today = LocalDate.now(clock);
        runner.run(() -> new Loaded(interactions.timeline(id, SHOWN), ledger.balance(id, today)), loaded -> {
            if (id == contactId) {
                errorKey.set(null);
                entries.setAll(loaded.entries());
                balance.set(loaded.balance());
            }
        }, failure -> errorKey.set(UserMessages.keyFor(failure)));
    }

    public void reload() {
        load(contactId);
    }

    /** Moves an interaction to the trash; {@link #restore(long)} brings it back. */
    public void delete(long interactionId, Runnable onDone) {
        runner.run(() -> {
            interactions.delete(interactionId);
            return null;
        }, done -> {
            reload();
            onDone.run();
        }, failure -> errorKey.set(UserMessages.keyFor(failure)));
    }

    public void restore(long interactionId) {
        runner.run(() -> {
            interactions.restore(interactionId);
            return null;
        }, done -> reload(), failure -> errorKey.set(UserMessages.keyFor(failure)));
    }

    public ObservableList<TimelineEntry> entries() {
        return entries;
    }

    public ReadOnlyObjectProperty<LedgerBalance> balanceProperty() {
        return balance.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }

    public long contactId() {
        return contactId;
    }
}
