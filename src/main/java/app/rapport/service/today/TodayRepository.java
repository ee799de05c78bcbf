package app.rapport.service.today;

import app.rapport.domain.today.UpcomingBirthday;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/** The queries the Today area needs beyond the keep-in-touch list. */
public interface TodayRepository {

    /** Birthdays from {@code today} to {@code until} of contacts not archived nor in the trash, with the age they turn when the year is known. */
    List<UpcomingBirthday> birthdays(LocalDate today, LocalDate until);

    /** The overdue contacts (cadence due before {@code today}) counted by their cadence in days. */
    SortedMap<Integer, Long> overdueByCadence(LocalDate today);

    /** Keeps the contact off the list until {@code until} (null ends the snooze), in one transaction. @return the snooze it replaced, or null */
    LocalDate snooze(long contactId, LocalDate until);

    /**
     * Keeps every one of the contacts off the list until {@code until}, in one transaction.
     * @return each contact's snooze it replaced (null where there was none), for {@link #restoreSnoozes}
     */
    java.util.Map<Long, LocalDate> snoozeAll(java.util.Collection<Long> contactIds, LocalDate until);

    /** Puts back the snoozes {@link #snoozeAll} replaced, in one transaction. */
    void restoreSnoozes(java.util.Map<Long, LocalDate> previous);

    /** Opens a follow-up that was marked done. */
    void reopenFollowUp(long followUpId);

    /** The newest interaction with the contact not in the trash, 0 when there is none. */
    long newestInteraction(long contactId);

    /** Every tag's name, sorted. */
    List<String> tags();

    /** The contacts with the tag. */
    java.util.Set<Long> tagged(String tag);
}
