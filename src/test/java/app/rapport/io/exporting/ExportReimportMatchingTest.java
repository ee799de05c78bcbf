package app.rapport.io.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.Birthday;
import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.ContactQuery;
import app.rapport.domain.contacts.ContactRules;
import app.rapport.domain.contacts.Email;
import app.rapport.domain.contacts.OrgKind;
import app.rapport.domain.contacts.PersonName;
import app.rapport.domain.contacts.Phone;
import app.rapport.domain.contacts.SortField;
import app.rapport.io.importing.ImportOptions;
import app.rapport.persistence.exporting.JdbiExportRepository;
import app.rapport.persistence.importing.JdbiImportRepository;
import app.rapport.service.exporting.ExportSelection;
import app.rapport.service.exporting.ExportService;
import app.rapport.service.importing.ImportOutcome;
import app.rapport.service.importing.ImportPlan;
import app.rapport.service.importing.ImportProgress;
import app.rapport.service.importing.ImportService;
import app.rapport.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rapport's own vCard export, imported again: into an empty database it gives the same contacts with
 * no merge; into the database it came from, every card finds its contact by UID and nothing changes.
 * The contacts are random (seeded) and built to tempt a matcher: couples sharing a landline and a
 * surname, strangers with the same name, people and organisations of the same name, family emails.
 */
class ExportReimportMatchingTest {
    private static final String[] GIVEN = {"John", "Anna", "Kim", "Lee", "Maria", "Boris", "Olga", "Somchai"};
    private static final String[] FAMILY = {"Doe", "Ivanova", "Lee", "Kim", "Müller", "Ivanov", "Smith", "Jaidee"};
    private static final String[] ORGS = {"Northwind", "Contoso", "Fabrikam", "John Doe", "Kim Lee", ""};

    @TempDir
    Path dir;

