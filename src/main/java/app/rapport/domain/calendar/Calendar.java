package app.rapport.domain.calendar;

import java.util.List;

/** What the calendar file holds: its name (what a calendar program shows for it) and its events, in order. */
public record Calendar(String name, List<CalendarEvent> events) {
    public Calendar {
        events = List.copyOf(events);
    }

    public long count(CalendarEvent.Kind kind) {
        return events.stream().filter(e -> e.kind() == kind).count();
    }
}
