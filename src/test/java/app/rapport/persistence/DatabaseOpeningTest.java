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
    void aDatabaseOfTheVersionBeforeInWriteAheadModeIsMigratedWithItsContacts() throws Exception {
        // what every user's file is when a new version comes: written by the one before, left in WAL mode
        Path file = dir.resolve("before.db");
        EmptySchema.create(file, versionBeforeNewest());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("INSERT INTO contact (id, kind, given_name, family_name, display_name, sort_name, created_at, "
                    + "updated_at) VALUES (1, 'PERSON', 'Olga', 'Petrova', 'Olga Petrova', 'petrova olga', "
                    + "'2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')");
        }
        try (Database db = Database.open(file)) {
            assertThat(one(db, "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank DESC LIMIT 1",
                    String.class))
                    .isEqualTo(Integer.toString(Database.SCHEMA_VERSION));
            assertThat(one(db, "SELECT display_name FROM contact WHERE id = 1", String.class)).isEqualTo("Olga Petrova");
            assertThat(one(db, "PRAGMA journal_mode", String.class)).isEqualTo("wal");
        }
    }

    /** The migration before the newest: versions are not assumed consecutive (branches add them in parallel). */
    private static int versionBeforeNewest() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .filter(v -> v < Database.SCHEMA_VERSION).max().orElseThrow();
        }
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
    void refusesAnotherApplicationsEmptySqliteFileByItsApplicationId() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = 1196444237"); // "GPKG": a GeoPackage, before its first table
        }
        String before = hash(file);
        assertThat(reasonOpening(file)).isEqualTo(Reason.NOT_RAPPORT);
        assertThat(hash(file)).isEqualTo(before);
        assertThat(dir.resolve("other.db-wal")).doesNotExist();
    }

    @Test
    void reopeningAnUpToDateDatabaseWritesNothing() throws Exception {
        Path file = dir.resolve("rapport.db");
        Database.open(file).close();
        String before = hash(file);
        Database.open(file).close();
        assertThat(hash(file)).as("open and close for writing, nothing changed").isEqualTo(before);
        try (Database db = Database.openForReading(file)) {
            assertThat(one(db, "SELECT count(*) FROM contact", Integer.class)).isZero();
        }
        assertThat(hash(file)).as("opened for reading").isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("rapport.db");
        }
    }

    @Test
    void aDatabaseOpenedForReadingRefusesWrites() {
        Path file = dir.resolve("rapport.db");
        Database.open(file).close();
        try (Database db = Database.openForReading(file)) {
            assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("DELETE FROM contact")))
                    .hasRootCauseMessage("[SQLITE_READONLY] Attempt to write a readonly database (attempt to write a readonly database)");
        }
    }

    @Test
    void anotherNameOfAnOpenDatabaseIsLockedToo() throws Exception {
        Path file = dir.resolve("rapport.db");
        Path hard = dir.resolve("hard.db");
        Path link = dir.resolve("link.db");
        try (Database first = Database.open(file)) {
            Files.createLink(hard, file);
            Files.createSymbolicLink(link, file);
            assertThat(reasonOpening(hard)).isEqualTo(Reason.LOCKED);
            assertThat(reasonOpening(link)).isEqualTo(Reason.LOCKED);
            assertThatThrownBy(() -> Database.openForReading(hard).close())
                    .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.reason()).isEqualTo(Reason.LOCKED));
        }
        assertThat(reasonOpening(hard)).as("free again once closed").isNull();
    }

    @Test
    void aDatabaseDamagedBeyondItsSchemaIsLeftByteIdenticalByAReadingOpen() throws Exception {
        Path file = dir.resolve("rapport.db");
        try (Database db = Database.open(file)) {
            db.jdbi().useHandle(h -> {
                for (int i = 0; i < 400; i++) {
                    h.execute("INSERT INTO contact (kind, display_name, sort_name, sort_org, created_at, updated_at, notes) "
                            + "VALUES ('PERSON', 'P" + i + "', 'p" + i + "', '', '2026-01-01T00:00:00.000Z', "
                            + "'2026-01-01T00:00:00.000Z', '" + "x".repeat(300) + "')");
                }
            });
        }
        byte[] bytes = Files.readAllBytes(file);
        int pageSize = ((bytes[16] & 0xff) << 8) | (bytes[17] & 0xff);
        for (int i = bytes.length - 3 * pageSize; i < bytes.length - pageSize; i++) {
            bytes[i] = (byte) 0x5A; // a page of contacts near the end, far from the schema
        }
        Files.write(file, bytes);
        String before = hash(file);
        for (int round = 0; round < 2; round++) {
            try (Database db = round == 0 ? Database.openForReading(file) : Database.open(file)) {
                db.jdbi().useHandle(h -> h.createQuery("SELECT count(*), max(length(notes)) FROM contact").mapToMap().list());
            } catch (RuntimeException expected) {
                // damage shows when the page is read; either way the file is as it was
            }
            assertThat(hash(file)).as(round == 0 ? "opened for reading" : "opened for writing").isEqualTo(before);
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
