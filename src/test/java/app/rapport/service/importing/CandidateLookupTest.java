package app.rapport.service.importing;

import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.ContactMerge;
import app.rapport.domain.contacts.ContactRules;
import app.rapport.io.importing.ContactFileReader;
import app.rapport.io.importing.ImportOptions;
import app.rapport.io.importing.ReadResult;
import app.rapport.persistence.importing.JdbiImportRepository;
import app.rapport.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import reads only the contacts that share something with its records, found by index (V12),
 * and plans exactly as it did when it compared every contact: the same merges with the same evidence,
 * the same records already there, the same ties. Each contact below is one way a lookup by key could
 * miss what a comparison of all finds.
 */
class CandidateLookupTest {
    @TempDir
    Path dir;
    TestDatabase db;
    JdbiImportRepository repository;

    long anna;
    long jurgen;
    long petra;
    long kim;
    long anne;
    long derived;
    long olaf;
    long hanna;
    long nils;
    long company;
    long trashed;
    long unrelated;

    @BeforeEach
    void open() {
        db = new TestDatabase(dir.resolve("db"));
        repository = new JdbiImportRepository(db.database(), Clock.fixed(TestDatabase.NOW, ZoneOffset.UTC));
        // typed in Rapport with capitals; the card from a phone writes it in lower case
        anna = db.repository().insert(person("Anna", "Weber").email("Anna.Weber@Example.ORG").build());
        // kept in international form; a German phone's card writes it nationally
        jurgen = db.repository().insert(person("Jürgen", "Müller").phone("+49 30 1234567").birthday(3, 14, 1971).build());
        // came from a CardDAV server with its UID
        petra = db.repository().insert(person("Petra", "Novak").build());
        db.execute("UPDATE contact SET vcard_uid = '6f2a4a1e-3b7c-4c1a-9d55-1c2e3f4a5b6c' WHERE id = " + petra);
        // a name and nothing else
        kim = db.repository().insert(person("Kim", "Lee").build());
        // an address with capitals beyond ASCII, which SQLite's NOCASE does not fold
        anne = db.repository().insert(person("Änne", "Schulz").email("ÄNNE@BEISPIEL.DE").build());
        // added by hand: exported with the UID Rapport derives, and that file imported again
        derived = db.repository().insert(person("Derya", "Aydın").build());
        // a national number written while the home country was the United States; read now in Germany
        olaf = db.repository().insert(person("Olaf", "Brandt").phone("030 7654321").birthday(7, 1, null).build());
        db.execute("UPDATE contact_phone SET match_key = '+10307654321', match_region = 'US' WHERE contact_id = " + olaf);
        // rows of a file from before V12 whose keys were not computed (yet)
        hanna = db.repository().insert(person("Hanna", "Vogel").email("hanna@vogel.example").build());
        db.execute("UPDATE contact_email SET match_key = NULL WHERE contact_id = " + hanna);
        nils = db.repository().insert(person("Nils", "Ohne").build());
        db.execute("UPDATE contact SET match_name = NULL, name_key = NULL WHERE id = " + nils);
        // the employer the cards name
        company = db.repository().insert(organisation("Beispiel GmbH").build());
        trashed = db.repository().insert(person("Tina", "Trash").email("tina@trash.example").build());
        db.service().moveToTrash(trashed);
        unrelated = db.repository().insert(person("Zeno", "Fremd").email("zeno@fremd.example").phone("+49 89 111111").build());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theLookupFindsTheContactsAComparisonOfAllFindsAndPlansTheSame() throws Exception {
        String derivedUid = repository.knownContacts().stream().filter(k -> k.id() == derived).findFirst()
                .orElseThrow().vcardUid();
        Path file = dir.resolve("cards.vcf");
        // each card shares one thing only (its name is a given name alone, which compares with no name)
        Files.writeString(file, cards(
                "N:;Anna;;;\r\nFN:Anna\r\nEMAIL:anna.weber@example.org",
                "N:;Jürgen;;;\r\nFN:Jürgen\r\nTEL:030 1234567\r\nBDAY:1971-03-14",
                "UID:urn:uuid:6F2A4A1E-3B7C-4C1A-9D55-1C2E3F4A5B6C\r\nN:;Petra;;;\r\nFN:Petra",
                "N:Lee;Kim;;;\r\nFN:Kim Lee",
                "N:;Änne;;;\r\nFN:Änne\r\nEMAIL:änne@beispiel.de",
                "UID:" + derivedUid + "\r\nN:;Derya;;;\r\nFN:Derya",
                "N:;Olaf;;;\r\nFN:Olaf\r\nTEL:030 7654321\r\nBDAY:--0701",
                "N:;Hanna;;;\r\nFN:Hanna\r\nEMAIL:HANNA@vogel.example",
                "N:Neu;Nina;;;\r\nFN:Nina Neu\r\nORG:Beispiel GmbH",
                "N:Trash;Tina;;;\r\nFN:Tina Trash\r\nEMAIL:tina@trash.example",
                "N:Ohne;Nils;;;\r\nFN:Nils Ohne"), StandardCharsets.UTF_8);
        ReadResult read = new ContactFileReader(new ContactRules("DE")).read(file, ImportOptions.AUTO);
        ImportPlanner planner = new ImportPlanner("DE", new ContactMerge("DE"));

        List<KnownLookup> asked = new ArrayList<>();
        ImportPlan byLookup = planner.planAgainst(List.of(read), wanted -> {
            asked.add(wanted);
            return repository.knownContacts(wanted);
        }, repository::contacts, "DE");
        ImportPlan byAll = planner.plan(List.of(read), repository.knownContacts(), repository::contacts, "DE");

        Set<Long> found = new TreeSet<>();
        repository.knownContacts(asked.get(0)).forEach(k -> found.add(k.id()));
        assertThat(found).containsExactlyInAnyOrder(anna, jurgen, petra, kim, anne, derived, olaf, hanna, company, nils);
        assertThat(summary(byLookup)).isEqualTo(summary(byAll));
        assertThat(byLookup.alreadyThere()).isEqualTo(byAll.alreadyThere());
        assertThat(byLookup.ties()).isEqualTo(byAll.ties()).contains(PlannedTie.toExisting(8, company,
                app.rapport.domain.ties.TieType.WORKS_AT));
        // and each record finds the contact it should, merged or already there as it is
        java.util.Map<Integer, Long> target = new java.util.TreeMap<>(byLookup.alreadyThere());
        byLookup.merges().stream().filter(ProposedMerge::intoExisting).forEach(m -> target.put(m.record(), m.existingId()));
        assertThat(target).containsExactlyEntriesOf(new java.util.TreeMap<>(java.util.Map.of(0, anna, 1, jurgen,
                2, petra, 3, kim, 4, anne, 5, derived, 6, olaf, 7, hanna, 10, nils)));
    }

    @Test
    void aRecordSharingNothingReadsNoContact() throws Exception {
        Path file = dir.resolve("new.vcf");
        Files.writeString(file, cards("N:Neu;Nina;;;\r\nFN:Nina Neu\r\nEMAIL:nina@neu.example\r\nTEL:+49 30 999999"),
                StandardCharsets.UTF_8);
        ReadResult read = new ContactFileReader(new ContactRules("DE")).read(file, ImportOptions.AUTO);
        List<List<KnownContact>> given = new ArrayList<>();
        new ImportPlanner("DE", new ContactMerge("DE")).planAgainst(List.of(read), wanted -> {
            given.add(repository.knownContacts(wanted));
            return given.get(0);
        }, repository::contacts, "DE");
        assertThat(given).singleElement().satisfies(known -> assertThat(known).isEmpty());
    }

    /** Each merge proposed as "record -> contact (or #record) evidence", without the texts shown. */
    private static List<String> summary(ImportPlan plan) {
        return plan.merges().stream().map(m -> m.record() + " -> " + (m.intoExisting() ? String.valueOf(m.existingId())
                : "#" + m.otherRecord()) + " " + evidence(m)).toList();
    }

    private static Set<Evidence> evidence(ProposedMerge m) {
        Set<Evidence> e = java.util.EnumSet.noneOf(Evidence.class);
        m.match().found().forEach(f -> e.add(f.evidence()));
        return e;
    }

    private static String cards(String... bodies) {
        StringBuilder vcf = new StringBuilder();
        for (String body : bodies) {
            vcf.append("BEGIN:VCARD\r\nVERSION:3.0\r\n").append(body).append("\r\nEND:VCARD\r\n");
        }
        return vcf.toString();
    }
}
