package app.rapport.persistence.backup;

import app.rapport.persistence.Database;
import app.rapport.persistence.contacts.JdbiContactRepository;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.backup.Backup;
import app.rapport.domain.backup.BackupSettings;
import app.rapport.service.backup.BackupService;
import app.rapport.testing.Damage;
import app.rapport.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups over real SQLite files: each copy is checked, and rotation keeps the good ones. */
class VerifiedBackupsTest {
    @TempDir
    Path dir;
    final BackupRestoreTest.MutableClock clock = new BackupRestoreTest.MutableClock(TestDatabase.NOW);

    /** One run of Rapport: opens the database, takes the start-up backup, works, takes the daily one. */
    private void run(Path file, Runnable work) {
        try (Database db = Database.open(file)) {
            BackupService backups = new BackupService(new SqliteBackupStore(db), clock, BackupSettings.DEFAULTS);
            backups.backUpAtStart();
            clock.advance(Duration.ofHours(2));
            work.run();
            backups.backUp();
        }
    }

    private List<Backup> backups(Path file) {
        try (Database db = Database.open(file)) {
            return new BackupService(new SqliteBackupStore(db), clock, BackupSettings.DEFAULTS).backups();
        }
    }

    private static boolean passesIntegrityCheck(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file + "?mode=ro");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            return rs.next() && "ok".equals(rs.getString(1));
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    @Test
    void fiveWeeksOfWhichTheLastFiveAreDamagedStillLeaveAGoodBackup() throws Exception {
        Path file = dir.resolve("rapport.db");
        try (TestDatabase db = new TestDatabase(dir)) {
            for (int i = 0; i < 400; i++) {
                db.repository().insert(person("Anna" + i, "Weber" + i).email("anna" + i + "@example.de").build());
            }
        }
        for (int day = 0; day < 10; day++) {
            run(file, () -> { });
            clock.advance(Duration.ofHours(22));
        }
        assertThat(Damage.tablePages(file, "contact")).isPositive();
        for (int day = 0; day < 25; day++) {
            run(file, () -> { });
            clock.advance(Duration.ofHours(22));
        }

        List<Backup> kept = backups(file);
        List<Backup> good = kept.stream().filter(Backup::good).toList();
        assertThat(good).as("good backups after 25 damaged days").isNotEmpty();
        assertThat(good.get(0).takenAt().toLocalDate()).isEqualTo(TestDatabase.NOW.atZone(java.time.ZoneOffset.UTC)
                .toLocalDate().plusDays(9));
        for (Backup b : good) {
            assertThat(passesIntegrityCheck(b.file())).as(b.file().getFileName().toString()).isTrue();
        }
        List<Backup> damaged = kept.stream().filter(Backup::damaged).toList();
        assertThat(damaged).as("only the newest damaged copy is kept").hasSize(1);
        assertThat(damaged.get(0).file().getFileName().toString()).endsWith("-damaged.db");
        assertThat(passesIntegrityCheck(damaged.get(0).file())).isFalse();
        assertThat(kept).as("nothing unchecked").allMatch(b -> b.health() != Backup.Health.UNCHECKED);
    }

