package app.rapport.io.exporting;

import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactQuery;
import app.rapport.domain.contacts.ContactRules;
import app.rapport.domain.contacts.Email;
import app.rapport.domain.contacts.PersonName;
import app.rapport.domain.contacts.Phone;
import app.rapport.domain.contacts.PostalAddress;
import app.rapport.domain.contacts.Website;
import app.rapport.io.importing.ImportOptions;
import app.rapport.persistence.exporting.JdbiExportRepository;
import app.rapport.persistence.importing.JdbiImportRepository;
import app.rapport.service.exporting.ExportSelection;
import app.rapport.service.exporting.ExportService;
import app.rapport.service.importing.ImportPlan;
import app.rapport.service.importing.ImportProgress;
import app.rapport.service.importing.ImportService;
import app.rapport.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What Rapport exports, Rapport imports back with the same fields. */
class ExportRoundTripTest {
    @TempDir
    Path dir;

    private static List<Contact> contacts() {
        Contact anna = new Contact(0, app.rapport.domain.contacts.ContactKind.PERSON,
                new PersonName("Dr.", "Anna Maria", "Müller-Lüdenscheidt", "PhD", "Anni"), "Acme GmbH", "Einkäuferin",
                null, app.rapport.domain.contacts.Birthday.of(4, 15, null),
                List.of(new Email("work", "anna@acme.example"), new Email("Rechnung", "rechnung@acme.example")),
                List.of(new Phone("mobile", "+49 170 1234567"), new Phone("work fax", "+49 30 1234599")),
                List.of(new PostalAddress("work", "Hauptstraße 5\nHinterhaus", "Berlin", "Berlin", "10115", "DE", false),
                        new PostalAddress("home", "Gartenweg 1", "Potsdam", "", "14467", "DE", true)),
                List.of(new Website("homepage", "https://anna.example")), List.of("client", "Holiday cards", "Berlin"),
                "Met at the Leipzig fair.\nPrefers calls; never before 10:00, \"please\".", false, null, null);
        Contact somchai = person("สมชาย", "ใจดี").email("somchai@example.co.th").birthday(12, 5, 1975).build();
        Contact acme = organisation("Acme GmbH").email("info@acme.example").website("https://acme.example")
                .tag("supplier").notes("Ships on Tuesdays.").build();
        Contact olga = person("Ольга", "Иванова").phone("+7 495 123-45-67").address("Тверская 1", "125009", "Москва", "RU")
                .build();
        return List.of(anna, somchai, acme, olga);
    }

    private static String describe(Contact c) {
        return String.join(" | ", c.kind().name(), c.name().toString(), c.organisation(), c.title(),
                String.valueOf(c.birthday()), c.emails().toString(), c.phones().toString(), c.addresses().toString(),
                c.websites().toString(), c.tags().stream().sorted().toList().toString(), c.notes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"vcard4", "vcard3", "csv"})
    void whatIsExportedComesBackWithTheSameFields(String format) throws Exception {
        ContactExporter exporter = switch (format) {
            case "vcard4" -> VCardExport.v4();
            case "vcard3" -> VCardExport.v3();
            default -> new CsvExport();
        };
        Path file = dir.resolve("export." + exporter.extension());
        Map<String, String> before;
        try (TestDatabase source = new TestDatabase(dir.resolve("source"))) {
            for (Contact c : contacts()) {
                source.repository().insert(c);
            }
            ExportService export = new ExportService(source.repository(), new JdbiExportRepository(source.database()), source.outputs());
            assertThat(export.export(ExportSelection.all(), exporter, file)).isEqualTo(4);
            before = all(source);
        }
        try (TestDatabase target = new TestDatabase(dir.resolve("target"))) {
            ImportService imports = new ImportService(new JdbiImportRepository(target.database(),
                    Clock.fixed(TestDatabase.NOW, ZoneOffset.UTC)), new ContactRules("DE"), "DE");
            ImportPlan plan = imports.preview(List.of(file), ImportOptions.AUTO);
            assertThat(plan.problems()).isEmpty();
            imports.apply(plan, plan.defaultAccepted(), ImportProgress.NONE, () -> false);
            assertThat(all(target)).isEqualTo(before);
            // Anna works at Acme: the organisation of the file, not a second one
            long annaId = target.service().search(ContactQuery.text("Lüdenscheidt"))[0];
            assertThat(target.relationships().ties(annaId)).extracting(t -> t.type() + " " + t.otherName())
                    .containsExactly("WORKS_AT Acme GmbH");
        }
    }

    @Test
    void aTagOrAListOfIdsExportsOnlyThose() throws Exception {
        try (TestDatabase db = new TestDatabase(dir)) {
            long[] ids = contacts().stream().mapToLong(c -> db.repository().insert(c)).toArray();
            ExportService export = new ExportService(db.repository(), new JdbiExportRepository(db.database()), db.outputs());
            assertThat(export.contacts(ExportSelection.tag("supplier"))).extracting(Contact::displayName)
                    .containsExactly("Acme GmbH");
            assertThat(export.contacts(ExportSelection.ids(ids[3], ids[1]))).extracting(Contact::id)
                    .containsExactly(ids[3], ids[1]);
            Path file = dir.resolve("suppliers.vcf");
            export.export(ExportSelection.tag("supplier"), VCardExport.v4(), file);
            assertThat(Files.readString(file)).startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\nPRODID:" + VCardExport.PRODID + "\r\nKIND:org\r\n")
                    .contains("CATEGORIES:supplier").doesNotContain("Müller");
        }
    }

    private static Map<String, String> all(TestDatabase db) {
        return db.service().search(new ContactQuery("", null, null, true, app.rapport.domain.contacts.SortField.NAME, true))
                .length == 0 ? Map.of() : java.util.Arrays.stream(db.service().search(
                        new ContactQuery("", null, null, true, app.rapport.domain.contacts.SortField.NAME, true)))
                .mapToObj(id -> db.service().find(id).orElseThrow())
                .collect(Collectors.toMap(Contact::displayName, ExportRoundTripTest::describe));
    }
}
