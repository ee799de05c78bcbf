package app.rapport.persistence.backup;

import app.rapport.persistence.Database;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.backup.Backup;
import app.rapport.domain.backup.BackupSettings;
import app.rapport.service.backup.BackupException;
import app.rapport.service.backup.BackupException.Reason;
import app.rapport.service.backup.BackupService;
import app.rapport.service.backup.RestoreOutcome;
import app.rapport.service.backup.RestorePlan;
import app.rapport.testing.DatabaseContents;
import app.rapport.testing.RichDatabase;
import app.rapport.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRestoreTest {
    @TempDir
    Path dir;
    TestDatabase db;
    MutableClock clock = new MutableClock(TestDatabase.NOW);
    BackupService backups;

    @BeforeEach
    void open() {
        db = new TestDatabase(dir);
        RichDatabase.fill(db);
        backups = new BackupService(new SqliteBackupStore(db.database()), clock, BackupSettings.DEFAULTS);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Map<String, List<List<Object>>> contents() {
        return DatabaseContents.of(db.database());
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void aBackupIsAPrivateSelfContainedCopyNamedByTheTime() throws Exception {
        Backup backup = backups.backUp();
        Path expected = dir.resolve("backups/rapport-2026-11-22T100000.db");
        assertThat(backup.file()).isEqualTo(expected);
        assertThat(backup.takenAt()).isEqualTo(LocalDateTime.of(2026, 11, 22, 10, 0));
        assertThat(backup.size()).isEqualTo(Files.size(expected)).isPositive();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(expected))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(expected.getParent()))).isEqualTo("rwx------");
        byte[] header = Files.readAllBytes(expected);
        assertThat(header[18]).as("rollback journal, not write-ahead log").isEqualTo((byte) 1);
        try (Stream<Path> files = Files.list(expected.getParent())) {
            // beside it only the record of which backups passed SQLite's check
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("rapport-2026-11-22T100000.db", "rapport-checked.txt");
        }
        assertThat(DatabaseContents.of(expected)).isEqualTo(contents());
    }

    @Test
    void twoBackupsInOneSecondGetTwoNames() {
        Backup first = backups.backUp();
        Backup second = backups.backUp();
        assertThat(second.file().getFileName().toString()).isEqualTo("rapport-2026-11-22T100000-2.db");
        // rotation keeps one per day; the newest is never deleted
        assertThat(backups.backups()).extracting(Backup::file).containsExactly(second.file());
        assertThat(first.file()).doesNotExist();
    }

    @Test
    void restoringABackupBringsBackEveryTableAndKeepsWhatItReplaced() throws Exception {
        Map<String, List<List<Object>>> atBackup = contents();
        Backup backup = backups.backUp();
        db.repository().insert(person("Neu", "Kontakt").email("neu@example.de").build());
        db.execute("DELETE FROM tie WHERE id % 2 = 0");
        db.execute("UPDATE node_position SET x = x + 1");
        Map<String, List<List<Object>>> changed = contents();
        assertThat(changed).isNotEqualTo(atBackup);

        clock.advance(Duration.ofMinutes(5));
        RestorePlan plan = backups.prepareRestore(backup.file());
        assertThat(plan.contactsNow()).isEqualTo(plan.contactsInBackup() + 1);
        assertThat(plan.takenAt()).isEqualTo(backup.takenAt());
        assertThat(contents()).as("nothing changes before the restore").isEqualTo(changed);
        RestoreOutcome outcome = backups.restore(plan);

        assertThat(contents()).isEqualTo(atBackup);
        assertThat(outcome.replaced()).isEqualTo(plan.contactsNow());
        assertThat(outcome.restored()).isEqualTo(plan.contactsInBackup());
        Path safety = outcome.safetyCopy().orElseThrow().file();
        assertThat(safety.getFileName().toString()).isEqualTo("rapport-2026-11-22T100500-before-restore.db");
        assertThat(DatabaseContents.of(safety)).isEqualTo(changed);
        assertThat(plan.prepared()).doesNotExist();
        String journal = db.database().jdbi().withHandle(h -> h.select("PRAGMA journal_mode").mapTo(String.class).one());
        assertThat(journal).isEqualTo("wal");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void restoringAJsonBackupReplacesEverything() {
        Map<String, List<List<Object>>> atExport = contents();
        Path json = dir.resolve("rapport.json");
        backups.exportJson(json);
        db.execute("DELETE FROM interaction");
        db.repository().insert(person("Neu", "Kontakt").build());

        RestorePlan plan = backups.prepareRestore(json);
        assertThat(plan.takenAt()).isNotNull();
        backups.restore(plan);
        assertThat(contents()).isEqualTo(atExport);
    }

    @Test
    void importingJsonWantsAnEmptyDatabase() {
        Path json = dir.resolve("rapport.json");
        backups.exportJson(json);
        Map<String, List<List<Object>>> before = contents();
        assertThatThrownBy(() -> backups.importJson(json)).isInstanceOfSatisfying(BackupException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.NOT_EMPTY));
        assertThat(contents()).isEqualTo(before);
        try (TestDatabase empty = new TestDatabase(dir.resolve("empty"))) {
            new BackupService(new SqliteBackupStore(empty.database()), clock, BackupSettings.DEFAULTS).importJson(json);
            assertThat(DatabaseContents.of(empty.database())).isEqualTo(before);
        }
    }

    @Test
    void aFileThatIsNotARapportDatabaseIsRefusedAndNothingChanges() throws Exception {
        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)");
            s.execute("INSERT INTO invoices VALUES (1, 9.5)");
        }
        Path text = dir.resolve("notes.db");
        Files.writeString(text, "Dear Anna, this is not a database.", StandardCharsets.UTF_8);
        Path empty = dir.resolve("empty.db");
        Files.createFile(empty);
        Path newer = dir.resolve("newer/rapport.db");
        Database.open(newer).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                    + "installed_by, installed_on, execution_time, success) VALUES (99, '99', 'future', 'SQL', "
                    + "'V99__future.sql', 0, 'test', CURRENT_TIMESTAMP, 0, 1)");
        }
        Path damaged = dir.resolve("damaged.db");
        backups.backUpTo(damaged);
        byte[] bytes = Files.readAllBytes(damaged);
        for (int i = 4096 * 3; i < bytes.length; i += 7) {
            bytes[i] = (byte) 0x5A; // header and schema intact, the data pages scribbled over
        }
        Files.write(damaged, bytes);

        Map<String, List<List<Object>>> before = contents();
        Map<Path, Reason> refusals = Map.of(other, Reason.NOT_A_BACKUP, text, Reason.NOT_A_BACKUP,
                empty, Reason.NOT_A_BACKUP, newer, Reason.TOO_NEW, damaged, Reason.DAMAGED);
        for (Map.Entry<Path, Reason> e : refusals.entrySet()) {
            String hash = sha256(e.getKey());
            assertThatThrownBy(() -> backups.prepareRestore(e.getKey())).as(e.getKey().getFileName().toString())
                    .isInstanceOfSatisfying(BackupException.class,
                            ex -> assertThat(ex.reason()).as(ex.getMessage()).isEqualTo(e.getValue()));
            assertThat(sha256(e.getKey())).as("the chosen file is only read").isEqualTo(hash);
        }
        assertThat(contents()).isEqualTo(before);
        assertThat(backups.backups()).as("no safety copy for a refused restore").isEmpty();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void cancellingARestoreDeletesThePreparedCopy() {
        Backup backup = backups.backUp();
        RestorePlan plan = backups.prepareRestore(backup.file());
        assertThat(plan.prepared()).exists();
        backups.cancel(plan);
        assertThat(plan.prepared()).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void rotationKeepsSevenDaysAndFourWeeks() {
        for (int day = 0; day < 40; day++) {
            backups.backUp();
            clock.advance(Duration.ofDays(1));
        }
        // the last 7 days (25 to 31 December) and the newest of the last 4 ISO weeks (31, 27, 20 and 13 December)
        assertThat(backups.backups()).extracting(b -> b.takenAt().getDayOfMonth())
                .containsExactly(31, 30, 29, 28, 27, 26, 25, 20, 13);
    }

    /** Temporary files (their names start with a dot) beside the database or in the backups folder. */
    private List<String> leftovers() {
        try (Stream<Path> files = Stream.concat(Files.list(dir),
                Files.isDirectory(dir.resolve("backups")) ? Files.list(dir.resolve("backups")) : Stream.empty())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A clock the test moves forward, in UTC so names are predictable. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
