package app.rapport.service.calendar;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.ties.Relationship;
import app.rapport.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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

    @Test
    void writesAgainAtTheNextLocalMidnight() throws Exception {
        Path ics = dir.resolve("rapport.ics");
        // 23:59:59 in Bangkok (UTC+7), standing still until the test moves it: midnight there, not in UTC
        SetClock clock = new SetClock(LocalDateTime.of(2026, 11, 22, 23, 59, 59), BANGKOK);
        try (TestDatabase db = new TestDatabase(dir)) {
            overdue(db);
            db.settings().setCalendarFile(ics.toString());
            // asked whether the day changed only once an hour: only the midnight wake-up can write within seconds
            try (CalendarKeeper keeper = new CalendarKeeper(CalendarServiceTest.service(db, clock), db.settings(),
                    () -> Locale.ENGLISH, Clock.systemUTC(), 50, Duration.ofHours(1))) {
                keeper.start();
                until(ics, DIGEST + "20261122");

                clock.set(LocalDateTime.of(2026, 11, 23, 0, 0, 0, 200_000_000));
                until(ics, DIGEST + "20261123");
                assertThat(Files.readString(ics)).doesNotContain(DIGEST + "20261122");
            }
        }
    }

    @Test
    void writesAgainEveryNewDayAlsoAfterTheComputerSleptThroughMidnight() throws Exception {
        Path ics = dir.resolve("rapport.ics");
        SetClock clock = new SetClock(LocalDateTime.of(2026, 11, 22, 12, 0), BANGKOK);
        try (TestDatabase db = new TestDatabase(dir)) {
            overdue(db);
            db.settings().setCalendarFile(ics.toString());
            // the midnight wake-up is half a day away; asking often stands for a timer that slept with the computer
            try (CalendarKeeper keeper = new CalendarKeeper(CalendarServiceTest.service(db, clock), db.settings(),
                    () -> Locale.ENGLISH, Clock.systemUTC(), 50, Duration.ofMillis(20))) {
                keeper.start();
                until(ics, DIGEST + "20261122");
                clock.set(LocalDateTime.of(2026, 11, 23, 7, 30));
                until(ics, DIGEST + "20261123");
                clock.set(LocalDateTime.of(2026, 11, 24, 9, 0));
                until(ics, DIGEST + "20261124");
            }
        }
    }

    @Test
    void closingEndsTheKeepersThread() throws Exception {
        SetClock clock = new SetClock(LocalDateTime.of(2026, 11, 22, 12, 0), BANGKOK);
        try (TestDatabase db = new TestDatabase(dir)) {
            db.settings().setCalendarFile(dir.resolve("rapport.ics").toString());
            CalendarKeeper keeper = new CalendarKeeper(CalendarServiceTest.service(db, clock), db.settings(),
                    () -> Locale.ENGLISH, Clock.systemUTC(), 50, Duration.ofMillis(5));
            keeper.start();
            keeper.changed();
            keeper.close();
            assertThat(keeper.ended(Duration.ofSeconds(10))).isTrue();
            keeper.start();
            keeper.changed();
            assertThat(keeper.ended(Duration.ZERO)).isTrue();
        }
    }

    @Test
    void wakesAtMidnightOrAfterTheCheckWhicheverIsSooner() {
        Duration hour = Duration.ofHours(1);
        assertThat(CalendarKeeper.untilNextCheck(ZonedDateTime.of(2026, 11, 22, 23, 59, 59, 950_000_000, BANGKOK), hour))
                .isEqualTo(Duration.ofMillis(50));
        assertThat(CalendarKeeper.untilNextCheck(ZonedDateTime.of(2026, 11, 22, 12, 0, 0, 0, BANGKOK), hour))
                .isEqualTo(hour);
        assertThat(CalendarKeeper.untilNextCheck(ZonedDateTime.of(2026, 11, 22, 12, 0, 0, 0, BANGKOK), Duration.ofDays(2)))
                .isEqualTo(Duration.ofHours(12));
        // the day the clocks go forward in Berlin has 23 hours, the day they go back 25
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertThat(CalendarKeeper.untilNextCheck(ZonedDateTime.of(2026, 3, 29, 0, 0, 0, 0, berlin), Duration.ofDays(2)))
                .isEqualTo(Duration.ofHours(23));
        assertThat(CalendarKeeper.untilNextCheck(ZonedDateTime.of(2026, 10, 25, 0, 0, 0, 0, berlin), Duration.ofDays(2)))
                .isEqualTo(Duration.ofHours(25));
        // where the clocks jump over midnight the day begins at 01:00 (Santiago, 6 September 2026)
        ZoneId santiago = ZoneId.of("America/Santiago");
        assertThat(CalendarKeeper.untilNextCheck(ZonedDateTime.of(2026, 9, 5, 23, 0, 0, 0, santiago), Duration.ofDays(2)))
                .isEqualTo(Duration.ofHours(1));
    }

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    /** The digest's event starts on its day. */
    private static final String DIGEST = "SUMMARY:People to reach today (1): Carla Rossi\r\nDESCRIPTION:Carla Rossi\r\n"
            + "DTSTART;VALUE=DATE:";

    /** Carla on a fortnightly cadence, last called in October: in the digest of every day in November. */
    private static void overdue(TestDatabase db) {
        long carla = db.service().save(person("Carla", "Rossi").build()).saved().id();
        assertThat(db.relationships().saveRelationship(Relationship.empty(carla).withCadence(Cadence.weeks(2))).ok())
                .isTrue();
        assertThat(db.interactions().log(Interaction.with(InteractionType.CALL, LocalDateTime.of(2026, 10, 20, 11, 0),
                Direction.GIVEN, "", carla)).ok()).isTrue();
    }

    /** A clock that stands still until the test sets it, in a zone of its own. */
    private static final class SetClock extends Clock {
        private final ZoneId zone;
        private volatile Instant now;

        SetClock(LocalDateTime local, ZoneId zone) {
            this.zone = zone;
            set(local);
        }

        void set(LocalDateTime local) {
            now = local.atZone(zone).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            throw new UnsupportedOperationException("one zone");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Polls the file (no toolkit here) until it holds {@code text}, at most 20 seconds. */
    private static void until(Path file, String text) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(file) && Files.readString(file).contains(text));
    }
}
