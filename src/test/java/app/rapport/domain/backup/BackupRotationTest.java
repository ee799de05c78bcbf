package app.rapport.domain.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rotation as tables: the backups taken, the settings (daily weekly before-restore), what is kept.
 * A cell lists times ({@code 2026-11-22T18:00}), whole runs of days at 10:00
 * ({@code 2026-11-13..2026-11-22}); after a time or run {@code !} marks a copy taken before a restore,
 * {@code ^} one taken at start, {@code ~} a damaged copy, {@code ?} one not checked yet. Settings are
 * daily, weekly, before-restore and optionally at-start counts.
 */
class BackupRotationTest {

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', textBlock = """
            # taken                                                   | settings | kept                                                   | case
            ''                                                        | 7 4 3    | ''                                                     | nothing to rotate
            2025-01-01T10:00                                          | 0 0 0    | 2025-01-01T10:00                                       | the newest is never deleted
            2026-11-15..2026-11-22                                    | 7 4 3    | 2026-11-15..2026-11-22                                 | eight days: the eighth is its week's newest
            2026-11-13..2026-11-22                                    | 7 4 3    | 2026-11-15..2026-11-22                                 | ten days: the oldest two go
            2026-11-21T10:00 2026-11-21T20:00 2026-11-22T09:00 2026-11-22T12:00 2026-11-22T18:00 | 7 4 3 | 2026-11-21T20:00 2026-11-22T18:00 | one a day: the last of each
            2026-10-01T10:00 2026-11-01T10:00 2026-11-08T10:00 2026-11-15T10:00 2026-11-22T10:00 | 7 4 3 | 2026-10-01T10:00 2026-11-01T10:00 2026-11-08T10:00 2026-11-15T10:00 2026-11-22T10:00 | days without a backup use up no place
            2026-10-24..2026-11-22                                    | 7 4 3    | 2026-11-01T10:00 2026-11-08T10:00 2026-11-15..2026-11-22 | a month of days: seven days and four weeks
            2026-12-27T10:00 2026-12-31T10:00 2027-01-03T10:00 2027-01-04T10:00 | 1 2 0 | 2027-01-03T10:00 2027-01-04T10:00 | ISO weeks across New Year (31 Dec and 3 Jan share one)
            2026-11-22T09:00 2026-11-22T11:00! 2026-11-22T12:00       | 7 4 3    | 2026-11-22T11:00! 2026-11-22T12:00                     | the copy before a restore survives later backups that day
            2026-11-21T10:00 2026-11-22T09:00 2026-11-22T09:05!       | 7 4 3    | 2026-11-21T10:00 2026-11-22T09:00 2026-11-22T09:05!    | nor does it push out the backup just restored
            2026-11-19T11:00! 2026-11-20T11:00! 2026-11-21T11:00! 2026-11-22T11:00! 2026-11-22T12:00 | 0 0 3 | 2026-11-20T11:00! 2026-11-21T11:00! 2026-11-22T11:00! 2026-11-22T12:00 | only the last three before-restore copies
            2026-11-01..2026-11-22                                    | 0 0 0    | 2026-11-22T10:00                                       | keeping nothing still keeps the newest
            2026-11-01..2026-11-10 2026-11-11..2026-12-05~            | 7 4 3    | 2026-11-01T10:00 2026-11-04..2026-11-10 2026-12-05T10:00~ | weeks of damaged copies never push out the good ones
            2026-11-20T10:00~ 2026-11-21T10:00~ 2026-11-22T10:00      | 7 4 3    | 2026-11-21T10:00~ 2026-11-22T10:00                     | of the damaged copies only the newest is kept
            2026-11-20T10:00 2026-11-21T10:00~ 2026-11-22T10:00~      | 0 0 0 0  | 2026-11-20T10:00 2026-11-22T10:00~                     | the newest good backup is kept whatever the settings
            2026-11-21T10:00 2026-11-22T09:00^ 2026-11-22T12:00       | 7 4 3    | 2026-11-21T10:00 2026-11-22T09:00^ 2026-11-22T12:00    | back up now keeps the copy taken at start that day
            2026-11-20T08:00^ 2026-11-21T08:00^ 2026-11-22T08:00^ 2026-11-22T09:00 | 0 0 0 2 | 2026-11-21T08:00^ 2026-11-22T08:00^ 2026-11-22T09:00 | the copies of the last starts
            2026-11-22T09:00!~ 2026-11-22T10:00~ 2026-11-22T12:00     | 7 4 3    | 2026-11-22T09:00!~ 2026-11-22T10:00~ 2026-11-22T12:00  | a damaged copy taken before a restore stays in its series
            2026-11-01T10:00? 2026-11-22T10:00                        | 0 0 0 0  | 2026-11-01T10:00? 2026-11-22T10:00                     | a backup not checked yet is never deleted
            """)
    void keepsTheNewestOfEachDayAndWeek(String taken, String settings, String kept, String name) {
        List<Backup> backups = backups(taken);
        String[] s = settings.split(" ");
        BackupSettings rules = s.length > 3
                ? new BackupSettings(Integer.parseInt(s[0]), Integer.parseInt(s[1]), Integer.parseInt(s[2]), Integer.parseInt(s[3]))
                : new BackupSettings(Integer.parseInt(s[0]), Integer.parseInt(s[1]), Integer.parseInt(s[2]));
        List<Backup> deleted = BackupRotation.toDelete(backups, rules);
        List<Backup> remaining = new ArrayList<>(backups);
        remaining.removeAll(deleted);
        assertThat(remaining).extracting(BackupRotationTest::cell).containsExactlyInAnyOrderElementsOf(
                backups(kept).stream().map(BackupRotationTest::cell).toList());
        assertThat(deleted).as("oldest first").isSortedAccordingTo((a, b) -> a.takenAt().compareTo(b.takenAt()));
    }

    @org.junit.jupiter.api.Test
    void backUpNowNeverRemovesTheLastGoodCopyFromBeforeThisRun() {
        // the start-up backup of this run failed; the last good copy is yesterday evening's
        List<Backup> backups = backups("2026-11-21T10:00 2026-11-21T20:00 2026-11-22T08:59^~ 2026-11-22T12:00");
        List<Backup> deleted = BackupRotation.toDelete(backups, new BackupSettings(1, 0, 0, 0),
                LocalDateTime.parse("2026-11-22T08:59"));
        assertThat(deleted).extracting(BackupRotationTest::cell).containsExactly("2026-11-21T10:00");
    }

    private static String cell(Backup b) {
        return b.takenAt() + (b.beforeRestore() ? "!" : "") + (b.kind() == Backup.Kind.AT_START ? "^" : "")
                + (b.damaged() ? "~" : "") + (b.health() == Backup.Health.UNCHECKED ? "?" : "");
    }

    private static List<Backup> backups(String cell) {
        List<Backup> backups = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            return backups;
        }
        for (String token : cell.trim().split("\\s+")) {
            String marks = token.replaceAll("^[0-9T:.-]+", "");
            String at = token.substring(0, token.length() - marks.length());
            Backup.Kind kind = marks.contains("!") ? Backup.Kind.BEFORE_RESTORE
                    : marks.contains("^") ? Backup.Kind.AT_START : Backup.Kind.REGULAR;
            Backup.Health health = marks.contains("~") ? Backup.Health.DAMAGED
                    : marks.contains("?") ? Backup.Health.UNCHECKED : Backup.Health.GOOD;
            if (at.contains("..")) {
                LocalDate from = LocalDate.parse(at.substring(0, at.indexOf("..")));
                LocalDate to = LocalDate.parse(at.substring(at.indexOf("..") + 2));
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    backups.add(backup(d.atTime(10, 0), kind, health));
                }
            } else {
                backups.add(backup(LocalDateTime.parse(at), kind, health));
            }
        }
        return backups;
    }

    private static Backup backup(LocalDateTime at, Backup.Kind kind, Backup.Health health) {
        return new Backup(Path.of("backups", BackupNames.of("rapport", at, kind, health == Backup.Health.DAMAGED, 1)), at,
                kind, health, 1000);
    }
}
