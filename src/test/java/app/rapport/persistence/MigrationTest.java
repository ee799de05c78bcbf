package app.rapport.persistence;

import app.rapport.persistence.contacts.JdbiContactRepository;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.language.NameCollation;
import app.rapport.domain.contacts.ContactQuery;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** A database written by an older Rapport opens in this one with nothing lost. */
class MigrationTest {
    @TempDir
    Path dir;

    @Test
    void aVersionOneDatabaseIsMigratedWithItsContactsKept() throws Exception {
        Path file = dir.resolve("old.db");
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(source).locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = " + DatabaseFile.APPLICATION_ID);
            s.execute("""
                    INSERT INTO contact (kind, given_name, family_name, display_name, sort_name, created_at, updated_at)
                    VALUES ('PERSON', 'Jürgen', 'Müller', 'Jürgen Müller', 'muller jurgen',
                            '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')""");
            s.execute("INSERT INTO contact_email (contact_id, position, address) VALUES (1, 0, 'j@m.example')");
            // a Thai name keyed the old way, by code point: เพชรรัตน์ would sort after every consonant
            s.execute("""
                    INSERT INTO contact (kind, given_name, family_name, display_name, sort_name, created_at, updated_at)
                    VALUES ('PERSON', 'มาลี', 'เพชรรัตน์', 'มาลี เพชรรัตน์', 'เพชรรัตน์ มาลี',
                            '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')""");
        }

        try (Database db = Database.open(file)) {
            int version = db.jdbi().withHandle(h -> h.select(
                    "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")
                    .mapTo(Integer.class).one());
            assertThat(version).isEqualTo(Database.SCHEMA_VERSION);
            JdbiContactRepository repo = new JdbiContactRepository(db, Clock.systemUTC());
            long[] ids = repo.findIds(ContactQuery.text("muller"));
            assertThat(ids).hasSize(1);
            assertThat(repo.find(ids[0]).orElseThrow().emails()).extracting(e -> e.address()).containsExactly("j@m.example");
            // the upgrade made collation keys of the old plain-text ones (the root order: no wish given)
            String thaiKey = db.jdbi().withHandle(h -> h.select("SELECT sort_name FROM contact WHERE id = 2")
                    .mapTo(String.class).one());
            assertThat(thaiKey).isEqualTo(NameCollation.ROOT.key("เพชรรัตน์ มาลี"));
            assertThat(db.sortKeys().collation()).isEqualTo(NameCollation.ROOT);
            String recorded = db.jdbi().withHandle(h -> h.select("SELECT value FROM setting WHERE key = 'sort.collation'")
                    .mapTo(String.class).one());
            assertThat(recorded).isEqualTo("und");
        }
    }

    @Test
    void aVersionElevenDatabaseGetsTheMatchKeysOfItsContactsOnItsFirstOpen() throws Exception {
        // a file written before imports looked candidates up by index: its rows have no keys yet
        Path file = dir.resolve("eleven.db");
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(source).locations("classpath:db/migration").target("11").load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = " + DatabaseFile.APPLICATION_ID);
            s.execute("INSERT INTO setting (key, value) VALUES ('home.country', 'DE')");
            s.execute("""
                    INSERT INTO contact (kind, given_name, family_name, display_name, sort_name, created_at, updated_at)
                    VALUES ('PERSON', 'Jürgen', 'Müller', 'Jürgen Müller', 'muller jurgen',
                            '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')""");
            s.execute("INSERT INTO contact_email (contact_id, position, address) VALUES (1, 0, 'Jürgen.MÜLLER@Example.org')");
            s.execute("INSERT INTO contact_phone (contact_id, position, number) VALUES (1, 0, '030 1234567')");
            s.execute("INSERT INTO contact_phone (contact_id, position, number) VALUES (1, 1, '+1 212 555 0100')");
            s.execute("""
                    INSERT INTO contact (kind, organisation, display_name, sort_name, created_at, updated_at)
                    VALUES ('ORGANISATION', 'Müller & Söhne', 'Müller & Söhne', 'muller & sohne',
                            '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')""");
        }

        try (Database db = Database.open(file)) {
            java.util.List<String> rows = db.jdbi().withHandle(h -> h.createQuery("""
                            SELECT 'contact ' || id || ' ' || match_name || ' / ' || name_key FROM contact
                            UNION ALL SELECT 'email ' || match_key FROM contact_email
                            UNION ALL SELECT 'phone ' || match_key || ' ' || quote(match_region) FROM contact_phone
                            ORDER BY 1""").mapTo(String.class).list());
            assertThat(rows).containsExactly(
                    "contact 1 jurgen|muller / jurgen muller",
                    "contact 2 muller & sohne / muller sohne",
                    "email jürgen.müller@example.org",
                    "phone +12125550100 ''",
                    "phone +49301234567 'DE'");
        }
    }
}
