package app.rapport.cli;

import static app.rapport.cli.Cli.rapport;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.app.Services;
import app.rapport.cli.Cli.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarCommandTest {
    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("rapport.db").toAbsolutePath().toString();
    }

    @Test
    void writesTheFileAndPrintsItsPathAndCounts() throws Exception {
        try (Services s = Services.open(Path.of(db()))) {
            long anna = s.contacts().save(person("Anna", "Weber").birthday(3, 14, 1985).build()).saved().id();
            s.contacts().save(person("Boris", "Petrov").birthday(12, 24, null).build());
            s.keepInTouch().addFollowUp(anna, LocalDate.now().plusDays(5), "Lunch");
        }
        Path out = dir.resolve("cal").resolve("rapport.ics");
        Files.createDirectories(out.getParent());
        Result r = rapport("--db", db(), "calendar", "--out", out.toString(), "--alarms");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.lines()).containsExactly(out.toAbsolutePath() + "\t2 birthdays\t1 follow-ups\t0 to reach");
        String ics = Files.readString(out);
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("RRULE:FREQ=YEARLY").contains("DTSTART;VALUE=DATE:19850314")
                .contains("DTSTART;VALUE=DATE:20001224").contains("BEGIN:VALARM").contains("SUMMARY:Follow up: Anna Weber");

        Result none = rapport("--db", db(), "calendar", "--out", out.toString(), "--days", "0");
        assertThat(none.lines()).containsExactly(out.toAbsolutePath() + "\t2 birthdays\t0 follow-ups\t0 to reach");
        assertThat(Files.readString(out)).doesNotContain("BEGIN:VALARM");
    }

    @Test
    void refusesToWriteOverTheDatabaseAndSaysWhyOnStderr() {
        try (Services s = Services.open(Path.of(db()))) {
            s.contacts().save(person("Anna", "Weber").build());
        }
        Result r = rapport("--db", db(), "calendar", "--out", db());
        assertThat(r.code()).isNotZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("rapport: ");
    }

    @Test
    void badDaysAndHelp() {
        Result bad = rapport("--db", db(), "calendar", "--out", dir.resolve("x.ics").toString(), "--days", "-1");
        assertThat(bad.code()).isNotZero();
        assertThat(bad.err()).contains("--days");
        Result help = rapport("calendar", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--out").contains("--alarms").contains("--days");
    }
}
