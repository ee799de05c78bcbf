package app.rapport.service.importing;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactQuery;
import app.rapport.domain.contacts.ContactRules;
import app.rapport.domain.contacts.ContactSummary;
import app.rapport.domain.contacts.Email;
import app.rapport.domain.ties.TieType;
import app.rapport.domain.ties.TieView;
import app.rapport.io.importing.Fixtures;
import app.rapport.io.importing.ImportOptions;
import app.rapport.persistence.importing.JdbiImportRepository;
import app.rapport.service.StorageException;
import app.rapport.testing.TableContents;
import app.rapport.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {
    @TempDir
    Path dir;
    TestDatabase db;
    ImportService imports;

    @BeforeEach
    void open() {
        db = new TestDatabase(dir);
        imports = new ImportService(new JdbiImportRepository(db.database(), Clock.fixed(TestDatabase.NOW, ZoneOffset.UTC)),
                new ContactRules("DE"), "DE");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ImportPlan preview(String... fixtures) {
        return imports.preview(java.util.Arrays.stream(fixtures).map(Fixtures::file).toList(), ImportOptions.AUTO);
    }

    private ImportOutcome applyDefaults(ImportPlan plan) {
        return imports.apply(plan, plan.defaultAccepted(), ImportProgress.NONE, () -> false);
    }

    private List<String> names() {
        return db.service().summaries(db.service().search(ContactQuery.ALL)).stream()
                .map(ContactSummary::displayName).toList();
    }

    private Contact find(String name) {
        long id = db.service().summaries(db.service().search(ContactQuery.ALL)).stream()
                .filter(s -> s.displayName().equals(name)).findFirst().orElseThrow().id();
        return db.service().find(id).orElseThrow();
    }

    private List<String> ties(String name) {
        return db.relationships().ties(find(name).id()).stream()
                .map(t -> t.type() + " " + t.otherName()).toList();
    }

    @Test
    void previewWritesNothingAndCountsWhatWouldHappen() {
        Map<String, List<String>> before = TableContents.of(db.database());
        ImportPlan plan = preview("Connections.csv");
        assertThat(TableContents.of(db.database())).isEqualTo(before);
        assertThat(plan.counts(plan.defaultAccepted())).isEqualTo(new ImportCounts(3, 0, 0, 2, 3));
        assertThat(plan.problems()).extracting(p -> p.messageKey()).containsExactly("import.problem.metOn");
    }

    @Test
    void linkedInConnectionsComeInWithTheirEmployerAndWhenWeConnected() {
        ImportOutcome outcome = applyDefaults(preview("Connections.csv"));
        assertThat(outcome).isEqualTo(new ImportOutcome(3, 0, 0, 2, false));
        assertThat(names()).containsExactlyInAnyOrder("Tom Becker", "Priya Sharma", "Lena Vogel",
                "Northwind Traders", "Vogel Consulting");
        assertThat(ties("Northwind Traders")).containsExactlyInAnyOrder("WORKS_AT Priya Sharma", "WORKS_AT Tom Becker");
        assertThat(db.relationships().relationship(find("Priya Sharma").id()).orElseThrow().howWeMet())
                .isEqualTo("LinkedIn, 2023-04-15");
        // found by search like any contact
        assertThat(db.service().search(ContactQuery.text("northwind"))).hasSize(3);
    }

    @Test
    void anEmployerAlreadyInRapportIsTiedToNotCreated() {
        long northwind = db.repository().insert(app.rapport.testing.ContactBuilder.organisation("Northwind Traders").build());
        ImportPlan plan = preview("Connections.csv");
        assertThat(plan.counts(plan.defaultAccepted()).organisationsToCreate()).isEqualTo(1);
        applyDefaults(plan);
        assertThat(db.relationships().ties(northwind)).hasSize(2);
    }

    @Test
    void aContactWithTheSameEmailIsMergedIntoAndKeepsEverything() {
        long anna = db.repository().insert(person("Anna", "Weber").email("ANNA@weber-partner.example")
                .phone("089 5550101").tag("Golf").notes("Plays golf on Sundays.").build());
        ImportPlan plan = preview("apple-contacts.vcf");
        assertThat(plan.merges()).singleElement().satisfies(m -> {
            assertThat(m.existingId()).isEqualTo(anna);
            assertThat(m.match().found()).contains(
                    new Matcher.Found(Evidence.SAME_EMAIL, "anna@weber-partner.example"));
            assertThat(m.decision()).isEqualTo(Matcher.Decision.MERGE);
        });
        ImportOutcome outcome = applyDefaults(plan);
        assertThat(outcome.merged()).isEqualTo(1);
        assertThat(outcome.added()).isEqualTo(2);
        Contact merged = db.service().find(anna).orElseThrow();
        assertThat(merged.emails()).extracting(Email::address)
                .containsExactly("ANNA@weber-partner.example", "anna.weber@post.example");
        // +49 89 555 0101 is 089 5550101 in Germany: kept once
        assertThat(merged.phones()).extracting(p -> p.number()).containsExactly("089 5550101", "+49 151 5550102");
        assertThat(merged.tags()).containsExactlyInAnyOrder("Golf", "Kunden", "Holiday cards", "Stammtisch");
        assertThat(merged.notes()).isEqualTo("Plays golf on Sundays.");
        assertThat(merged.birthday().month()).isEqualTo(4);
        assertThat(names()).containsExactlyInAnyOrder("Anna Weber", "Peter Weber", "Acme Logistik AG",
                "Weber & Partner");
        assertThat(ties("Anna Weber")).containsExactlyInAnyOrder("FAMILY Peter Weber", "WORKS_AT Weber & Partner");
        // the card's UID is hers now: the same card finds her by it next time, whatever else changed
        assertThat(db.count("SELECT count(*) FROM contact WHERE id = " + anna
                + " AND upper(vcard_uid) = '5A1E6F2C-0001-4D5E-9F00-AAAAAAAAAAAA'")).isEqualTo(1);
        assertThat(preview("apple-contacts.vcf").alreadyThere()).containsValue(anna);
    }

    @Test
    void aRejectedMergeAddsTheRecordAsItsOwnContact() {
        db.repository().insert(person("Anna", "Weber").email("anna@weber-partner.example").build());
        ImportPlan plan = preview("apple-contacts.vcf");
        ImportOutcome outcome = imports.apply(plan, Set.of(), ImportProgress.NONE, () -> false);
        assertThat(outcome.merged()).isZero();
        assertThat(names()).filteredOn("Anna Weber"::equals).hasSize(2);
    }

    @Test
    void importingTheSameFileAgainSkipsWhatIsAlreadyThere() {
        applyDefaults(preview("google-contacts.csv"));
        Map<String, List<String>> before = TableContents.of(db.database());
        ImportPlan again = preview("google-contacts.csv");
        assertThat(again.merges()).isEmpty();
        // records already there as they are make no ties either: theirs were made the first time
        assertThat(again.counts(again.defaultAccepted())).isEqualTo(new ImportCounts(0, 0, 3, 0, 0));
        ImportOutcome outcome = applyDefaults(again);
        assertThat(outcome.skipped()).isEqualTo(3);
        assertThat(TableContents.of(db.database())).isEqualTo(before);
    }

    @Test
    void recordsThatAreTheSamePersonInOneImportBecomeOneContact() {
        ImportPlan plan = preview("google-contacts.csv", "google-contacts.csv");
        assertThat(plan.merges()).hasSize(3).allSatisfy(m -> assertThat(m.intoExisting()).isFalse());
        applyDefaults(plan);
        assertThat(names()).containsExactlyInAnyOrder("Marie Dubois", "Carlos García", "Café Central",
                "Atelier Lumière");
    }

    @Test
    void relatedContactsBecomeTiesByUidInTheFileOrByNameInRapport() {
        db.repository().insert(person("Boris", "Ivanov").build());
        applyDefaults(preview("vcard40.vcf"));
        assertThat(ties("Yuki Sato")).containsExactlyInAnyOrder("COLLEAGUE Hiro Tanaka", "FRIEND Boris Ivanov");
    }

    @Test
    void aRelatedContactFoundNowhereIsAProblemNotATie() {
        ImportPlan plan = preview("vcard40.vcf");
        assertThat(plan.problems()).extracting(p -> p.messageKey() + " " + p.args())
                .contains("import.problem.tieUnknown [Boris Ivanov]");
    }

    @Test
    void nothingReadableIsNothingToImport() throws Exception {
        Path text = dir.resolve("letter.vcf");
        Files.writeString(text, "Dear Anna,\nthanks for the evening.\n", StandardCharsets.UTF_8);
        ImportPlan plan = imports.preview(List.of(text), ImportOptions.AUTO);
        assertThat(plan.isEmpty()).isTrue();
        assertThat(applyDefaults(plan).added()).isZero();
        assertThat(names()).isEmpty();
    }

    @Test
    void importIsAllOrNothingWhenTheWriteFailsHalfWay() throws Exception {
        db.repository().insert(person("Olga", "Ivanova").email("olga@example.ru").build());
        Path big = generated(1_200);
        Map<String, List<String>> before = TableContents.of(db.database());
        ImportPlan plan = imports.preview(List.of(big, Fixtures.file("vcard21-quoted-printable.vcf")), ImportOptions.AUTO);
        assertThat(plan.merges()).hasSize(1);
        for (int failAt : new int[] {1, 3, 501, 1_150, 1_201}) {
            AtomicLong seen = new AtomicLong();
            ImportProgress failing = (done, total) -> {
                seen.set(done);
                if (done == failAt) {
                    throw new IllegalStateException("disk pulled out after " + done + " contacts");
                }
            };
            assertThatThrownBy(() -> imports.apply(plan, plan.defaultAccepted(), failing, () -> false))
                    .isInstanceOf(StorageException.class);
            assertThat(seen.get()).isEqualTo(failAt);
            assertThat(TableContents.of(db.database())).as("after failing at %d", failAt).isEqualTo(before);
        }
        // and the same plan still goes in whole afterwards
        ImportOutcome outcome = applyDefaults(plan);
        assertThat(outcome).isEqualTo(new ImportOutcome(1_201, 1, 0, 41, false));
        assertThat(names()).hasSize(1 + 1_201 + 41);
    }

    @Test
    void cancellingAtAnyPointLeavesTheDatabaseAsItWas() throws Exception {
        Path big = generated(700);
        Map<String, List<String>> before = TableContents.of(db.database());
        ImportPlan plan = imports.preview(List.of(big), ImportOptions.AUTO);
        for (int cancelAt : new int[] {0, 1, 499, 500, 699}) {
            AtomicLong written = new AtomicLong();
            ImportOutcome outcome = imports.apply(plan, plan.defaultAccepted(), (done, total) -> written.set(done),
                    () -> written.get() >= cancelAt);
            assertThat(outcome.cancelled()).isTrue();
            assertThat(TableContents.of(db.database())).as("cancelled at %d", cancelAt).isEqualTo(before);
        }
    }

    @Test
    void aContactChangedSincePreviewStopsTheWholeImport() {
        long anna = db.repository().insert(person("Anna", "Weber").email("anna@weber-partner.example").build());
        ImportPlan plan = preview("apple-contacts.vcf");
        Contact read = db.service().find(anna).orElseThrow();
        // another window saves Anna between the read for the merge and the write
        ImportRepository racing = new ImportRepository() {
            final JdbiImportRepository real = new JdbiImportRepository(db.database(),
                    Clock.fixed(TestDatabase.NOW.plusSeconds(60), ZoneOffset.UTC));

            @Override
            public List<KnownContact> knownContacts() {
                return real.knownContacts();
            }

            @Override
            public Map<Long, Contact> contacts(java.util.Collection<Long> ids) {
                Map<Long, Contact> found = real.contacts(ids);
                new app.rapport.persistence.contacts.JdbiContactRepository(db.database(),
                        Clock.fixed(TestDatabase.NOW.plusSeconds(30), ZoneOffset.UTC)).update(read);
                return found;
            }

            @Override
            public long[] write(ImportBatch batch, ImportProgress progress, java.util.function.BooleanSupplier cancel) {
                return real.write(batch, progress, cancel);
            }
        };
        ImportService racingImports = new ImportService(racing, new ContactRules("DE"), "DE");
        Set<Integer> accepted = new HashSet<>(plan.defaultAccepted());
        assertThatThrownBy(() -> racingImports.apply(plan, accepted, ImportProgress.NONE, () -> false))
                .isInstanceOf(StorageException.class);
        assertThat(names()).containsExactly("Anna Weber");
        assertThat(db.service().find(anna).orElseThrow().emails()).extracting(Email::address)
                .containsExactly("anna@weber-partner.example");
    }

    private Path generated(int people) throws Exception {
        StringBuilder vcf = new StringBuilder();
        for (int i = 0; i < people; i++) {
            vcf.append("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Person").append(i).append(";Test;;;\r\nFN:Test Person").append(i)
                    .append("\r\nEMAIL:test").append(i).append("@example.com\r\nORG:Company ").append(i % 40)
                    .append("\r\nCATEGORIES:imported\r\nEND:VCARD\r\n");
        }
        Path file = dir.resolve("people.vcf");
        Files.writeString(file, vcf, StandardCharsets.UTF_8);
        return file;
    }
}