    static List<Contact> randomContacts(long seed, int count) {
        Random random = new Random(seed);
        List<Contact> contacts = new ArrayList<>();
        for (String org : ORGS) { // where the people work, as an address book holds them
            if (!org.isEmpty()) {
                contacts.add(Contact.newOrganisation(org, OrgKind.COMPANY));
            }
        }
        while (contacts.size() < count) {
            int n = contacts.size();
            int shape = random.nextInt(4);
            if (shape == 0) { // an organisation, often named like a person
                String name = random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] + " "
                        + FAMILY[random.nextInt(FAMILY.length)] : ORGS[random.nextInt(ORGS.length - 1)];
                contacts.add(Contact.newOrganisation(name, OrgKind.COMPANY).withDetails("",
                        random.nextBoolean() ? List.of(new Email("work", "office" + n + "@org" + n + ".example")) : List.of(),
                        List.of(new Phone("work", "+49 30 " + (5550000 + random.nextInt(20)))), List.of(), List.of(),
                        List.of(), "", null));
            } else if (shape == 1) { // a couple: one landline, one surname, the shared family email at times
                String family = FAMILY[random.nextInt(FAMILY.length)];
                String landline = "+49 30 " + (6660000 + random.nextInt(1000));
                String shared = random.nextBoolean() ? "family" + n + "@home.example" : "";
                for (int i = 0; i < 2; i++) {
                    contacts.add(person(random, GIVEN[(random.nextInt(GIVEN.length / 2) * 2 + i) % GIVEN.length], family,
                            shared.isEmpty() ? "p" + n + i + "@mail.example" : shared, landline));
                }
            } else { // anyone, the name drawn from a small pool so strangers share it
                contacts.add(person(random, GIVEN[random.nextInt(GIVEN.length)], FAMILY[random.nextInt(FAMILY.length)],
                        random.nextInt(3) == 0 ? "" : "x" + n + "@" + (random.nextBoolean() ? "gmail.example" : "w" + n + ".example"),
                        random.nextInt(3) == 0 ? "+49 170 " + (1000000 + random.nextInt(50)) : ""));
            }
        }
        return contacts.subList(0, count);
    }

    private static Contact person(Random random, String given, String family, String email, String phone) {
        Contact c = Contact.newPerson(new PersonName("", given, family, "", ""));
        Birthday birthday = random.nextBoolean() ? Birthday.of(1 + random.nextInt(12), 1 + random.nextInt(28),
                random.nextBoolean() ? null : 1940 + random.nextInt(60)) : null;
        return c.withOrganisation(ORGS[random.nextInt(ORGS.length)]).withDetails(random.nextBoolean() ? "Manager" : "",
                email.isEmpty() ? List.of() : List.of(new Email("home", email)),
                phone.isEmpty() ? List.of() : List.of(new Phone("home", phone)), List.of(), List.of(), List.of(), "",
                birthday);
    }

    @Test
    void twoHundredRandomContactsComeBackWithoutAMerge() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            Path file = dir.resolve("export" + seed + ".vcf");
            List<String> before;
            try (TestDatabase source = new TestDatabase(dir.resolve("source" + seed))) {
                for (Contact c : randomContacts(seed, 200)) {
                    source.repository().insert(c);
                }
                new ExportService(source.repository(), new JdbiExportRepository(source.database()), source.outputs())
                        .export(ExportSelection.all(), VCardExport.v4(), file);
                before = describe(source);

                // into the database it came from: every card is its own contact, by UID
                ImportService again = imports(source);
                ImportPlan plan = again.preview(List.of(file), ImportOptions.AUTO);
                assertThat(plan.alreadyThere()).as("seed %d", seed).hasSize(200);
                assertThat(plan.merges()).as("seed %d", seed).isEmpty();
                ImportOutcome outcome = again.apply(plan, plan.defaultAccepted(), ImportProgress.NONE, () -> false);
                assertThat(outcome.added()).isZero();
                assertThat(outcome.merged()).isZero();
                assertThat(describe(source)).isEqualTo(before);
            }
            try (TestDatabase target = new TestDatabase(dir.resolve("target" + seed))) {
                ImportService imports = imports(target);
                ImportPlan plan = imports.preview(List.of(file), ImportOptions.AUTO);
                assertThat(plan.defaultAccepted()).as("seed %d", seed).isEmpty();
                ImportOutcome outcome = imports.apply(plan, plan.defaultAccepted(), ImportProgress.NONE, () -> false);
                assertThat(outcome.merged()).isZero();
                assertThat(describe(target)).as("seed %d", seed).isEqualTo(before);
            }
        }
    }

    /**
     * Contacts as other programs' files gave them, exported and imported again: a card with only an
     * email (Gmail writes cards without N or FN), a note with Windows line breaks (Outlook's vCard 2.1,
     * quoted-printable =0D=0A), an embedded photo (Apple Contacts), a related name under Apple's label
     * typed by hand ("Spouse"). Into their own database every card finds its contact and changes
     * nothing (not even its time of change); into an empty one they are the same contacts.
     */
    @Test
    void contactsReadFromOtherProgramsComeBackUnchanged() throws Exception {
        Path original = dir.resolve("others.vcf");
        Files.writeString(original, String.join("\r\n",
                "BEGIN:VCARD", "VERSION:3.0", "EMAIL;TYPE=INTERNET:only.email@example.com", "END:VCARD",
                "BEGIN:VCARD", "VERSION:2.1", "N:Brown;Carol", "FN:Carol Brown",
                "NOTE;ENCODING=QUOTED-PRINTABLE:First line=0D=0ASecond line", "END:VCARD",
                "BEGIN:VCARD", "VERSION:3.0", "N:Weber;Dieter;;;", "FN:Dieter Weber",
                "PHOTO;ENCODING=b;TYPE=PNG:" + PNG, "item1.X-ABRELATEDNAMES:Erika Weber", "item1.X-ABLabel:Spouse",
                "END:VCARD", ""));
        Path export = dir.resolve("export.vcf");
        List<String> before;
        List<String> changedAt;
        try (TestDatabase source = new TestDatabase(dir.resolve("source"))) {
            ImportService imports = imports(source);
            ImportPlan first = imports.preview(List.of(original), ImportOptions.AUTO);
            assertThat(imports.apply(first, first.defaultAccepted(), ImportProgress.NONE, () -> false).added())
                    .isEqualTo(3);
            new ExportService(source.repository(), new JdbiExportRepository(source.database()), source.outputs())
                    .export(ExportSelection.all(), VCardExport.v4(), export);
            before = describe(source);
            changedAt = changedAt(source);

            ImportPlan again = imports.preview(List.of(export), ImportOptions.AUTO);
            assertThat(again.merges()).isEmpty();
            assertThat(again.alreadyThere()).hasSize(3);
            imports.apply(again, again.defaultAccepted(), ImportProgress.NONE, () -> false);
            assertThat(describe(source)).isEqualTo(before);
            assertThat(changedAt(source)).isEqualTo(changedAt);
        }
        try (TestDatabase empty = new TestDatabase(dir.resolve("empty"))) {
            ImportService imports = imports(empty);
            ImportPlan plan = imports.preview(List.of(export), ImportOptions.AUTO);
            assertThat(plan.merges()).isEmpty();
            imports.apply(plan, plan.defaultAccepted(), ImportProgress.NONE, () -> false);
            assertThat(describe(empty)).isEqualTo(before);
        }
    }

    private static List<String> changedAt(TestDatabase db) {
        return db.database().jdbi().withHandle(h -> h.createQuery("SELECT updated_at FROM contact ORDER BY id")
                .mapTo(String.class).list());
    }

    /** A 2 × 2 red PNG. */
    private static final String PNG =
            "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGM4IScHRAwQCgAfJgQRoo8irwAAAABJRU5ErkJggg==";

    @Test
    void everyExportWritesTheSameUidForAContactAndAProdIdAndRev() throws Exception {
        try (TestDatabase db = new TestDatabase(dir.resolve("db"))) {
            db.repository().insert(Contact.newPerson(new PersonName("", "Anna", "Weber", "", "")));
            ExportService export = new ExportService(db.repository(), new JdbiExportRepository(db.database()), db.outputs());
            export.export(ExportSelection.all(), VCardExport.v4(), dir.resolve("a.vcf"));
            export.export(ExportSelection.all(), VCardExport.v3(), dir.resolve("b.vcf"));
            String a = Files.readString(dir.resolve("a.vcf"));
            String b = Files.readString(dir.resolve("b.vcf"));
            String uid = a.lines().filter(l -> l.startsWith("UID:")).findFirst().orElseThrow();
            assertThat(uid).matches("UID:urn:uuid:[0-9a-f-]{36}");
            assertThat(b).contains(uid);
            assertThat(a).contains("PRODID:" + VCardExport.PRODID).containsPattern("\\r\\nREV:\\d{8}T\\d{6}Z\\r\\n");
        }
    }

    @Test
    void anExportFromAFileOpenedForReadingSaysTheSameUidAndItMatchesTheContactInItsDatabase() throws Exception {
        // the command line exports from a database it opens read-only: nothing can be stored there
        Path folder = dir.resolve("ro");
        try (TestDatabase db = new TestDatabase(folder)) {
            db.repository().insert(Contact.newPerson(new PersonName("", "Anna", "Weber", "", "")));
        }
        Path readOnly = dir.resolve("read-only.vcf");
        try (app.rapport.app.Services s = app.rapport.app.Services.openForReading(folder.resolve("rapport.db"))) {
            s.exports().export(ExportSelection.all(), VCardExport.v4(), readOnly);
        }
        try (TestDatabase db = new TestDatabase(folder)) {
            assertThat(db.count("SELECT count(*) FROM contact WHERE vcard_uid IS NOT NULL")).isZero();
            Path writable = dir.resolve("writable.vcf");
            new ExportService(db.repository(), new JdbiExportRepository(db.database()), db.outputs())
                    .export(ExportSelection.all(), VCardExport.v4(), writable);
            String uid = Files.readString(readOnly).lines().filter(l -> l.startsWith("UID:")).findFirst().orElseThrow();
            assertThat(Files.readString(writable)).contains(uid);
            assertThat(db.count("SELECT count(*) FROM contact WHERE vcard_uid IS NOT NULL")).isEqualTo(1);
            // a phone number added since: the card still finds its contact, by UID, and adds nothing
            db.execute("INSERT INTO contact_phone (contact_id, label, number, position) VALUES (1, 'home', '+49 30 1234567', 0)");
            ImportPlan plan = imports(db).preview(List.of(readOnly), ImportOptions.AUTO);
            assertThat(plan.merges()).isEmpty();
            assertThat(plan.alreadyThere()).containsExactly(java.util.Map.entry(0, 1L));
        }
    }

    private static ImportService imports(TestDatabase db) {
        return new ImportService(new JdbiImportRepository(db.database(), Clock.fixed(TestDatabase.NOW, ZoneOffset.UTC)),
                new ContactRules("DE"), "DE");
    }

    /** Each contact's fields, sorted: the same list is the same contacts. */
    private static List<String> describe(TestDatabase db) {
        return Arrays.stream(db.service().search(new ContactQuery("", null, null, true, SortField.NAME, true)))
                .mapToObj(id -> db.service().find(id).orElseThrow())
                .map(c -> String.join(" | ", c.kind().name(), c.name().toString(), c.organisation(), c.title(),
                        String.valueOf(c.birthday()), c.emails().toString(), c.phones().toString(), c.notes(),
                        c.extras().toString()))
                .sorted().toList();
    }
}
