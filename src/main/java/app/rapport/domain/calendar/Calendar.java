package app.rapport.domain.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the calendar file holds: its name (what a calendar program shows for it), its events, in order, and
 * from when on their alarms are news: the start of the day it was made for. A reminder due before then (last
 * month's birthdays, when the file is imported into a calendar of one's own) counts as seen.
 */
public record Calendar(String name, List<CalendarEvent> events, Instant alarmsFrom) {
    public Calendar {
        events = List.copyOf(events);
        Objects.requireNonNull(alarmsFrom, "alarmsFrom");
    }

    public long count(CalendarEvent.Kind kind) {
        return events.stream().filter(e -> e.kind() == kind).count();
    }
}
