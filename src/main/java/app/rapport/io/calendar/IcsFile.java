package app.rapport.io.calendar;

import app.rapport.domain.calendar.Calendar;
import app.rapport.domain.calendar.CalendarEvent;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.io.text.ICalWriter;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Transparency;
import biweekly.property.Trigger;
import biweekly.util.Duration;
import biweekly.util.Frequency;
import biweekly.util.ICalDate;
import biweekly.util.Recurrence;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.TimeZone;

/**
 * The calendar as iCalendar 2.0 (RFC 5545), UTF-8. Every event is all-day: DTSTART and DTEND are DATE values,
 * which carry no time zone and stay on their day wherever the calendar is read, so the file needs no VTIMEZONE.
 * A birthday repeats every year (RRULE FREQ=YEARLY); one on 29 February repeats on the last day of February
 * (BYMONTH=2;BYMONTHDAY=-1), which is the 28th in other years, where a plain yearly rule would skip three years
 * of four. Alarms are DISPLAY alarms relative to the start of the day. Events are transparent: they do not make
 * the user busy.
 * <p>
 * An event with alarms says that its alarms before the calendar's day are acknowledged (X-MOZ-LASTACK, which
 * Thunderbird reads and other programs ignore): imported into a calendar of one's own, the file would otherwise
 * ring every reminder of the month before at once (486 for the 5,000-person demo, seen in Thunderbird 153).
 */
public final class IcsFile {
    private static final String PRODUCT = "-//Rapport//Rapport calendar//EN";
    private static final int MAX_OCTETS = 75;
    /** A DATE-TIME in UTC (RFC 5545, 3.3.5, form 2). */
    private static final DateTimeFormatter ACKNOWLEDGED = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private IcsFile() {
    }

    public static void write(Calendar calendar, OutputStream out) throws IOException {
        ICalendar ical = new ICalendar();
        ical.setProductId(PRODUCT);
        ical.setMethod("PUBLISH");
        ical.setExperimentalProperty("X-WR-CALNAME", calendar.name());
        ical.setName(calendar.name());
        String acknowledged = ACKNOWLEDGED.format(calendar.alarmsFrom());
        for (CalendarEvent e : calendar.events()) {
            VEvent v = event(e);
            if (!e.alarms().isEmpty()) {
                v.setExperimentalProperty("X-MOZ-LASTACK", acknowledged);
            }
            ical.addEvent(v);
        }
        StringWriter text = new StringWriter();
        ICalWriter unfolded = new ICalWriter(text, ICalVersion.V2_0);
        unfolded.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
        unfolded.write(ical);
        unfolded.flush();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (String line : text.toString().split("\r\n")) {
            writer.write(folded(line));
        }
        writer.flush();
    }

    /**
     * A content line folded at 75 octets, as RFC 5545 asks (biweekly counts characters, and a Thai or Cyrillic
     * line of 75 characters is twice or three times as long in UTF-8); never inside a character.
     */
    static String folded(String line) {
        StringBuilder b = new StringBuilder(line.length() + 8);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            int n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            if (octets + n > MAX_OCTETS) {
                b.append("\r\n ");
                octets = 1;
            }
            b.appendCodePoint(c);
            octets += n;
            i += Character.charCount(c);
        }
        return b.append("\r\n").toString();
    }

    private static VEvent event(CalendarEvent e) {
        VEvent v = new VEvent();
        v.setUid(e.uid());
        v.setSummary(e.summary());
        if (!e.description().isBlank()) {
            v.setDescription(e.description());
        }
        v.setDateStart(new DateStart(date(e.day()), false));
        v.setDateEnd(new DateEnd(date(e.day().plusDays(1)), false));
        v.setTransparency(Transparency.transparent());
        if (e.yearly()) {
            Recurrence.Builder rule = new Recurrence.Builder(Frequency.YEARLY);
            if (e.day().getMonthValue() == 2 && e.day().getDayOfMonth() == 29) {
                rule.byMonth(2).byMonthDay(-1);
            }
            v.setRecurrenceRule(rule.build());
        }
        for (CalendarEvent.Alarm a : e.alarms()) {
            long minutes = Math.abs(a.minutesFromStart());
            // -PT15H rather than -PT900M: the same to every reader, plainer to a person
            Duration offset = Duration.builder().prior(a.minutesFromStart() < 0).hours((int) (minutes / 60))
                    .minutes((int) (minutes % 60)).build();
            v.addAlarm(VAlarm.display(new Trigger(offset, biweekly.parameter.Related.START), a.text()));
        }
        return v;
    }

    /** biweekly writes a date without time in the JVM's default zone: midnight there gives the day itself. */
    private static ICalDate date(LocalDate day) {
        ZoneId zone = TimeZone.getDefault().toZoneId();
        return new ICalDate(Date.from(day.atStartOfDay(zone).toInstant()), false);
    }
}
