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
}
