package app.rapport.domain.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One all-day event of the calendar file, on {@code day}; a birthday comes back every year from it. {@code uid}
 * stays the same from one writing of the file to the next, so a calendar that subscribes to the file updates
 * the event instead of adding it again. {@code alarms} are its reminders, empty when the user turned them off.
 */
public record CalendarEvent(Kind kind, String uid, LocalDate day, String summary, String description, List<Alarm> alarms) {
    public CalendarEvent {
        description = description == null ? "" : description;
        alarms = List.copyOf(alarms);
    }

    public enum Kind {
        /** every year on the day (29 February: the last day of February) */
        BIRTHDAY,
        /** a follow-up set by hand */
        FOLLOW_UP,
        /** the call after a card (the card playbook, step 4) */
        CARD_FOLLOW_UP,
        /** today's "people to reach" */
        DIGEST
    }

    public boolean yearly() {
        return kind == Kind.BIRTHDAY;
    }

    /**
     * A reminder at {@code hour}:00 (the calendar's own time zone), {@code daysBefore} days before the event's
     * day (0 = on the day), worded {@code text}.
     */
    public record Alarm(int daysBefore, int hour, String text) {
        /** Minutes from the start of the event's day to the alarm; negative before it. */
        public long minutesFromStart() {
            return hour * 60L - daysBefore * 24L * 60L;
        }
    }
}
