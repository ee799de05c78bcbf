package app.rapport.service.importing;

import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactQuery;
import app.rapport.domain.contacts.ContactRules;
import app.rapport.domain.contacts.Email;
import app.rapport.domain.contacts.SortField;
import app.rapport.io.importing.ImportOptions;
import app.rapport.persistence.importing.JdbiImportRepository;
import app.rapport.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Matching on import: evidence and a score, not a first key that happens to agree. Each case is one
 * that merged different people before (a re-import of a 5,000-person address book lost 393 of them).
 */
class ImportMatchingTest {
    @TempDir
    Path dir;
    TestDatabase db;
    ImportService imports;

    @BeforeEach
    void open() {
        db = new TestDatabase(dir.resolve("db"));
        imports = new ImportService(new JdbiImportRepository(db.database(), Clock.fixed(TestDatabase.NOW, ZoneOffset.UTC)),
                new ContactRules("DE"), "DE");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path vcf(String name, String... cards) throws Exception {
        StringBuilder text = new StringBuilder();
        for (String card : cards) {
            text.append("BEGIN:VCARD\r\nVERSION:3.0\r\n").append(card.strip().replace("\n", "\r\n"))
                    .append("\r\nEND:VCARD\r\n");
        }
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private ImportPlan preview(Path file) {
        return imports.preview(List.of(file), ImportOptions.AUTO);
    }

    private ImportOutcome applyDefaults(ImportPlan plan) {
        return imports.apply(plan, plan.defaultAccepted(), ImportProgress.NONE, () -> false);
    }

    private List<Contact> all() {
        return Arrays.stream(db.service().search(new ContactQuery("", null, null, true, SortField.NAME, true)))
                .mapToObj(id -> db.service().find(id).orElseThrow()).toList();
    }

    @Test
    void numbersWithoutACountryCodeAreMatchedInTheHomeCountryChosenForTheImport() throws Exception {
        // a Swiss landline kept in international form; the card from a Swiss phone writes it nationally
        db.repository().insert(person("Urs", "Meier").phone("+41 44 668 18 00").build());
        ImportService usDefault = new ImportService(new JdbiImportRepository(db.database(),
                Clock.fixed(TestDatabase.NOW, ZoneOffset.UTC)), new ContactRules("US"), "US");
        Path file = vcf("swiss.vcf", """
                N:Meier;Urs;;;
                FN:Urs Meier
                TEL;TYPE=WORK:044 668 18 00
                """);
        ImportPlan plan = usDefault.preview(List.of(file), ImportOptions.AUTO.withHomeCountry("CH"));
        assertThat(plan.merges()).hasSize(1);
        Matcher.Match match = plan.merges().get(0).match();
        assertThat(match.has(Evidence.SAME_PHONE)).as("the same number once read in Switzerland").isTrue();
        assertThat(match.has(Evidence.SAME_NAME)).isTrue();
    }

    @Test
    void aCoupleSharingALandlineStayTwoPeopleEachWithTheirOwnEmailAndBirthday() throws Exception {
        // a family address book: both partners list the home landline
        Path file = vcf("family.vcf", """
                N:Ivanov;Boris;;;
                FN:Boris Ivanov
                TEL;TYPE=HOME:+7 495 123-45-67
                EMAIL:boris@ivanov.example
                BDAY:1970-03-14
                """, """
                N:Ivanova;Anna;;;
                FN:Anna Ivanova
                TEL;TYPE=HOME:+7 (495) 123 45 67
                EMAIL:anna@ivanova.example
                BDAY:1972-08-30
                """);
        ImportPlan plan = preview(file);
        assertThat(plan.merges()).isEmpty();
        assertThat(applyDefaults(plan).added()).isEqualTo(2);
        Contact anna = all().stream().filter(c -> c.name().given().equals("Anna")).findFirst().orElseThrow();
        assertThat(anna.emails()).extracting(Email::address).containsExactly("anna@ivanova.example");
        assertThat(anna.birthday().year()).isEqualTo(1972);
    }

    @Test
    void aSharedPhoneWithAContactInRapportIsNotEnoughEither() throws Exception {
        db.repository().insert(person("Boris", "Ivanov").phone("+7 495 123-45-67").build());
        ImportPlan plan = preview(vcf("anna.vcf", """
                N:Ivanova;Anna;;;
                FN:Anna Ivanova
                TEL:+7 495 123-45-67
                """));
        assertThat(plan.merges()).isEmpty();
        applyDefaults(plan);
        assertThat(all()).hasSize(2);
    }

    @Test
    void twelveJohnDoesAndABareJohnDoeAreNeverMergedIntoOne() throws Exception {
        // a sales team's shared export: a common name, different people (10 emails, 3 employers,
        // conflicting birthdays), and one card with nothing but the name
        List<String> cards = new ArrayList<>();
        String[] employers = {"Northwind", "Contoso", "Fabrikam"};
        for (int i = 0; i < 12; i++) {
            StringBuilder card = new StringBuilder("N:Doe;John;;;\nFN:John Doe\n");
            if (i < 10) {
                card.append("EMAIL:john").append(i).append("@company").append(i).append(".example\n");
            }
            card.append("ORG:").append(employers[i % 3]).append('\n');
            card.append("BDAY:19").append(60 + i).append("-0").append(1 + i % 9).append("-1").append(i % 10).append('\n');
            cards.add(card.toString());
        }
        cards.add("N:Doe;John;;;\nFN:John Doe\n");
        ImportPlan plan = preview(vcf("team.vcf", cards.toArray(String[]::new)));
        assertThat(plan.merges()).allSatisfy(m -> assertThat(m.decision()).isEqualTo(Matcher.Decision.POSSIBLE));
        assertThat(plan.defaultAccepted()).isEmpty();
        applyDefaults(plan);
        assertThat(all()).filteredOn(c -> c.isPerson()).hasSize(13);
    }

    @Test
    void aBareJohnDoeAgainstTwelveInRapportIsAtMostAPossibleDuplicate() throws Exception {
        for (int i = 0; i < 12; i++) {
            db.repository().insert(person("John", "Doe").email("john" + i + "@company" + i + ".example")
                    .birthday(1 + i % 12, 10, 1960 + i).build());
        }
        ImportPlan plan = preview(vcf("one.vcf", "N:Doe;John;;;\nFN:John Doe\n"));
        assertThat(plan.merges()).singleElement().satisfies(m -> {
            assertThat(m.decision()).isEqualTo(Matcher.Decision.POSSIBLE);
            assertThat(m.acceptedByDefault()).isFalse();
            assertThat(m.match().found()).extracting(Matcher.Found::evidence).containsExactly(Evidence.SAME_NAME);
        });
        assertThat(plan.alreadyThere()).isEmpty();
        applyDefaults(plan);
        assertThat(all()).hasSize(13);
    }

    @Test
    void kimLeeIsNotLeeKim() throws Exception {
        // the given and family names are fields, not a bag of words
        db.repository().insert(person("Kim", "Lee").build());
        ImportPlan plan = preview(vcf("lee.vcf", "N:Kim;Lee;;;\nFN:Lee Kim\n"));
        assertThat(plan.merges()).isEmpty();
        applyDefaults(plan);
        assertThat(all()).extracting(Contact::displayName).containsExactlyInAnyOrder("Kim Lee", "Lee Kim");
    }

    @Test
    void aPersonNeverMergesWithAnOrganisationOfTheSameName() throws Exception {
        // a sole trader: the business card and the person's card share name and email
        db.repository().insert(organisation("Jordan Taylor").email("hello@jordantaylor.example").build());
        ImportPlan plan = preview(vcf("jordan.vcf", """
                N:Taylor;Jordan;;;
                FN:Jordan Taylor
                EMAIL:hello@jordantaylor.example
                """));
        assertThat(plan.merges()).isEmpty();
        applyDefaults(plan);
        assertThat(all()).extracting(Contact::kind).containsExactlyInAnyOrder(
                app.rapport.domain.contacts.ContactKind.PERSON, app.rapport.domain.contacts.ContactKind.ORGANISATION);
    }

    @Test
    void theSameEmailIsStrongEvidenceAndTheMergeKeepsTheConflictingTitleOrganisationAndBirthday() throws Exception {
        long anna = db.repository().insert(person("Anna", "Weber").email("anna@weber.example")
                .worksAt("Weber & Partner", "Partner").birthday(5, 2, 1980).build());
        ImportPlan plan = preview(vcf("work.vcf", """
                N:Weber;Anna;;;
                FN:Anna Weber
                EMAIL:ANNA@Weber.example
                ORG:Contoso
                TITLE:CFO
                BDAY:1980-05-02
                """));
        assertThat(plan.merges()).singleElement().satisfies(m -> {
            assertThat(m.existingId()).isEqualTo(anna);
            assertThat(m.decision()).isEqualTo(Matcher.Decision.MERGE);
            assertThat(m.match().found()).contains(new Matcher.Found(Evidence.SAME_EMAIL, "anna@weber.example"));
            assertThat(m.kept()).extracting(k -> k.field() + " " + k.value())
                    .containsExactly("TITLE CFO", "ORGANISATION Contoso");
        });
        assertThat(applyDefaults(plan).merged()).isEqualTo(1);
        Contact merged = db.service().find(anna).orElseThrow();
        assertThat(merged.title()).isEqualTo("Partner");
        assertThat(merged.organisation()).isEqualTo("Weber & Partner");
        assertThat(merged.notes()).contains("CFO").contains("Contoso");
    }

    @Test
    void theSameUidIsStrongEvidenceAndIsKeptForTheNextImport() throws Exception {
        // a CardDAV export: the card keeps its UID while its phone and email change
        ImportPlan first = preview(vcf("dav1.vcf", """
                UID:urn:uuid:6f2a4a1e-3b7c-4c1a-9d55-1c2e3f4a5b6c
                N:Novak;Petra;;;
                FN:Petra Novak
                EMAIL:petra@old.example
                """));
        applyDefaults(first);
        assertThat(db.count("SELECT count(*) FROM contact WHERE vcard_uid = '6f2a4a1e-3b7c-4c1a-9d55-1c2e3f4a5b6c'"))
                .isEqualTo(1);
        ImportPlan second = preview(vcf("dav2.vcf", """
                UID:urn:uuid:6F2A4A1E-3B7C-4C1A-9D55-1C2E3F4A5B6C
                N:Novak;Petra;;;
                FN:Petra Novak
                EMAIL:petra@new.example
                """));
        assertThat(second.merges()).singleElement().satisfies(m -> {
            assertThat(m.decision()).isEqualTo(Matcher.Decision.MERGE);
            assertThat(m.match().has(Evidence.SAME_UID)).isTrue();
        });
        applyDefaults(second);
        assertThat(all()).singleElement().satisfies(c -> assertThat(c.emails()).extracting(Email::address)
                .containsExactly("petra@old.example", "petra@new.example"));
    }

    @Test
    void aTickedPossibleDuplicateIsMergedAndAnUntickedOneAdded() throws Exception {
        long lena = db.repository().insert(person("Lena", "Fischer").phone("030 1234567").build());
        ImportPlan plan = preview(vcf("lena.vcf", """
                N:Fischer;Lena;;;
                FN:Lena Fischer
                TEL:+49 30 1234567
                EMAIL:lena@fischer.example
                """));
        ProposedMerge m = plan.merges().get(0);
        assertThat(m.decision()).isEqualTo(Matcher.Decision.POSSIBLE);
        assertThat(m.match().score()).isEqualTo(Evidence.SAME_NAME.weight() + Evidence.SAME_PHONE.weight());
        imports.apply(plan, java.util.Set.of(m.id()), ImportProgress.NONE, () -> false);
        assertThat(all()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(lena);
            assertThat(c.emails()).extracting(Email::address).containsExactly("lena@fischer.example");
        });
    }
}
