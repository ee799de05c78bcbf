package app.rapport.io.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactQuery;
import app.rapport.domain.contacts.ContactRules;
import app.rapport.domain.contacts.SortField;
import app.rapport.io.importing.Fixtures;
import app.rapport.io.importing.ImportOptions;
import app.rapport.persistence.exporting.JdbiExportRepository;
import app.rapport.persistence.importing.JdbiImportRepository;
import app.rapport.service.exporting.ExportSelection;
import app.rapport.service.exporting.ExportService;
import app.rapport.service.importing.ImportPlan;
import app.rapport.service.importing.ImportProgress;
import app.rapport.service.importing.ImportService;
import app.rapport.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nicknames, department, phone extensions, label-only addresses, anniversary, gender, profiles, related
 * names and photos survive import → database → export → import, in vCard 4.0 and 3.0.
 */
class FieldsRoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"vcard4", "vcard3"})
    void fieldsAndPhotosComeBackFromRapportsOwnExport(String format) throws Exception {
        VCardExport exporter = format.equals("vcard4") ? VCardExport.v4() : VCardExport.v3();
        Path file = dir.resolve("export.vcf");
        Map<String, String> before;
        try (TestDatabase source = new TestDatabase(dir.resolve("source"))) {
            importInto(source, List.of(Fixtures.file("fields-vcard40.vcf"), Fixtures.file("fields-apple.vcf")));
            before = all(source);
            // what the files held is in the database, photo included (scaled down to a JPEG when large)
            assertThat(before.get("Alexandra Petrova")).contains("Alex", "Forschung", "ext. 42", "Dorfkirchen",
                    "anniversary=Birthday[month=6, day=12, year=2010]", "F;woman", "xmpp:sasha@jabber.example",
                    "Boris Petrov", "image/jpeg");
            assertThat(before.get("Jan Kowalski")).contains("Sprzedaż", "https://twitter.com/janek", "Maria Kowalska",
                    "image/png");
            ExportService export = new ExportService(source.repository(), new JdbiExportRepository(source.database()),
                    source.outputs());
            // three people and the two employers their ORG names
            assertThat(export.export(ExportSelection.all(), exporter, file)).isEqualTo(5);
            java.nio.file.Files.copy(file, Path.of("target", "fields-export-" + format + ".vcf"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (TestDatabase target = new TestDatabase(dir.resolve("target"))) {
            importInto(target, List.of(file));
            assertThat(all(target)).isEqualTo(before);
        }
    }

    /** The same card again with another photo (a phone's newer export) merges in and keeps the first photo. */
    @org.junit.jupiter.api.Test
    void aMergedCardKeepsThePhotoTheContactHasAndGainsItsOtherFields() throws Exception {
        Path again = dir.resolve("again.vcf");
        String card = java.nio.file.Files.readString(Fixtures.file("fields-apple.vcf"));
        // the 64 × 64 picture swapped for the 640 × 96 one of the other fixture, and one nickname more
        String other = java.nio.file.Files.readString(Fixtures.file("fields-vcard40.vcf"));
        String bigPhoto = other.substring(other.indexOf("PHOTO:data:image/png;base64,") + 28, other.indexOf("\r\nEND:VCARD"))
                .replace("\r\n ", "");
        String changed = card.substring(0, card.indexOf("PHOTO;")) + "PHOTO;ENCODING=b;TYPE=PNG:" + bigPhoto
                + "\r\nEND:VCARD\r\n";
        java.nio.file.Files.writeString(again, changed.replace("NICKNAME:Janek", "NICKNAME:Janek,Jaś"));
        try (TestDatabase db = new TestDatabase(dir.resolve("merge"))) {
            importInto(db, List.of(Fixtures.file("fields-apple.vcf")));
            String before = all(db).get("Jan Kowalski");
            importInto(db, List.of(again));
            String after = all(db).get("Jan Kowalski");
            assertThat(before).contains("nicknames=[]", "image/png");
            assertThat(after).contains("nicknames=[Jaś]");
            // the photo is the one Jan had
            assertThat(after.substring(after.lastIndexOf(" | "))).isEqualTo(before.substring(before.lastIndexOf(" | ")));
        }
    }

    private static void importInto(TestDatabase db, List<Path> files) {
        ImportService imports = new ImportService(new JdbiImportRepository(db.database(),
                Clock.fixed(TestDatabase.NOW, ZoneOffset.UTC)), new ContactRules("DE"), "DE");
        ImportPlan plan = imports.preview(files, ImportOptions.AUTO);
        imports.apply(plan, plan.defaultAccepted(), ImportProgress.NONE, () -> false);
    }

    /** Each contact as text, its photo by media type and a hash of its bytes (the thumbnail is made anew). */
    private static Map<String, String> all(TestDatabase db) {
        long[] ids = db.service().search(new ContactQuery("", null, null, true, SortField.NAME, true));
        return Arrays.stream(ids).mapToObj(id -> db.service().find(id).orElseThrow())
                .collect(Collectors.toMap(Contact::displayName, c -> String.join(" | ", c.name().toString(),
                        c.organisation(), c.phones().toString(), c.addresses().toString(), c.notes(),
                        c.extras().toString(), c.extras().photo() == null ? "no photo"
                                : c.extras().photo().mime() + " " + Arrays.hashCode(c.extras().photo().bytes()))));
    }
}
