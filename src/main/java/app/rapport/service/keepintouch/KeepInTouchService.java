package app.rapport.service.keepintouch;

import app.rapport.domain.keepintouch.DueCounts;
import app.rapport.domain.keepintouch.DueItem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

    /** Keeps the contact off the list until {@code until}; logging an interaction does not end it early. */
    public void snooze(long contactId, LocalDate until) {
        repository.snooze(contactId, until);
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
