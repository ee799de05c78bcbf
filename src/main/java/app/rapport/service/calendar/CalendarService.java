package app.rapport.service.calendar;

import app.rapport.domain.calendar.BirthdayDates;
import app.rapport.domain.calendar.Calendar;
import app.rapport.domain.calendar.CalendarEntries.BirthdayEntry;
import app.rapport.domain.calendar.CalendarEntries.ReminderEntry;
import app.rapport.domain.calendar.CalendarEvent;
import app.rapport.domain.calendar.CalendarEvent.Alarm;
import app.rapport.domain.calendar.CalendarEvent.Kind;
import app.rapport.domain.calendar.CalendarUids;
import app.rapport.domain.keepintouch.DueItem;
import app.rapport.domain.language.Messages;
import app.rapport.service.printing.DocumentService;
import app.rapport.service.today.TodayService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The calendar outside Rapport: birthdays (every year), follow-ups set by hand and the calls after cards (on
 * their day) and today's "people to reach", as an iCalendar file any calendar program can subscribe to.
 * Blocking calls; the words come in the language asked for.
 */
public final class CalendarService {
    /** The file's name in the folder the user chose. */
    public static final String FILE_NAME = "rapport.ics";
    /** Alarms ring at 9:00, the calendar's own time. */
    static final int ALARM_HOUR = 9;
    private final CalendarRepository repository;
    private final TodayService today;
    private final DocumentService documents;
    private final Clock clock;

    /** @param clock the user's local time: "today" is its day */
    public CalendarService(CalendarRepository repository, TodayService today, DocumentService documents,
                           Clock clock) {
        this.repository = repository;
        this.today = today;
        this.documents = documents;
        this.clock = clock;
    }

    /** Builds the calendar and writes it to {@code out} (only where the output guard allows it). */
    public Calendar write(Path out, CalendarOptions options, ResourceBundle bundle, Locale locale) {
        Calendar calendar = build(options, bundle, locale);
        documents.writeCalendar(out, calendar);
        return calendar;
    }

    /** The user's local time now: the file's "today" is its day, and a new day begins at its midnight. */
    public ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }

    public Calendar build(CalendarOptions options, ResourceBundle bundle, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        String identity = repository.identity();
        Words words = new Words(bundle, locale);
        List<CalendarEvent> events = new ArrayList<>();
        for (BirthdayEntry b : repository.birthdays()) {
            String summary = words.of("calendar.event.birthday", b.name());
            String description = b.birthday().year() == null ? "" : words.of("calendar.event.born", b.birthday().year());
            events.add(new CalendarEvent(Kind.BIRTHDAY, CalendarUids.birthday(identity, b.contactId()),
                    BirthdayDates.start(b.birthday()), summary, description, options.alarms()
                    ? List.of(new Alarm(1, ALARM_HOUR, words.of("calendar.alarm.tomorrow", summary)),
                    new Alarm(0, ALARM_HOUR, summary)) : List.of()));
        }
        for (ReminderEntry r : repository.openFollowUps(today.plusDays(options.days()))) {
            String summary = words.of(r.card() ? "calendar.event.cardFollowUp" : "calendar.event.followUp", r.name());
            events.add(new CalendarEvent(r.card() ? Kind.CARD_FOLLOW_UP : Kind.FOLLOW_UP,
                    CalendarUids.followUp(identity, r.followUpId()), r.dueOn(), summary, r.note(),
                    options.alarms() ? List.of(new Alarm(0, ALARM_HOUR, summary)) : List.of()));
        }
        List<String> people = digest(today, options.digestSize());
        if (!people.isEmpty()) {
            String summary = words.of("calendar.event.digest", people.size(), String.join(", ", people));
            events.add(new CalendarEvent(Kind.DIGEST, CalendarUids.digest(identity, today), today, summary,
                    String.join("\n", people),
                    options.alarms() ? List.of(new Alarm(0, ALARM_HOUR, summary)) : List.of()));
        }
        // the day's reminders (a birthday's at 9:00, tomorrow's the evening before) still ring; earlier ones are over
        return new Calendar(bundle.getString("calendar.name"), events, today.atStartOfDay(clock.getZone()).toInstant());
    }

    /**
     * The people to reach today: the Today area's daily pick ({@link app.rapport.domain.today.TodayRules}), so the
     * calendar and the window name the same people, at most {@code size} of them. Birthdays and follow-ups have
     * their own events and are not counted here.
     */
    private List<String> digest(LocalDate day, int size) {
        if (size == 0) {
            return List.of();
        }
        return today.plan(day).budget().picked().stream().limit(size).map(DueItem::name).toList();
    }

    private record Words(ResourceBundle bundle, Locale locale) {
        String of(String key, Object... args) {
            return Messages.format(bundle.getString(key), locale, args);
        }
    }
}
