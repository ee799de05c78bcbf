package app.rapport.persistence.backup;

import app.rapport.persistence.Database;
import app.rapport.persistence.EmptySchema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.contacts.ContactQuery;
import app.rapport.service.backup.BackupException;
import app.rapport.service.backup.BackupException.Reason;
import app.rapport.testing.DatabaseContents;
import app.rapport.testing.RichDatabase;
import app.rapport.testing.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonBackupTest {
    @TempDir
    Path dir;
    Path json;

    @BeforeEach
    void exportARichDatabase() {
        json = dir.resolve("export/rapport.json");
        try (TestDatabase db = new TestDatabase(dir.resolve("original"))) {
            RichDatabase.fill(db);
            JsonBackup.write(db.database(), json);
        }
    }

    private Path original() {
        return dir.resolve("original/rapport.db");
    }

    @Test
    void importIntoAFreshDatabaseGivesIdenticalDataInEveryTable() {
        Path fresh = dir.resolve("fresh/rapport.db");
        try (Database target = Database.open(fresh)) {
            JsonBackup.read(json, target);
        }
        Map<String, List<List<Object>>> expected = DatabaseContents.of(original());
        Map<String, List<List<Object>>> actual = DatabaseContents.of(fresh);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        for (String table : expected.keySet()) {
            assertThat(actual.get(table)).as(table).containsExactlyElementsOf(expected.get(table));
        }
        // something in every table of the user's data, so the comparison proves something
        assertThat(DatabaseContents.sizes(expected)).allSatisfy((table, rows) -> {
            if (!table.startsWith("contact_name_fts_") && !table.startsWith("contact_fts_")) {
                assertThat(rows).as(table).isPositive();
            }
        });
    }

    @Test
    void theImportedDatabaseHasTheSameIndexesTriggersAndViews() throws Exception {
        Path fresh = dir.resolve("fresh/rapport.db");
        try (Database target = Database.open(fresh)) {
            JsonBackup.read(json, target);
        }
        assertThat(schema(fresh)).isEqualTo(schema(original())).hasSizeGreaterThan(40);
    }

    private static java.util.Set<String> schema(Path file) throws Exception {
        java.util.Set<String> objects = new java.util.TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_master")) {
            while (rs.next()) {
                objects.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
            }
        }
        return objects;
    }

    @Test
    void theImportedDatabaseSearchesAndCountsLikeTheOriginal() {
        Path fresh = dir.resolve("fresh/rapport.db");
        try (Database target = Database.open(fresh)) {
            JsonBackup.read(json, target);
        }
        try (TestDatabase before = new TestDatabase(dir.resolve("original"));
             TestDatabase after = new TestDatabase(dir.resolve("fresh"))) {
            for (String q : List.of("zoe", "obrien", "ไทย", "привет", "ladder", "z")) {
                assertThat(after.service().search(ContactQuery.text(q))).as(q)
                        .containsExactly(before.service().search(ContactQuery.text(q)));
            }
            assertThat(after.service().counts()).isEqualTo(before.service().counts());
            assertThat(after.ledger().overview(java.time.LocalDate.of(2026, 11, 22), 50))
                    .isEqualTo(before.ledger().overview(java.time.LocalDate.of(2026, 11, 22), 50));
        }
    }

    @Test
    void theDumpHoldsEveryTableOfTheUsersDataAndNothingDerived() throws Exception {
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.get("format").asText()).isEqualTo("rapport-backup");
        assertThat(root.get("formatVersion").asInt()).isEqualTo(JsonBackup.FORMAT_VERSION);
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(Database.SCHEMA_VERSION);
        assertThat(Instant.parse(root.get("exportedAt").asText())).isBeforeOrEqualTo(Instant.now());
        List<String> names = new ArrayList<>();
        root.get("tables").forEach(t -> names.add(t.get("name").asText()));
        assertThat(names).containsExactly("contact", "contact_email", "contact_phone", "contact_address",
                "contact_website", "tag", "contact_tag", "tie", "relationship", "tag_cadence", "interaction",
                "interaction_contact", "follow_up", "node_position", "setting", "card_list", "card_envelope",
                "card_recipient", "cooperation", "contact_review", "review_queue", "indicator_snapshot", "goal",
                "contact_extra", "contact_photo", "not_duplicate", "sync_account", "sync_card", "sync_conflict",
                "sync_account_tag", "sync_run");
        assertThat(Files.readAllLines(json).size()).as("one row per line")
                .isGreaterThan(root.get("tables").get(0).get("rows").size());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(json))).isEqualTo("rw-------");
        try (var files = Files.list(json.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("rapport.json");
        }
    }

    @Test
    void aTableAddedByALaterMigrationIsIncludedWithoutBeingListed() throws Exception {
        try (TestDatabase db = new TestDatabase(dir.resolve("later"))) {
            db.execute("CREATE TABLE later_list (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
            db.execute("CREATE TABLE later_list_entry (list_id INTEGER NOT NULL REFERENCES later_list (id), "
                    + "contact_id INTEGER NOT NULL REFERENCES contact (id), PRIMARY KEY (list_id, contact_id)) WITHOUT ROWID");
            db.repository().insert(app.rapport.testing.ContactBuilder.person("Anna", "Weber").build());
            db.execute("INSERT INTO later_list VALUES (1, 'Holiday cards 2026')");
            db.execute("INSERT INTO later_list_entry VALUES (1, 1)");
            Path out = dir.resolve("later.json");
            JsonBackup.write(db.database(), out);
            JsonNode root = new ObjectMapper().readTree(out.toFile());
            List<String> names = new ArrayList<>();
            root.get("tables").forEach(t -> names.add(t.get("name").asText()));
            assertThat(names).containsSubsequence("contact", "later_list", "later_list_entry");
        }
    }

    @Test
    void aNonEmptyTargetIsRefusedAndKeepsItsData() {
        try (TestDatabase target = new TestDatabase(dir.resolve("busy"))) {
            target.repository().insert(app.rapport.testing.ContactBuilder.person("Anna", "Weber").build());
            Map<String, List<List<Object>>> before = DatabaseContents.of(target.database());
            assertThatThrownBy(() -> JsonBackup.read(json, target.database()))
                    .isInstanceOfSatisfying(BackupException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_EMPTY));
            assertThat(DatabaseContents.of(target.database())).isEqualTo(before);
        }
    }

    @Test
    void aTruncatedFileIsRefusedAndTheDatabaseStaysEmpty() throws Exception {
        byte[] whole = Files.readAllBytes(json);
        for (int length : new int[] {whole.length - 2, whole.length / 2, 150, 40, 20}) {
            Path cut = dir.resolve("cut-" + length + ".json");
            Files.write(cut, Arrays.copyOf(whole, length));
            assertRefused(cut, length > 30 ? Reason.DAMAGED : Reason.NOT_A_BACKUP);
        }
    }

    @Test
    void malformedOrRuleBreakingFilesAreRefused() throws Exception {
        String header = "{\"format\":\"rapport-backup\",\"formatVersion\":1,\"schemaVersion\":" + Database.SCHEMA_VERSION
                + ",\"exportedAt\":\"2026-11-22T10:15:00Z\",\"tables\":[";
        String contact = "{\"name\":\"contact\",\"columns\":[\"id\",\"kind\",\"display_name\",\"sort_name\",\"created_at\","
                + "\"updated_at\"],\"rows\":[[1,\"%s\",\"Anna\",\"anna\",\"2026-01-01T00:00:00Z\",\"2026-01-01T00:00:00Z\"]]}";
        Map<String, String> bad = Map.of(
                "syntax", header + "{\"name\":\"contact\",\"columns\":[\"id\"],\"rows\":[[1,]]}]}",
                "check", header + contact.formatted("ROBOT") + "]}",
                "foreignKey", header + contact.formatted("PERSON")
                        + ",{\"name\":\"contact_email\",\"columns\":[\"contact_id\",\"position\",\"address\"],"
                        + "\"rows\":[[99,0,\"a@b.example\"]]}]}",
                "unknownTable", header + "{\"name\":\"invoices\",\"columns\":[\"id\"],\"rows\":[[1]]}]}",
                "unknownColumn", header + "{\"name\":\"tag\",\"columns\":[\"id\",\"colour\"],\"rows\":[[1,\"red\"]]}]}",
                "shortRow", header + "{\"name\":\"tag\",\"columns\":[\"id\",\"name\"],\"rows\":[[1]]}]}",
                "trailing", header + "]} {}",
                "symmetricTieTwice", header + contact.formatted("PERSON").replace("[[1,", "[[2,\"PERSON\",\"Boris\","
                        + "\"boris\",\"2026-01-01T00:00:00Z\",\"2026-01-01T00:00:00Z\"],[1,")
                        + ",{\"name\":\"tie\",\"columns\":[\"id\",\"from_id\",\"to_id\",\"type\",\"strength\"],"
                        + "\"rows\":[[1,1,2,\"FRIEND\",3],[2,2,1,\"FRIEND\",3]]}]}",
                "noTables", "{\"format\":\"rapport-backup\",\"formatVersion\":1,\"schemaVersion\":3}");
        for (Map.Entry<String, String> e : bad.entrySet()) {
            Path file = dir.resolve(e.getKey() + ".json");
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            assertRefused(file, Reason.DAMAGED);
        }
    }

    @Test
    void otherFilesAreNotBackups() throws Exception {
        Map<String, String> others = Map.of(
                "other.json", "{\"name\":\"my playlist\",\"songs\":[1,2,3]}",
                "list.json", "[1,2,3]",
                "notes.txt", "Call Anna about the Leipzig fair.",
                "empty.json", "");
        for (Map.Entry<String, String> e : others.entrySet()) {
            Path file = dir.resolve(e.getKey());
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            assertRefused(file, Reason.NOT_A_BACKUP);
        }
    }

    @Test
    void aNewerFormatOrSchemaIsRefused() throws Exception {
        String text = Files.readString(json);
        Path newerFormat = dir.resolve("newer-format.json");
        Files.writeString(newerFormat, text.replaceFirst("\"formatVersion\":1", "\"formatVersion\":2"));
        assertRefused(newerFormat, Reason.TOO_NEW);
        Path newerSchema = dir.resolve("newer-schema.json");
        Files.writeString(newerSchema, text.replaceFirst("\"schemaVersion\":" + Database.SCHEMA_VERSION,
                "\"schemaVersion\":" + (Database.SCHEMA_VERSION + 1)));
        assertRefused(newerSchema, Reason.TOO_NEW);
    }

    @Test
    void aBackupFromAnOlderSchemaIsBroughtUpToDate() throws Exception {
        Path old = dir.resolve("v2/old.db");
        Files.createDirectories(old.getParent());
        EmptySchema.create(old, 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old); Statement s = c.createStatement()) {
            s.execute("INSERT INTO contact (id, kind, given_name, family_name, display_name, sort_name, created_at, updated_at) "
                    + "VALUES (1, 'PERSON', 'Olga', 'Petrova', 'Olga Petrova', 'petrova olga', '2025-01-01T00:00:00Z', "
                    + "'2025-01-01T00:00:00Z')");
            s.execute("INSERT INTO contact_email (contact_id, position, address) VALUES (1, 0, 'olga@example.org')");
            JsonDump.write(c, 2, Instant.parse("2025-06-01T12:00:00Z"), out);
        }
        Path v2json = dir.resolve("v2.json");
        Files.write(v2json, out.toByteArray());
        Path fresh = dir.resolve("upgraded/rapport.db");
        try (Database target = Database.open(fresh)) {
            JsonBackup.read(v2json, target);
        }
        try (TestDatabase db = new TestDatabase(dir.resolve("upgraded"))) {
            assertThat(db.count("SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history")).isEqualTo(Database.SCHEMA_VERSION);
            assertThat(db.service().search(ContactQuery.text("olga@example"))).containsExactly(1L);
            assertThat(db.count("SELECT count(*) FROM contact WHERE primary_email = 'olga@example.org'")).isEqualTo(1);
        }
    }

    /** Refused for {@code reason}, with the fresh target left empty and no temporary file left behind. */
    private void assertRefused(Path file, Reason reason) throws Exception {
        Path target = dir.resolve("target-" + file.getFileName() + "/rapport.db");
        try (Database db = Database.open(target)) {
            assertThatThrownBy(() -> JsonBackup.read(file, db)).as(file.getFileName().toString())
                    .isInstanceOfSatisfying(BackupException.class, e -> assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason));
            assertThat(JsonBackup.isEmpty(db)).isTrue();
        }
        try (var files = Files.list(target.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList())
                    .as("temporary files of " + file.getFileName()).isEmpty();
        }
    }
}
