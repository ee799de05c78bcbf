package app.rapport.service.today;

import app.rapport.domain.keepintouch.DueItem;
import app.rapport.domain.today.TodayPlan;
import app.rapport.domain.today.TodayRules;
import app.rapport.service.interactions.InteractionService;
import app.rapport.service.keepintouch.KeepInTouchService;
import java.time.LocalDate;
import java.util.List;

/**
 * Builds the Today area's plan from the keep-in-touch list ({@link TodayRules}) and does its actions so that each
 * can be undone: snooze (the snooze it replaced comes back), done (the follow-up opens again), log (the interaction
 * goes to the trash). Each write is one transaction; snoozes are the keep-in-touch list's own. Blocking calls.
 */
public class TodayService {
    private final KeepInTouchService keepInTouch;
    private final InteractionService interactions;
    private final TodayRepository repository;

    public TodayService(KeepInTouchService keepInTouch, InteractionService interactions, TodayRepository repository) {
        this.keepInTouch = keepInTouch;
        this.interactions = interactions;
        this.repository = repository;
    }

    /** Every item of the week goes into the lanes (their counts and the search need them all), ranked there only. */
    public TodayPlan plan(LocalDate today) {
        List<DueItem> items = keepInTouch.everyDue(today, TodayRules.WEEK_DAYS);
        return TodayRules.plan(today, items, TodayRules.overdueByCadence(items, today),
                repository.birthdays(today, today.plusDays(TodayRules.WEEK_DAYS - 1L)));
    }

    /** @return the snooze this one replaced (null when there was none), for {@link #restoreSnooze} */
    public LocalDate snooze(long contactId, LocalDate until) {
        return keepInTouch.snooze(contactId, until);
    }

    /** Undoes {@link #snooze}: the snooze from before, or none. */
    public void restoreSnooze(long contactId, LocalDate previous) {
        keepInTouch.snooze(contactId, previous);
    }

    /** Catching up after a holiday: every one of the contacts snoozed until {@code until} at once. */
    public java.util.Map<Long, LocalDate> snoozeAll(java.util.Collection<Long> contactIds, LocalDate until) {
        return keepInTouch.snoozeAll(contactIds, until);
    }

    /** Undoes {@link #snoozeAll}. */
    public void restoreSnoozes(java.util.Map<Long, LocalDate> previous) {
        keepInTouch.restoreSnoozes(previous);
    }

    public void done(long followUpId) {
        keepInTouch.completeFollowUp(followUpId);
    }

    public void reopen(long followUpId) {
        repository.reopenFollowUp(followUpId);
    }

    /** The interaction just logged with the contact (the newest), 0 when there is none: what Undo of a log removes. */
    public long newestInteraction(long contactId) {
        return repository.newestInteraction(contactId);
    }

    /** Undoes a log: the interaction goes to the trash, and the cadence runs from the one before again. */
    public void unlog(long interactionId) {
        interactions.delete(interactionId);
    }

    public java.util.List<String> tags() {
        return repository.tags();
    }

    public java.util.Set<Long> tagged(String tag) {
        return repository.tagged(tag);
    }
}
