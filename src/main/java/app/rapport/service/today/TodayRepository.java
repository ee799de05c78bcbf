package app.rapport.service.today;

import app.rapport.domain.today.UpcomingBirthday;
import java.time.LocalDate;
import java.util.List;

/** The queries the Today area needs beyond the keep-in-touch list. */
public interface TodayRepository {

    /** Birthdays from {@code today} to {@code until} of contacts not archived nor in the trash, with the age they turn when the year is known. */
    List<UpcomingBirthday> birthdays(LocalDate today, LocalDate until);

    /** Opens a follow-up that was marked done. */
    void reopenFollowUp(long followUpId);

    /** The newest interaction with the contact not in the trash, 0 when there is none. */
    long newestInteraction(long contactId);

    /** Every tag's name, sorted. */
    List<String> tags();

    /** The contacts with the tag. */
    java.util.Set<Long> tagged(String tag);
}
