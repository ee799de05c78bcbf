package app.rapport.domain.calendar;

import app.rapport.domain.contacts.Birthday;
import java.time.LocalDate;

/** The rows the calendar file is made from, as the database holds them. */
public final class CalendarEntries {
    private CalendarEntries() {
    }

    /** A contact's birthday (its year may be unknown). */
    public record BirthdayEntry(long contactId, String name, Birthday birthday) {
    }

    /** An open follow-up: set by hand, or the call after a card ({@code card}). */
    public record ReminderEntry(long followUpId, long contactId, String name, LocalDate dueOn, String note, boolean card) {
        public ReminderEntry {
            note = note == null ? "" : note.strip();
        }
    }
}
