package app.rapport.ui.contacts;

import app.rapport.domain.ties.Tie;
import app.rapport.domain.ties.TieType;
import app.rapport.domain.ties.TieView;
import app.rapport.service.SaveOutcome;
import app.rapport.service.ties.RelationshipService;
import app.rapport.ui.common.DialogService.Question;
import app.rapport.ui.common.DialogService.Words;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.UserMessages;
import java.time.LocalDate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The ties of the contact in the detail pane, seen from that contact. */
public final class TiesViewModel {
    private final RelationshipService relationships;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ObservableList<TieView> ties = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<String> errorKey = new ReadOnlyObjectWrapper<>();
    private long contactId;
    /** False while another contact's ties are read: the list says "Loading…", not the last contact's ties. */
    private final javafx.beans.property.ReadOnlyBooleanWrapper loaded = new javafx.beans.property.ReadOnlyBooleanWrapper(true);

    public TiesViewModel(RelationshipService relationships, TaskRunner runner, DialogService dialogs) {
        this.relationships = relationships;
        this.runner = runner;
        this.dialogs = dialogs;
    }

    public void load(long id) {
        boolean another = id != contactId;
        contactId = id;
        errorKey.set(null);
        if (id == 0) {
            ties.clear();
            loaded.set(true);
            return;
        }
        if (another) {
            ties.clear();
            loaded.set(false);
        }
        runner.run(() -> relationships.ties(id), list -> {
            if (id == contactId) {
                ties.setAll(list);
                loaded.set(true);
            }
        }, failure -> {
            loaded.set(true);
            failed(failure);
        });
    }

    public javafx.beans.property.ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /**
     * Adds a tie from the shown contact ({@code shownName}) to another; problems show through
     * {@link #errorKeyProperty()}. When the other contact is flagged the user is warned first, with the
     * reason, and Cancel adds nothing (protect your capital).
     */
    public void add(long otherId, String otherName, String shownName, TieType type, int strength, LocalDate since,
                    String note, Runnable onSaved) {
        runner.run(() -> relationships.flagReason(otherId), reason -> {
            if (reason.isPresent() && !dialogs.confirm(flagged(otherName, reason.get(), shownName))) {
                return;
            }
            save(new Tie(0, contactId, otherId, type, strength, since, note), onSaved);
        }, this::failed);
    }

    /** The warning before tying to a flagged contact: the tie joins the shown one and the flagged one, not the user. */
    static Question flagged(String otherName, String reason, String shownName) {
        return Question.of("flagConfirm", Words.of("flag.confirm.title"), Words.of("flag.confirm.header", otherName),
                Words.of("flag.confirm.body", reason, shownName, otherName), Words.of("flag.confirm.tie")).asWarning();
    }

    private void save(Tie tie, Runnable onSaved) {
        long mine = contactId;
        runner.run(() -> relationships.saveTie(tie), (SaveOutcome<Tie> outcome) -> {
            if (outcome.ok()) {
                errorKey.set(null);
                load(mine);
                onSaved.run();
            } else {
                errorKey.set(outcome.problems().get(0).messageKey());
            }
        }, this::failed);
    }

    /** Changes a tie's type, strength, since-date or note; its two ends stay as they are. */
    public void update(TieView existing, TieType type, int strength, LocalDate since, String note, Runnable onSaved) {
        Tie old = existing.tie();
        save(new Tie(old.id(), old.fromId(), old.toId(), type, strength, since, note), onSaved);
    }

    public void remove(TieView tie) {
        long mine = contactId;
        runner.run(() -> {
            relationships.removeTie(tie.tie().id());
            return null;
        }, done -> load(mine), this::failed);
    }

    private void failed(Throwable failure) {
        errorKey.set(UserMessages.keyFor(failure));
    }

    public ObservableList<TieView> ties() {
        return ties;
    }

    public ReadOnlyObjectProperty<String> errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }

    public long contactId() {
        return contactId;
    }
}
