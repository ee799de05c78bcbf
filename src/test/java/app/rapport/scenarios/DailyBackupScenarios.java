package app.rapport.scenarios;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.app.AppTime;
import app.rapport.testing.BackupsDialog;
import app.rapport.testing.ContactsPage;
import app.rapport.testing.FxWait;
import app.rapport.testing.MovingClock;
import app.rapport.testing.WindowScenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * README, Export and backups: "backups of the database at start and daily (the last 7 days and 4 weeks
 * kept)"; "once a day while it runs, each checked by SQLite before it counts: the newest good one of each
 * of the last 7 days and of the last 4 weeks are kept, with the start-up copies of the last 7 starts".
 * The window stays open while its clock moves on a day at a time (the services read a clock a test can
 * set, and the daily backup asks it every 100 ms here instead of every half hour).
 */
class DailyBackupScenarios extends WindowScenario {
    /** A Monday: the first day of ISO week 45. */
    private static final LocalDate START = LocalDate.of(2026, 11, 2);
    private final MovingClock clock = MovingClock.from(START.atTime(9, 0));

    @BeforeEach
    void aClockThatMovesOnADayAtATime() {
        AppTime.use(clock, Duration.ofMillis(100));
    }

    @AfterEach
    void realTimeAgain() {
        AppTime.reset();
    }

    private List<String> backupFiles() throws Exception {
        Path folder = dbFile.resolveSibling("backups");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("rapport-") && n.endsWith(".db"))
                    .sorted(java.util.Comparator.reverseOrder()).toList();
        }
    }

    /** The day each backup in the folder was taken, newest first, "-start" after the start-up copy. */
    private List<String> backupDays() throws Exception {
        return backupFiles().stream().map(f -> f.substring("rapport-".length(), "rapport-".length() + 10)
                + (f.contains("-start") ? " start" : "") + (f.contains("-damaged") ? " damaged" : "")).toList();
    }

    /** Waits until the folder holds backups of exactly these days (rotation done); else fails naming what it holds. */
    private void waitForBackupDays(String... newestFirst) throws Exception {
        try {
            FxWait.until(() -> backupDays().equals(List.of(newestFirst)));
        } catch (java.util.concurrent.TimeoutException e) {
            assertThat(backupDays()).containsExactly(newestFirst);
        }
    }

    /** Moves the clock on a day; the open window's daily backup follows on its own. */
    private void aDayPasses(int dayNumber) throws Exception {
        clock.advance(Duration.ofDays(1));
        String day = START.plusDays(dayNumber).toString();
        FxWait.until(() -> backupFiles().stream().anyMatch(f -> f.startsWith("rapport-" + day + "T")));
    }

    @Test
    void whileTheWindowStaysOpenEachDayAddsACheckedBackupAndRotationKeepsSevenDaysFourWeeksAndTheStartUpCopy()
            throws Exception {
        open(s -> s.contactRepository().insert(person("Anna", "Schmidt").build()));
        new ContactsPage(this).waitForRows(1);
        waitForBackupDays(START + " start");

        for (int day = 1; day <= 17; day++) {
            aDayPasses(day);
        }
        // Thursday 19 November, ISO week 47: the last 7 days, the newest of week 45 (Sunday 8 November; week
        // 46's newest, the 15th, is among the 7 days) and the start-up copy; the 3rd–7th and 9th–12th went
        waitForBackupDays("2026-11-19", "2026-11-18", "2026-11-17", "2026-11-16", "2026-11-15", "2026-11-14",
                "2026-11-13", "2026-11-08", "2026-11-02 start");

        for (int day = 18; day <= 29; day++) {
            aDayPasses(day);
        }
        // Tuesday 1 December, ISO week 49: 7 days (25 November – 1 December), the newest of weeks 48, 47 and
        // 46 (29th, 22nd, 15th; with week 49 that is 4 weeks: week 45's 8th has gone) and the start-up copy
        waitForBackupDays("2026-12-01", "2026-11-30", "2026-11-29", "2026-11-28", "2026-11-27", "2026-11-26",
                "2026-11-25", "2026-11-22", "2026-11-15", "2026-11-02 start");

        // each one kept passes SQLite's own check (the sqlite3 program, where it is installed) and holds Anna
        if (Files.isExecutable(SQLITE3)) {
            for (String file : backupFiles()) {
                assertThat(sqlite3(dbFile.resolveSibling("backups").resolve(file),
                        "PRAGMA integrity_check; SELECT display_name FROM contact;"))
                        .as(file).isEqualTo("ok\nAnna Schmidt");
            }
        }

        // Backups… lists exactly these, newest first, the day's own as a backup and the first as taken at start
        BackupsDialog dialog = new BackupsDialog(this).open(10);
        assertThat(dialog.files()).containsExactlyElementsOf(backupFiles());
        List<String> kinds = dialog.column("kindColumn");
        assertThat(kinds.subList(0, 9)).containsOnly("Backup");
        assertThat(kinds.get(9)).isEqualTo("Taken at start");
        assertThat(dialog.column("dateColumn").get(0)).startsWith("December 1, 2026");
        dialog.close();
    }

    private static final Path SQLITE3 = Path.of("/usr/bin/sqlite3");

    /** What the sqlite3 program prints for {@code sql} on a file. */
    private static String sqlite3(Path file, String sql) throws Exception {
        Process p = new ProcessBuilder(SQLITE3.toString(), "-readonly", file.toString(), sql)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
