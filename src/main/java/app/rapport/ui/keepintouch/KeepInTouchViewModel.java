package app.rapport.ui.keepintouch;

import app.rapport.domain.keepintouch.DueItem;
import app.rapport.service.keepintouch.KeepInTouchService;
import app.rapport.ui.common.DialogService.Words;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.UserMessages;
import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Keep in touch list: who is overdue or due this week, birthdays and follow-ups, most urgent
 * first. Computed from the interactions each time, so a logged call takes a contact off at once.
 */
public final class KeepInTouchViewModel {
    public static final int HORIZON_DAYS = 7;
    public static final int SNOOZE_DAYS = 7;
    private static final int LIMIT = 500;

    private final KeepInTouchService keepInTouch;
    private final TaskRunner runner;
    private final Clock clock;
    private final ObservableList<DueItem> items = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<String> errorKey = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.ReadOnlyBooleanWrapper loaded = new javafx.beans.property.ReadOnlyBooleanWrapper();

    public KeepInTouchViewModel(KeepInTouchService keepInTouch, TaskRunner runner, Clock clock) {
        this.keepInTouch = keepInTouch;
        this.runner = runner;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public void refresh() {
        LocalDate today = today();
        runner.run(() -> keepInTouch.due(today, HORIZON_DAYS, LIMIT), list -> {
            errorKey.set(null);
            items.setAll(list);
            loaded.set(true);
        }, failure -> {
            errorKey.set(UserMessages.keyFor(failure));
            loaded.set(true);
        });
    }

    /** Puts a contact off for a week; they come back if still due then. */
    public void snooze(DueItem item) {
        LocalDate until = today().plusDays(SNOOZE_DAYS);
        runner.run(() -> {
            if (item.followUpId() > 0) {
                keepInTouch.completeFollowUp(item.followUpId());
            } else {
                keepInTouch.snooze(item.contactId(), until);
            }
            return null;
        }, done -> refresh(), failure -> errorKey.set(UserMessages.keyFor(failure)));
    }

    /** Why a contact is on the list, in words. */
    public Words reason(DueItem d) {
        return reasonWords(d);
    }

    /** Why a contact is on the list, in words; the Today area's rows say it alike. */
    public static Words reasonWords(DueItem d) {
        return switch (d.reason()) {
            case CADENCE -> d.daysOverdue() > 0 ? Words.of("kit.reason.overdue", d.daysOverdue())
                    : Words.of("kit.reason.dueSoon");
            case BIRTHDAY -> Words.of("kit.reason.birthday");
            case ANNIVERSARY -> Words.of("kit.reason.anniversary", d.note() == null ? "" : d.note());
            case FOLLOW_UP -> d.note() == null || d.note().isBlank() ? Words.of("kit.reason.followUp")
                    : Words.of("kit.reason.followUpNote", d.note());
        };
    }

    /** A follow-up is done; anyone else is snoozed for a week ({@link #snooze}). */
    public static String snoozeKey(DueItem d) {
        return d.followUpId() > 0 ? "kit.done" : "kit.snooze";
    }

    public ObservableList<DueItem> items() {
        return items;
    }

    /** False until the first query has answered: until then the view says "Loading…", not "none". */
    public javafx.beans.property.ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }
}
