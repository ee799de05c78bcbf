package app.rapport.service.calendar;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.language.Bundles;
import app.rapport.testing.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .ics file as a program nobody here wrote reads it: Python's vobject (installed here and in CI). */
class CalendarFileTest {
    /** Prints each event as JSON: its values as vobject parsed them and its repeats in 2027–2029. */
    private static final String READ = """
            import sys, json, datetime, vobject
            text = open(sys.argv[1], encoding='utf-8').read()
            cal = vobject.readOne(text)
            assert 'VTIMEZONE' not in text and 'TZID' not in text
            for ev in cal.vevent_list:
                start = ev.dtstart.value
                row = {'uid': ev.uid.value, 'summary': ev.summary.value, 'start': start.isoformat(),
                       'date': type(start) is datetime.date, 'end': ev.dtend.value.isoformat(),
                       'endDate': type(ev.dtend.value) is datetime.date,
                       'rrule': ev.rrule.value if hasattr(ev, 'rrule') else '',
                       'alarms': [int(a.trigger.value.total_seconds()) for a in ev.contents.get('valarm', [])],
                       'actions': [a.action.value for a in ev.contents.get('valarm', [])],
                       'acknowledged': [p.value for p in ev.contents.get('x-moz-lastack', [])]}
                if hasattr(ev, 'rrule'):
                    rs = ev.getrruleset()
                    row['repeats'] = [d.date().isoformat() for d in
                                      rs.between(datetime.datetime(2027, 1, 1), datetime.datetime(2029, 12, 31), inc=True)]
                print(json.dumps(row))
            """;

    @TempDir
    Path dir;

    @Test
    void vobjectReadsAllDayEventsYearlyBirthdaysStableUidsAndAlarms() throws Exception {
        Path out = dir.resolve("out").resolve("rapport.ics");
        Files.createDirectories(out.getParent());
        try (TestDatabase db = new TestDatabase(dir)) {
            long anna = db.service().save(person("Anna", "Müller").birthday(2, 29, null).build()).saved().id();
            db.service().save(person("Boris", "Петров").birthday(7, 3, 1980).build());
            db.service().save(person("สมศักดิ์ศรีสุวรรณภูมิ", "เจริญรุ่งเรืองวัฒนาพาณิชย์กุล").birthday(4, 13, null).build());
            db.keepInTouch().addFollowUp(anna, LocalDate.of(2026, 12, 1), "Ask about the offer");
            CalendarService calendar = CalendarServiceTest.service(db);

            calendar.write(out, CalendarOptions.withAlarms(false), Bundles.english(), Locale.ENGLISH);
            Map<String, JsonNode> first = events(out);
            calendar.write(out, CalendarOptions.withAlarms(true), Bundles.english(), Locale.ENGLISH);
            Map<String, JsonNode> second = events(out);

            assertThat(second.keySet()).isEqualTo(first.keySet()).hasSize(4)
                    .contains("Birthday: สมศักดิ์ศรีสุวรรณภูมิ เจริญรุ่งเรืองวัฒนาพาณิชย์กุล");
            // folded at 75 octets (RFC 5545), not 75 characters, and read back whole
            assertThat(Files.readAllLines(out, StandardCharsets.UTF_8))
                    .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
            JsonNode leap = first.get("Birthday: Anna Müller");
            assertThat(leap.get("date").asBoolean()).isTrue();
            assertThat(leap.get("start").asText()).isEqualTo("2000-02-29");
            assertThat(leap.get("end").asText()).isEqualTo("2000-03-01");
            assertThat(leap.get("rrule").asText()).contains("FREQ=YEARLY").contains("BYMONTH=2").contains("BYMONTHDAY=-1");
            assertThat(texts(leap.get("repeats"))).containsExactly("2027-02-28", "2028-02-29", "2029-02-28");

            JsonNode boris = first.get("Birthday: Boris Петров");
            assertThat(boris.get("start").asText()).isEqualTo("1980-07-03");
            assertThat(boris.get("rrule").asText()).isEqualTo("FREQ=YEARLY");
            assertThat(texts(boris.get("repeats"))).containsExactly("2027-07-03", "2028-07-03", "2029-07-03");

            JsonNode followUp = first.get("Follow up: Anna Müller");
            assertThat(followUp.get("date").asBoolean()).isTrue();
            assertThat(followUp.get("endDate").asBoolean()).isTrue();
            assertThat(followUp.get("start").asText()).isEqualTo("2026-12-01");
            assertThat(followUp.get("rrule").asText()).isEmpty();
            assertThat(followUp.get("alarms")).isEmpty();
            assertThat(first.values()).allSatisfy(e -> assertThat(e.get("acknowledged")).isEmpty());

            for (String summary : first.keySet()) {
                assertThat(second.get(summary).get("uid").asText()).isEqualTo(first.get(summary).get("uid").asText());
            }
            assertThat(numbers(second.get("Follow up: Anna Müller").get("alarms"))).containsExactly(9 * 3600L);
            assertThat(numbers(second.get("Birthday: Anna Müller").get("alarms"))).containsExactly(-15 * 3600L, 9 * 3600L);
            assertThat(texts(second.get("Birthday: Anna Müller").get("actions"))).containsOnly("DISPLAY");
            // imported into a calendar of one's own, the reminders before today do not all ring at once (Thunderbird
            // reads this): today began at midnight in the calendar's zone, UTC here
            assertThat(second.values()).allSatisfy(e -> assertThat(texts(e.get("acknowledged")))
                    .containsExactly("20261122T000000Z"));
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }

    private static List<Long> numbers(JsonNode array) {
        List<Long> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asLong()));
        return list;
    }

    /** The file's events by summary, as vobject read them. */
    private static Map<String, JsonNode> events(Path ics) throws Exception {
        Process p = new ProcessBuilder("/usr/bin/python3", "-c", READ, ics.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> events = new HashMap<>();
        for (String line : out.strip().split("\n")) {
            JsonNode n = json.readTree(line);
            events.put(n.get("summary").asText(), n);
        }
        return events;
    }
}
