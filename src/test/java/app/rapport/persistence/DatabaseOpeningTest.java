package app.rapport.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.service.StorageException;
import app.rapport.service.StorageException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseOpeningTest {
    @TempDir
    Path dir;

    private static String hash(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static <T> T one(Database db, String sql, Class<T> type) {
        return db.jdbi().withHandle(h -> h.select(sql).mapTo(type).one());
    }

    private static Reason reasonOpening(Path file) {
        try (Database db = Database.open(file)) {
            return null;
        } catch (StorageException e) {
            return e.reason();
        }
    }

    @Test
    void createsANewDatabaseReadableOnlyByItsOwner() throws IOException {
        Path file = dir.resolve("sub/rapport.db");
        try (Database db = Database.open(file)) {
            assertThat(one(db, "PRAGMA journal_mode", String.class)).isEqualTo("wal");
            assertThat(one(db, "PRAGMA foreign_keys", Integer.class)).isEqualTo(1);
            assertThat(one(db, "PRAGMA synchronous", Integer.class)).isEqualTo(1);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void reopensAnExistingDatabaseWithoutMigratingAgain() throws IOException {
        Path file = dir.resolve("rapport.db");
        Database.open(file).close();
        try (Database db = Database.open(file); Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            // each migration once; versions are counted, not assumed consecutive (branches add them in parallel)
            long migrations = files.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
            int applied = one(db, "SELECT count(*) FROM flyway_schema_history WHERE success = 1", Integer.class);
            assertThat(applied).isEqualTo((int) migrations);
            assertThat(one(db, "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1",
                    Integer.class)).isEqualTo(Database.SCHEMA_VERSION);
        }
    }

    @Test
    void schemaVersionMatchesTheNewestMigration() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int newest = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElseThrow();
            assertThat(Database.SCHEMA_VERSION).isEqualTo(newest);
        }
    }

    @Test
    void refusesATextFileAndLeavesItUnchanged() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "Dear Anna, this is not a database.", StandardCharsets.UTF_8);
        String before = hash(file);
        assertThat(reasonOpening(file)).isEqualTo(Reason.NOT_RAPPORT);
        assertThat(hash(file)).isEqualTo(before);
    }

    @Test
    void refusesAnotherApplicationsSqliteDatabase() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)");
        }
        String before = hash(file);
        assertThat(reasonOpening(file)).isEqualTo(Reason.NOT_RAPPORT);
        assertThat(hash(file)).isEqualTo(before);
    }

    @Test
    void refusesADamagedDatabaseAndLeavesItUnchanged() throws Exception {
        Path file = dir.resolve("rapport.db");
        Database.open(file).close();
        byte[] bytes = Files.readAllBytes(file);
        // keep the header, scribble over the schema page
        for (int i = 100; i < Math.min(bytes.length, 4096); i++) {
            bytes[i] = (byte) 0x5A;
        }
        Files.write(file, bytes);
        String before = hash(file);
        assertThat(reasonOpening(file)).isIn(Reason.CORRUPT, Reason.NOT_RAPPORT);
        assertThat(hash(file)).isEqualTo(before);
    }

    @Test
    void refusesADatabaseFromANewerRapport() throws Exception {
        Path file = dir.resolve("rapport.db");
        Database.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                    + "installed_by, installed_on, execution_time, success) VALUES (99, '99', 'future', 'SQL', "
                    + "'V99__future.sql', 0, 'test', CURRENT_TIMESTAMP, 0, 1)");
        }
        String before = hash(file);
        assertThat(reasonOpening(file)).isEqualTo(Reason.TOO_NEW);
        assertThat(hash(file)).isEqualTo(before);
    }

    @Test
    void refusesADatabaseAlreadyOpenInAnotherRapport() {
        Path file = dir.resolve("rapport.db");
        try (Database first = Database.open(file)) {
            assertThat(reasonOpening(file)).isEqualTo(Reason.LOCKED);
        }
        assertThat(reasonOpening(file)).as("free again once closed").isNull();
    }

    @Test
    void anEmptyFileBecomesANewDatabase() throws IOException {
        Path file = dir.resolve("empty.db");
        Files.createFile(file);
        try (Database db = Database.open(file)) {
            assertThat(one(db, "SELECT count(*) FROM contact", Integer.class)).isZero();
        }
    }

    @Test
    void dataFolderFollowsEachPlatformsConvention() {
        assertThat(DataFolder.resolve("Linux", java.util.Map.of("XDG_DATA_HOME", "/x/data"), "/home/a", null))
                .isEqualTo(Path.of("/x/data/rapport"));
        assertThat(DataFolder.resolve("Linux", java.util.Map.of(), "/home/a", null))
                .isEqualTo(Path.of("/home/a/.local/share/rapport"));
        assertThat(DataFolder.resolve("Mac OS X", java.util.Map.of(), "/Users/a", null))
                .isEqualTo(Path.of("/Users/a/Library/Application Support/Rapport"));
        assertThat(DataFolder.resolve("Windows 11", java.util.Map.of("APPDATA", "C:\\Users\\a\\AppData\\Roaming"), "C:\\Users\\a", null))
                .isEqualTo(Path.of("C:\\Users\\a\\AppData\\Roaming", "Rapport"));
        assertThat(DataFolder.resolve("Linux", java.util.Map.of(), "/home/a", "/tmp/override"))
                .isEqualTo(Path.of("/tmp/override"));
    }
}
