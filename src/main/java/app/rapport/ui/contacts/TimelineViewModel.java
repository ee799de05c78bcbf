package app.rapport.ui.contacts;

import app.rapport.domain.interactions.TimelineEntry;
import app.rapport.domain.ledger.LedgerBalance;
import app.rapport.service.interactions.InteractionService;
import app.rapport.service.keepintouch.KeepInTouchService;
import app.rapport.service.ledger.LedgerService;
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
    private final KeepInTouchService keepInTouch;
    private final TaskRunner runner;
    private final Clock clock;
    private final ObservableList<TimelineEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LedgerBalance> balance = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> errorKey = new ReadOnlyObjectWrapper<>();
    private long contactId;

    private record Loaded(List<TimelineEntry> entries, LedgerBalance balance) {
    }

    public TimelineViewModel(InteractionService interactions, LedgerService ledger, KeepInTouchService keepInTouch,
                             TaskRunner runner, Clock clock) {
        this.keepInTouch = keepInTouch;
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

    /** Brings an interaction back from the trash; {@code onDone} runs once it is back. */
    public void restore(long interactionId, Runnable onDone) {
        runner.run(() -> {
            interactions.restore(interactionId);
            return null;
        }, done -> {
            reload();
            onDone.run();
        }, failure -> errorKey.set(UserMessages.keyFor(failure)));
    }

    /** The day a follow-up is proposed for: two weeks from today, as the card playbook calls after cards. */
    public LocalDate proposedFollowUp() {
        return LocalDate.now(clock).plusDays(14);
    }

    /** Sets a reminder by hand; it shows in Keep in touch on its day. */
    public void remindMe(LocalDate on, String note, Runnable onDone) {
        long id = contactId;
        if (on == null || on.isBefore(LocalDate.now(clock))) {
            errorKey.set("error.followUp.past");
            return;
        }
        runner.run(() -> {
            keepInTouch.addFollowUp(id, on, note);
            return null;
        }, done -> {
            errorKey.set(null);
            onDone.run();
        }, failure -> errorKey.set(UserMessages.keyFor(failure)));
    }

    /** Who else took part in an interaction: everyone it was with but the shown contact. */
    static List<String> others(TimelineEntry entry, String shownName) {
        List<String> others = new java.util.ArrayList<>(entry.names(app.rapport.domain.interactions.ParticipantRole.WITH));
        others.remove(shownName);
        return others;
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