    @Test
    void backUpNowKeepsTheCopyFromBeforeThisRunsImport() throws Exception {
        Path file = dir.resolve("rapport.db");
        try (TestDatabase db = new TestDatabase(dir)) {
            db.repository().insert(person("Anna", "Weber").build());
        }
        try (Database db = Database.open(file)) {
            BackupService backups = new BackupService(new SqliteBackupStore(db), clock, BackupSettings.DEFAULTS);
            Backup atStart = backups.backUpAtStart();
            clock.advance(Duration.ofMinutes(5));
            new JdbiContactRepository(db, clock).insert(person("Boris", "Ivanov").build()); // the import
            clock.advance(Duration.ofMinutes(5));
            backups.backUp(); // Back up now, the same morning

            assertThat(backups.backups()).extracting(Backup::file).contains(atStart.file());
            assertThat(atStart.kind()).isEqualTo(Backup.Kind.AT_START);
            assertThat(atStart.file().getFileName().toString()).endsWith("-start.db");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + atStart.file());
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM contact")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the state from before the import").isEqualTo(1);
            }
        }
    }

    @Test
    void aCheckIsRememberedAndAChangedFileIsCheckedAgain() throws Exception {
        Path file = dir.resolve("rapport.db");
        try (TestDatabase db = new TestDatabase(dir)) {
            db.repository().insert(person("Anna", "Weber").build());
        }
        Backup taken;
        try (Database db = Database.open(file)) {
            taken = new BackupService(new SqliteBackupStore(db), clock, BackupSettings.DEFAULTS).backUp();
        }
        assertThat(taken.good()).isTrue();
        assertThat(backups(file)).extracting(Backup::health).containsExactly(Backup.Health.GOOD);
        // an older backup, never checked, later found damaged: marked in its name
        Path old = taken.file().resolveSibling("rapport-2026-11-01T100000.db");
        Files.copy(taken.file(), old);
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(0));
        try (Database db = Database.open(file)) {
            assertThat(new SqliteBackupStore(db).list()).filteredOn(b -> b.file().equals(old))
                    .extracting(Backup::health).containsExactly(Backup.Health.UNCHECKED);
        }
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(old.toFile(), "rw")) {
            raf.seek(4096);
            raf.write(new byte[4096 * 2]); // the schema's pages zeroed
        }
        List<Backup> listed = backups(file);
        assertThat(listed).extracting(b -> b.file().getFileName().toString())
                .containsExactlyInAnyOrder(taken.file().getFileName().toString(), "rapport-2026-11-01T100000-damaged.db");
        assertThat(listed).filteredOn(b -> b.takenAt().getDayOfMonth() == 1).extracting(Backup::health)
                .containsExactly(Backup.Health.DAMAGED);
    }

    /** An encrypted backup cannot be checked without its passphrase: its plain copy is checked before it is sealed. */
    @Test
    void encryptedBackupsAreCheckedBeforeTheyAreSealedAndNeverCalledDamagedForWantOfAPassphrase() throws Exception {
        Path file = dir.resolve("rapport.db");
        try (TestDatabase db = new TestDatabase(dir)) {
            for (int i = 0; i < 400; i++) {
                db.repository().insert(person("Anna" + i, "Weber" + i).email("anna" + i + "@example.de").build());
            }
        }
        Backup good;
        try (Database db = Database.open(file)) {
            BackupService backups = new BackupService(new SqliteBackupStore(db), clock, BackupSettings.DEFAULTS);
            backups.encryptBackups(app.rapport.io.encryption.Passphrase.of("Kölner Dom im Nebel"));
            good = backups.backUp();
        }
        assertThat(good.encrypted()).isTrue();
        assertThat(good.health()).isEqualTo(Backup.Health.GOOD);
        assertThat(backups(file)).extracting(Backup::health).containsExactly(Backup.Health.GOOD);

        // the record of checks lost: the sealed backup is unchecked, not damaged, and keeps its name
        try (java.util.stream.Stream<Path> files = Files.list(good.file().getParent())) {
            for (Path p : files.filter(p -> !p.equals(good.file())).toList()) {
                Files.delete(p);
            }
        }
        assertThat(backups(file)).extracting(Backup::health).containsExactly(Backup.Health.UNCHECKED);
        assertThat(good.file()).exists();

        clock.advance(Duration.ofDays(1));
        assertThat(Damage.tablePages(file, "contact")).isPositive();
        Backup damaged;
        try (Database db = Database.open(file)) {
            damaged = new BackupService(new SqliteBackupStore(db), clock, BackupSettings.DEFAULTS).backUp();
        }
        assertThat(damaged.damaged()).isTrue();
        assertThat(damaged.file().getFileName().toString()).endsWith("-damaged.db.enc");
    }
}
