package app.rapport.service.keepintouch;

import app.rapport.domain.keepintouch.DueCounts;
import app.rapport.domain.keepintouch.DueItem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The keep-in-touch list: contacts whose cadence is due, birthdays and work anniversaries coming up and follow-ups set by
 * hand, ranked by urgency ({@link app.rapport.domain.keepintouch.DueRules}). Blocking calls.
 */
public class KeepInTouchService {
    /** Birthdays are looked for at most this far ahead. */
    public static final int MAX_HORIZON_DAYS = 366;

    private final KeepInTouchRepository repository;
    private final Clock clock;

    public KeepInTouchService(KeepInTouchRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Overdue items and those due within the next {@code horizonDays} days, today being the first
     * (7 = today and the six days after, the same week {@link DueCounts#dueThisWeek} counts; 0 = overdue
     * only), most urgent first.
     */
    public List<DueItem> due(LocalDate today, int horizonDays, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        LocalDate until = today.plusDays(Math.max(0, Math.min(horizonDays, MAX_HORIZON_DAYS)) - 1L);
        List<DueItem> items = new ArrayList<>(repository.cadenceDue(today, until, limit));
        items.addAll(repository.birthdays(today, until, limit));
        items.addAll(repository.anniversaries(today, until, limit));
        items.addAll(repository.followUps(today, until, limit));
        items.sort(Comparator.comparingDouble(DueItem::urgency).reversed()
                .thenComparing(DueItem::dueOn).thenComparingLong(DueItem::contactId));
        return List.copyOf(items.subList(0, Math.min(limit, items.size())));
    }

    /**
     * Every item {@link #due} would list with no limit, for a caller that ranks them its own way (the Today area
     * ranks each lane): the cadences in no particular order, then the birthdays, anniversaries and follow-ups
     * each ranked as {@link #due} ranks them. Reads every due contact once, without sorting them in SQL.
     */
    public List<DueItem> everyDue(LocalDate today, int horizonDays) {
        LocalDate until = today.plusDays(Math.max(0, Math.min(horizonDays, MAX_HORIZON_DAYS)) - 1L);
        List<DueItem> items = new ArrayList<>(repository.everyCadenceDue(today, until));
        items.addAll(repository.birthdays(today, until, Integer.MAX_VALUE));
        items.addAll(repository.anniversaries(today, until, Integer.MAX_VALUE));
        items.addAll(repository.followUps(today, until, Integer.MAX_VALUE));
        return List.copyOf(items);
    }

    /**
     * Keeps the contact off the list until {@code until} (null ends the snooze); logging an interaction does not end
     * it early. @return the snooze it replaced (null when there was none): snoozing with it again undoes this one
     */
    public LocalDate snooze(long contactId, LocalDate until) {
        return repository.snooze(contactId, until);
    }

    /**
     * Every one of the contacts snoozed until {@code until} at once.
     * @return each one's snooze it replaced (null where there was none), for {@link #restoreSnoozes}
     */
    public Map<Long, LocalDate> snoozeAll(Collection<Long> contactIds, LocalDate until) {
        return repository.snoozeAll(contactIds, until);
    }

    /** Undoes {@link #snoozeAll}: each contact's snooze from before, or none. */
    public void restoreSnoozes(Map<Long, LocalDate> previous) {
        repository.restoreSnoozes(previous);
    }

    /** The contact's follow-ups still open, earliest first. */
    public List<app.rapport.domain.keepintouch.FollowUp> openFollowUps(long contactId) {
        return repository.openFollowUps(contactId);
    }

    public void addFollowUp(long contactId, LocalDate dueOn, String note) {
        repository.addFollowUp(contactId, dueOn, note, clock.instant());
    }

    /** The card playbook, step 4: call two weeks after the card sent on {@code cardSentOn}. @return the follow-up's id */
    public long addCardFollowUp(long contactId, LocalDate cardSentOn, String note) {
        return repository.addCardFollowUp(contactId, cardSentOn, note, clock.instant());
    }

    public void completeFollowUp(long followUpId) {
        repository.completeFollowUp(followUpId, clock.instant());
    }

    public DueCounts counts(LocalDate today) {
        return repository.counts(today);
    }
}
