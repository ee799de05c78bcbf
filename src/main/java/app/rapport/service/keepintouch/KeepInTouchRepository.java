package app.rapport.service.keepintouch;

import app.rapport.domain.keepintouch.DueCounts;
import app.rapport.domain.keepintouch.DueItem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The keep-in-touch queries and writes. Lists hold contacts not archived and not in the trash; items
 * come with their urgency already computed by {@link app.rapport.domain.keepintouch.DueRules}.
 */
public interface KeepInTouchRepository {

    /** Contacts whose cadence is due on or before {@code until}, most urgent first. */
    List<DueItem> cadenceDue(LocalDate today, LocalDate until, int limit);

    /** Every contact whose cadence is due on or before {@code until}, in no particular order. */
    List<DueItem> everyCadenceDue(LocalDate today, LocalDate until);

    /** Birthdays from {@code today} to {@code until}. */
    List<DueItem> birthdays(LocalDate today, LocalDate until, int limit);

    /** Work anniversaries between the two days: the note names the organisation. */
    List<DueItem> anniversaries(LocalDate today, LocalDate until, int limit);

    /** Open follow-ups due on or before {@code until}. */
    List<DueItem> followUps(LocalDate today, LocalDate until, int limit);

    /** The contact's follow-ups still open, earliest first. */
    List<app.rapport.domain.keepintouch.FollowUp> openFollowUps(long contactId);

    /**
     * Keeps the contact off the list until {@code until} (null ends the snooze), in one transaction.
     * @return the snooze it replaced, or null
     */
    LocalDate snooze(long contactId, LocalDate until);

    /**
     * Keeps every one of the contacts off the list until {@code until}, in one transaction.
     * @return each contact's snooze it replaced (null where there was none), for {@link #restoreSnoozes}
     */
    Map<Long, LocalDate> snoozeAll(Collection<Long> contactIds, LocalDate until);

    /** Puts back the snoozes {@link #snoozeAll} replaced, in one transaction. */
    void restoreSnoozes(Map<Long, LocalDate> previous);

    /** @return the follow-up's id */
    long addFollowUp(long contactId, LocalDate dueOn, String note, Instant createdAt);

    /** A follow-up with source CARD: call the contact {@link app.rapport.domain.keepintouch.CardFollowUp#DAYS_AFTER_CARD} days after the card. @return its id */
    long addCardFollowUp(long contactId, LocalDate cardSentOn, String note, Instant createdAt);

    void completeFollowUp(long followUpId, Instant doneAt);

    DueCounts counts(LocalDate today);
}
