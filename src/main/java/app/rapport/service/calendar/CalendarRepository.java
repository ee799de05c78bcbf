package app.rapport.service.calendar;

import app.rapport.domain.calendar.CalendarEntries.BirthdayEntry;
import app.rapport.domain.calendar.CalendarEntries.ReminderEntry;
import java.time.LocalDate;
import java.util.List;

/** What the calendar file is made of, from contacts not archived and not in the trash. */
public interface CalendarRepository {
    /** The database's identity, the same for as long as the database lives: the seed of the events' UIDs. */
    String identity();

    /** Every birthday, by contact id. */
    List<BirthdayEntry> birthdays();

    /** The follow-ups still open that fall due on or before {@code until}, earliest first. */
    List<ReminderEntry> openFollowUps(LocalDate until);
}
