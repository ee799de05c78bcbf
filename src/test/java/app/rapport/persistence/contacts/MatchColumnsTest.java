package app.rapport.persistence.contacts;

import app.rapport.persistence.importing.JdbiImportRepository;
import app.rapport.persistence.Database;
import app.rapport.persistence.duplicates.JdbiMergeRepository;
import app.rapport.persistence.backup.JsonBackup;
import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.PhoneKey;
import app.rapport.service.duplicates.MergeService;
import app.rapport.service.importing.ImportBatch;
import app.rapport.service.importing.ImportProgress;
import app.rapport.service.importing.MatchKeys;
import app.rapport.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a contact or its channels are written keeps the keys imports look candidates up by (V12)
 * equal to what they are computed from: saving, a bulk insert (the demo), an import, a merge, and a
 * restore from a JSON backup, which computes them again rather than trusting the file.
 */
class MatchColumnsTest {
    @TempDir
    Path dir;
    TestDatabase db;
    Clock clock = Clock.fixed(TestDatabase.NOW, ZoneOffset.UTC);

    @BeforeEach
    void open() {
        db = new TestDatabase(dir.resolve("db"));
        db.settings().setHomeCountry("DE");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void savingKeysTheNameEmailsAndPhonesAsStored() {
        long anna = db.repository().insert(person("Anna", "Müller").email(" Anna.MÜLLER@Example.org")
                .phone("030 1234567").phone("+1 212 555 0100").build());
        assertThat(rows(db.database())).containsExactly(
                "contact " + anna + " anna|muller / anna muller",
                "email anna.müller@example.org",
                "phone +12125550100 ''",
                "phone +49301234567 'DE'");
        Contact saved = db.repository().find(anna).orElseThrow();
        db.repository().update(person("Anna", "Weber").email("anna@weber.example").phone("0170 5555555").build()
                .withId(anna).withTimestamps(saved.createdAt(), saved.updatedAt()));
        assertThat(rows(db.database())).containsExactly(
                "contact " + anna + " anna|weber / anna weber",
                "email anna@weber.example",
                "phone +491705555555 'DE'");
        assertThat(stale(db.database())).isEmpty();
    }

    @Test
    void theDemoInsertAnImportAndAMergeKeepTheKeys() {
        db.repository().insertAll(List.of(person("Olga", "Petrova").email("OLGA@example.org").phone("089 123456").build(),
                organisation("Müller & Söhne").phone("+49 30 999").build()));
        long[] ids = new JdbiImportRepository(db.database(), clock).write(new ImportBatch(
                List.of(person("Jürgen", "Schmidt").email("J@S.example").phone("040 7777777").build()),
                List.of(), List.of(), List.of()), ImportProgress.NONE, () -> false);
        assertThat(ids).hasSize(1);
        long keep = db.repository().insert(person("Lena", "Fischer").email("lena@fischer.example").build());
        long gone = db.repository().insert(person("Lena", "Fischer").phone("0211 444444").build());
        MergeService merges = new MergeService(db.repository(), new JdbiMergeRepository(db.database(), clock), "DE");
        assertThat(merges.merge(keep, gone).ok()).isTrue();
        assertThat(db.count("SELECT count(*) FROM contact_phone WHERE contact_id = " + keep + " AND match_key = '+49211444444'"))
                .isEqualTo(1);
        assertThat(stale(db.database())).isEmpty();
    }

    @Test
    void aRestoreFromJsonComputesTheKeysAgain() {
        db.repository().insert(person("Anna", "Müller").email("anna@example.org").phone("030 1234567").build());
        // a backup whose keys do not follow from its data (written by hand, or by a build with another rule)
        db.execute("UPDATE contact SET match_name = 'someone|else', name_key = 'else someone'");
        db.execute("UPDATE contact_email SET match_key = 'other@example.org'");
        db.execute("UPDATE contact_phone SET match_key = '+10301234567', match_region = 'US'");
        Path json = dir.resolve("backup.json");
        JsonBackup.write(db.database(), json);
        try (Database target = Database.open(dir.resolve("restored/rapport.db"))) {
            JsonBackup.read(json, target);
        }
        try (Database restored = Database.open(dir.resolve("restored/rapport.db"))) {
            assertThat(rows(restored)).contains("email anna@example.org", "phone +49301234567 'DE'");
            assertThat(stale(restored)).isEmpty();
        }
    }

    /** The keys as stored, one line a row, in a fixed order. */
    private static List<String> rows(Database database) {
        return database.jdbi().withHandle(h -> h.createQuery("""
                SELECT 'contact ' || id || ' ' || match_name || ' / ' || name_key FROM contact
                UNION ALL SELECT 'email ' || match_key FROM contact_email
                UNION ALL SELECT 'phone ' || match_key || ' ' || quote(match_region) FROM contact_phone
                ORDER BY 1""").mapTo(String.class).list());
    }

    /** The rows whose stored keys differ from those computed from their data now (home country DE). */
    private static List<String> stale(Database database) {
        PhoneKey de = new PhoneKey("DE");
        return database.jdbi().withHandle(h -> {
            List<String> wrong = new ArrayList<>();
            h.createQuery("SELECT id, kind, given_name, family_name, nickname, organisation, match_name, name_key FROM contact")
                    .map((rs, ctx) -> {
                        ContactKind kind = ContactKind.valueOf(rs.getString(2));
                        String name = MatchColumns.matchName(kind, rs.getString(3), rs.getString(4), rs.getString(6));
                        String key = MatchColumns.nameKey(kind, rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6));
                        return name.equals(rs.getString(7)) && key.equals(rs.getString(8)) ? "" : "contact " + rs.getLong(1);
                    })
                    .forEach(wrong::add);
            h.createQuery("SELECT id, address, match_key FROM contact_email")
                    .map((rs, ctx) -> MatchKeys.email(rs.getString(2)).equals(rs.getString(3)) ? "" : "email " + rs.getLong(1))
                    .forEach(wrong::add);
            h.createQuery("SELECT id, number, match_key, match_region FROM contact_phone")
                    .map((rs, ctx) -> de.of(rs.getString(2)).equals(rs.getString(3))
                            && MatchColumns.regionOf(rs.getString(2), de).equals(rs.getString(4)) ? "" : "phone " + rs.getLong(1))
                    .forEach(wrong::add);
            wrong.removeIf(String::isEmpty);
            return wrong;
        });
    }
}
