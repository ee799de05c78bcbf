package app.rapport.service.calendar;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calendar file kept up to date in the background: at start and after the data changes. */
class CalendarKeeperTest {
    @TempDir
    Path dir;

    @Test
    void writesAtStartAndAgainAfterABurstOfChanges() throws Exception {
        Path ics = dir.resolve("rapport.ics");
        try (TestDatabase db = new TestDatabase(dir)) {
            db.service().save(person("Anna", "Weber").birthday(3, 14, 1985).build());
            db.settings().setCalendarFile(ics.toString());
            try (CalendarKeeper keeper = new CalendarKeeper(CalendarServiceTest.service(db), db.settings(),
                    () -> Locale.ENGLISH, Clock.systemUTC(), 50)) {
                keeper.start();
                until(ics, "Anna Weber");
                // the keeper's thread records the time just after the file is in place
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> db.settings().calendarWritten().isPresent());
                assertThat(db.settings().calendarWritten()).isPresent();

                db.service().save(person("Boris", "Petrov").birthday(7, 3, null).build());
                for (int i = 0; i < 5; i++) {
                    keeper.changed();
                }
                until(ics, "Boris Petrov");
            }
        }
    }

    @Test
    void withoutAChosenFileNothingIsWritten() {
        try (TestDatabase db = new TestDatabase(dir);
             CalendarKeeper keeper = new CalendarKeeper(CalendarServiceTest.service(db), db.settings(),
                     () -> Locale.ENGLISH, Clock.systemUTC(), 50)) {
            assertThat(keeper.write().file()).isEmpty();
            assertThat(db.settings().calendarWritten()).isEmpty();
        }
    }

    /** Polls the file (no toolkit here) until it holds {@code text}, at most 20 seconds. */
    private static void until(Path file, String text) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(file) && Files.readString(file).contains(text));
    }
}
