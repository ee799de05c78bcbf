package app.rapport.io.importing;

import static app.rapport.io.importing.Fixtures.contact;
import static app.rapport.io.importing.Fixtures.names;
import static app.rapport.io.importing.Fixtures.problems;
import static app.rapport.io.importing.Fixtures.read;
import static app.rapport.io.importing.Fixtures.record;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.Email;
import app.rapport.domain.contacts.Phone;
import app.rapport.domain.contacts.Website;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvImportTest {

    @Test
    void googleCurrentHeadersSplitMultiValuesAndTurnLabelsIntoTags() {
        ReadResult result = read("google-contacts.csv");
        assertThat(result.format()).isEqualTo(FileFormat.GOOGLE_CSV);
        assertThat(names(result)).containsExactly("Marie Dubois", "Carlos García", "Café Central");

        ImportedRecord marieRecord = record(result, "Marie Dubois");
        Contact marie = marieRecord.contact();
        assertThat(marie.emails()).containsExactly(new Email("work", "marie@atelier-lumiere.example"),
                new Email("work", "marie.dubois@mail.example"), new Email("home", "marie@famille-dubois.example"));
        assertThat(marie.phones()).containsExactly(new Phone("mobile", "+33 6 12 34 56 78"),
                new Phone("work", "+33 4 72 00 00 01"));
        assertThat(marie.addresses()).singleElement().satisfies(a -> {
            assertThat(a.street()).isEqualTo("12 rue de la Paix");
            assertThat(a.locality()).isEqualTo("Lyon");
            assertThat(a.postalCode()).isEqualTo("69002");
            assertThat(a.countryCode()).isEqualTo("FR");
            assertThat(a.label()).isEqualTo("work");
        });
        assertThat(marie.websites()).containsExactly(new Website("homepage", "https://atelier-lumiere.example"));
        assertThat(marie.tags()).containsExactly("Clients", "Holiday cards");
        assertThat(marie.title()).isEqualTo("Designer");
        // one kind of line break, whatever the file had (Google writes CRLF inside the cell)
        assertThat(marie.notes()).isEqualTo("Met at the Lyon fair.\nLikes tea.");
        assertThat(marie.birthday().year()).isEqualTo(1988);
        assertThat(marieRecord.employer()).isEqualTo("Atelier Lumière");
        assertThat(marieRecord.at().line()).isEqualTo(2);

        Contact carlos = contact(result, "Carlos García");
        assertThat(carlos.birthday().year()).isNull();
        assertThat(carlos.birthday().month()).isEqualTo(12);
        assertThat(carlos.tags()).isEmpty();
        assertThat(record(result, "Carlos García").at().line()).isEqualTo(6); // Marie's cells span four lines

        // a row with only an organisation's name is the organisation
        Contact cafe = contact(result, "Café Central");
        assertThat(cafe.kind()).isEqualTo(ContactKind.ORGANISATION);
        assertThat(cafe.tags()).containsExactly("Suppliers");
        assertThat(problems(result)).isEmpty();
    }

    @Test
    void googleOlderHeadersAreFoundByNameNotPosition() {
        ReadResult result = read("google-contacts-old.csv");
        assertThat(result.format()).isEqualTo(FileFormat.GOOGLE_CSV);
        Contact ahmet = contact(result, "Ahmet Yılmaz");
        assertThat(ahmet.emails()).containsExactly(new Email("work", "ahmet@yilmaz.example"));
        assertThat(ahmet.phones()).containsExactly(new Phone("mobile", "+90 532 000 00 01"));
        assertThat(ahmet.organisation()).isEqualTo("Yılmaz Tekstil");
        assertThat(ahmet.title()).isEqualTo("Owner");
        assertThat(ahmet.tags()).containsExactly("Istanbul");
        assertThat(contact(result, "Somchai Jaidee").emails()).extracting(Email::address)
                .containsExactly("somchai@jaidee.example", "somchai.j@work.example");
        // Hobby is a column Rapport has no place for: listed once
        assertThat(problems(result)).containsExactly("import.problem.columnsIgnored@0");
        assertThat(result.problems().get(0).args()).containsExactly("Hobby");
    }

    @Test
    void outlookInWindows1252IsDetectedAndItsColumnsMapped() {
        ReadResult result = read("outlook-contacts.csv");
        assertThat(result.format()).isEqualTo(FileFormat.OUTLOOK_CSV);
        assertThat(result.encoding().name()).isEqualTo("windows-1252");
        Contact francois = contact(result, "Mr. François Lefèvre");
        assertThat(francois.organisation()).isEqualTo("Société Générale de Café");
        assertThat(francois.title()).isEqualTo("Acheteur");
        assertThat(francois.phones()).containsExactly(new Phone("work", "+33 4 78 00 00 02"),
                new Phone("mobile", "+33 6 00 00 00 03"));
        assertThat(francois.addresses()).singleElement().satisfies(a -> {
            assertThat(a.label()).isEqualTo("work");
            assertThat(a.street()).isEqualTo("5 place Bellecour");
            assertThat(a.countryCode()).isEqualTo("FR");
        });
        assertThat(francois.tags()).containsExactly("Clients", "Holiday cards");
        assertThat(francois.birthday()).isEqualTo(app.rapport.domain.contacts.Birthday.of(3, 15, 1975));
        assertThat(francois.websites()).extracting(Website::url).containsExactly("www.sgc.example");
        Contact juergen = contact(result, "Jürgen Groß");
        assertThat(juergen.birthday()).isNull();
        assertThat(juergen.addresses().get(0).countryCode()).isEqualTo("DE");
        assertThat(problems(result)).containsExactly("import.problem.columnsIgnored@0");
        assertThat(result.problems().get(0).args()).containsExactly("Department");
    }

    @Test
    void linkedInSkipsTheNotesAboveTheHeaderAndKeepsWhenWeConnected() {
        ReadResult result = read("Connections.csv");
        assertThat(result.format()).isEqualTo(FileFormat.LINKEDIN_CSV);
        assertThat(names(result)).containsExactly("Priya Sharma", "Tom Becker", "Lena Vogel");
        ImportedRecord priya = record(result, "Priya Sharma");
        assertThat(priya.metOn()).isEqualTo(LocalDate.of(2023, 4, 15));
        assertThat(priya.metThrough()).isEqualTo("LinkedIn");
        assertThat(priya.employer()).isEqualTo("Northwind Traders");
        assertThat(priya.contact().title()).isEqualTo("Head of Sales");
        assertThat(priya.contact().websites()).containsExactly(
                new Website("LinkedIn", "https://www.linkedin.com/in/priya-sharma-example"));
        assertThat(priya.at().line()).isEqualTo(5);
        // 31 February does not exist: kept in the notes
        ImportedRecord lena = record(result, "Lena Vogel");
        assertThat(lena.metOn()).isNull();
        assertThat(lena.contact().notes()).isEqualTo("Met on: 31 Feb 2022");
        assertThat(problems(result)).containsExactly("import.problem.metOn@7");
    }

    @Test
    void aGenericCsvIsReadThroughTheCallersColumnMapping() {
        Map<String, CsvField> columns = Map.of("Vorname", CsvField.GIVEN_NAME, "Nachname", CsvField.FAMILY_NAME,
                "E-Mail", CsvField.EMAIL, "Telefon", CsvField.PHONE, "Firma", CsvField.ORGANISATION,
                "Stadt", CsvField.LOCALITY, "Geburtstag", CsvField.BIRTHDAY);
        ReadResult result = read("generic-semicolon.csv", new ImportOptions(null, FileFormat.CSV, columns));
        assertThat(result.format()).isEqualTo(FileFormat.CSV);
        assertThat(result.encoding()).isEqualTo(StandardCharsets.UTF_8);
        Contact klaus = contact(result, "Klaus Schmidt");
        assertThat(klaus.emails()).extracting(Email::address).containsExactly("klaus@schmidt.example");
        assertThat(klaus.phones()).extracting(Phone::number).containsExactly("030 1234567");
        assertThat(klaus.addresses().get(0).locality()).isEqualTo("Berlin");
        assertThat(klaus.birthday()).isEqualTo(app.rapport.domain.contacts.Birthday.of(12, 24, 1960));
        Contact sabine = contact(result, "Sabine Koch");
        assertThat(sabine.emails()).isEmpty();
        assertThat(sabine.notes()).contains("Email: sabine(at)koch.example", "Birthday: 31.02.1985");
        assertThat(problems(result)).containsExactly("import.problem.columnsIgnored@0", "import.problem.email@3",
                "import.problem.birthday@3");
        assertThat(result.problems().get(0).args()).containsExactly("Lieblingsfarbe");
    }

    @Test
    void anUnknownCsvWithoutAMappingAsksForOne() {
        ReadResult result = read("generic-semicolon.csv");
        assertThat(result.records()).isEmpty();
        assertThat(problems(result)).containsExactly("import.problem.unknownCsv@0");
    }

    @Test
    void aTruncatedRowComesInWithWhatItHas() {
        ReadResult result = read("truncated.csv");
        assertThat(names(result)).containsExactly("Ada Lovelace", "Charles Babb");
        assertThat(problems(result)).containsExactly("import.problem.truncated@3");
    }
}
