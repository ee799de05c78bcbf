package app.rapport.scenarios;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.testing.ContactsPage;
import app.rapport.testing.FxWait;
import app.rapport.testing.ImportPage;
import app.rapport.testing.WindowScenario;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Files as other programs write them, imported in the window: Thunderbird's CSV read fully, and a file
 * whose encoding the detector is not sure of, which the preview says and the user settles.
 */
class ImportFilesScenarios extends WindowScenario {
    private static final String THUNDERBIRD_HEADER = "First Name,Last Name,Display Name,Nickname,Primary Email,"
            + "Secondary Email,Screen Name,Work Phone,Home Phone,Fax Number,Pager Number,Mobile Number,Home Address,"
            + "Home Address 2,Home City,Home State,Home ZipCode,Home Country,Work Address,Work Address 2,Work City,"
            + "Work State,Work ZipCode,Work Country,Job Title,Department,Organization,Web Page 1,Web Page 2,Birth Year,"
            + "Birth Month,Birth Day,Custom 1,Custom 2,Custom 3,Custom 4,Notes,";

    @Test
    void thunderbirdsCsvAndAFileOfUncertainEncodingArePreviewedSettledAndImported() throws Exception {
        // Thunderbird's "Export… as Comma Separated": a person, and an organisation with only its name and number
        Path thunderbird = dir.resolve("thunderbird.csv");
        Files.writeString(thunderbird, THUNDERBIRD_HEADER + "\r\n"
                + "Anna,Weber,Anna Weber,,anna@weber.example,anna.weber@work.example,,,,,,+49 171 2345678,"
                + "Lindenstraße 5,,Köln,,50667,Germany,,,,,,,Engineer,,Acme GmbH,,,1980,02,13,,,,,,\r\n"
                + ",,Stadtwerke Köln,,,,,+49 221 1780,,,,,,,,,,,,,,,,,,,Stadtwerke Köln,,,,,,,,,,,\r\n",
                StandardCharsets.UTF_8);
        // two lines saved by Excel in Windows-1252: too little text for the detector to be sure
        Path outlook = dir.resolve("outlook.csv");
        Files.writeString(outlook, "First Name,Last Name,E-mail Address\r\nJosé,Müller,jose@example.com\r\n",
                Charset.forName("windows-1252"));

        open(s -> s.contactRepository().insert(person("Priya", "Sharma").email("priya@northwind.example").build()));
        ContactsPage contacts = new ContactsPage(this).waitForRows(1);
        ImportPage importing = new ImportPage(this).open();
        answerFilePromptChoosing(thunderbird, outlook);
        importing.choose();
        assertThat(importing.waitForCounts())
                .isEqualTo("To add: 3 \u00b7 to merge: 0 \u00b7 to skip: 0 \u00b7 organisations to create: 1");
        assertThat(importing.problems()).containsExactly("outlook.csv: Rapport is not sure which encoding this file"
                + " is in and read it as windows-1252. If letters in the names look wrong, choose the right one under"
                + " Encoding above.");

        // the user says which encoding it is: the preview reads it again, sure now
        clickOn("#encodingBox");
        clickOn("windows-1252");
        FxWait.until(() -> importing.problems().isEmpty() && !importing.status().startsWith("Reading"));
        assertThat(importing.waitForCounts())
                .isEqualTo("To add: 3 \u00b7 to merge: 0 \u00b7 to skip: 0 \u00b7 organisations to create: 1");

        assertThat(importing.importAndWait()).isEqualTo("Done: 3 added, 0 merged, 0 skipped, 1 organisation created.");
        importing.close();
        contacts.waitForRows(5);

        assertThat(column("SELECT display_name FROM contact WHERE kind = 'PERSON' ORDER BY display_name"))
                .containsExactly("Anna Weber", "José Müller", "Priya Sharma");
        // the organisation row is an organisation, not a person named by its number; Anna's employer is made
        assertThat(column("SELECT display_name FROM contact WHERE kind = 'ORGANISATION' ORDER BY display_name"))
                .containsExactly("Acme GmbH", "Stadtwerke Köln");
        assertThat(column("SELECT e.address FROM contact_email e JOIN contact c ON c.id = e.contact_id"
                + " WHERE c.given_name = 'Anna' ORDER BY e.position"))
                .containsExactly("anna@weber.example", "anna.weber@work.example");
        assertThat(column("SELECT p.label || ' ' || p.number FROM contact_phone p JOIN contact c ON c.id = p.contact_id"
                + " WHERE c.given_name = 'Anna'")).containsExactly("mobile +49 171 2345678");
        assertThat(column("SELECT a.street || ', ' || a.postal_code || ' ' || a.locality FROM contact_address a"
                + " JOIN contact c ON c.id = a.contact_id WHERE c.given_name = 'Anna'"))
                .containsExactly("Lindenstraße 5, 50667 Köln");
        assertThat(column("SELECT birthday_year || '-' || birthday_month || '-' || birthday_day FROM contact"
                + " WHERE given_name = 'Anna'")).containsExactly("1980-2-13");
        assertThat(column("SELECT p.number FROM contact_phone p JOIN contact c ON c.id = p.contact_id"
                + " WHERE c.display_name = 'Stadtwerke Köln'")).containsExactly("+49 221 1780");
    }

    @Test
    void aFrenchThunderbirdFileSavedWithSemicolonsIsImportedWithHomeAndWorkCitiesInTheirPlaces() throws Exception {
        // French Thunderbird's export, saved again by Excel in France: semicolons; "Ville" names both cities
        Path french = app.rapport.io.importing.Fixtures.file("thunderbird-fr-excel-semicolon.csv");

        open(s -> s.contactRepository().insert(person("Priya", "Sharma").email("priya@northwind.example").build()));
        ContactsPage contacts = new ContactsPage(this).waitForRows(1);
        ImportPage importing = new ImportPage(this).open();
        answerFilePromptChoosing(french);
        importing.choose();
        assertThat(importing.waitForCounts())
                .isEqualTo("To add: 3 \u00b7 to merge: 0 \u00b7 to skip: 0 \u00b7 organisations to create: 1");
        assertThat(importing.problems())
                .containsExactly("thunderbird-fr-excel-semicolon.csv: These columns are not imported: Service.");

        assertThat(importing.importAndWait()).isEqualTo("Done: 3 added, 0 merged, 0 skipped, 1 organisation created.");
        importing.close();
        contacts.waitForRows(5);

        assertThat(column("SELECT display_name FROM contact WHERE kind = 'ORGANISATION' ORDER BY display_name"))
                .containsExactly("Acme France", "Boulangerie Dupont");
        assertThat(column("SELECT a.label || ': ' || a.street || ', ' || a.postal_code || ' ' || a.locality || ' '"
                + " || a.country_code FROM contact_address a JOIN contact c ON c.id = a.contact_id"
                + " WHERE c.given_name = 'Camille' ORDER BY a.label"))
                .containsExactly("home: 12 rue des Lilas, 69002 Lyon FR", "work: 5 avenue Einstein, 69100 Villeurbanne FR");
        assertThat(column("SELECT p.label || ' ' || p.number FROM contact_phone p JOIN contact c ON c.id = p.contact_id"
                + " WHERE c.given_name = 'Camille' ORDER BY p.label"))
                .containsExactly("mobile +33 6 12 34 56 78", "work +33 4 72 00 00 01");
        assertThat(column("SELECT birthday_year || '-' || birthday_month || '-' || birthday_day FROM contact"
                + " WHERE given_name = 'Camille'")).containsExactly("1985-3-14");
    }
}
