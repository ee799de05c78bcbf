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
import app.rapport.domain.ties.TieType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VCardImportTest {

    @Test
    void version21DecodesQuotedPrintableInEachPropertysCharsetAndUnfoldsLines() {
        ReadResult result = read("vcard21-quoted-printable.vcf");
        assertThat(result.format()).isEqualTo(FileFormat.VCARD);
        Contact juergen = contact(result, "Dr. Jürgen Müller");
        assertThat(juergen.name().given()).isEqualTo("Jürgen");
        assertThat(juergen.organisation()).isEqualTo("Großhandel Süd GmbH");
        assertThat(juergen.phones()).containsExactly(new Phone("mobile", "+49 170 1234567"),
                new Phone("work fax", "+49 30 1234599"));
        assertThat(juergen.addresses()).singleElement().satisfies(a -> {
            assertThat(a.street()).isEqualTo("Hauptstraße 5");
            assertThat(a.countryCode()).isEqualTo("DE");
            assertThat(a.mailing()).isTrue();
        });
        assertThat(juergen.notes()).isEqualTo("Erste Zeile\nZweite Zeile mit äöü"); // CRLF in the file: one kind of line break kept
        assertThat(juergen.birthday().year()).isEqualTo(1971);
        assertThat(record(result, "Dr. Jürgen Müller").at().line()).isEqualTo(1);

        Contact olga = contact(result, "Olga Ivanova");
        assertThat(olga.emails()).extracting(Email::address).containsExactly("olga@example.ru");
        assertThat(olga.notes()).isEqualTo("This note is folded across two lines");
        assertThat(record(result, "Olga Ivanova").at().line()).isEqualTo(15);
    }

    @Test
    void appleLabelsBirthdaysWithoutAYearAndGroupsComeInAsLabelsDatesAndTags() {
        ReadResult result = read("apple-contacts.vcf");
        assertThat(names(result)).containsExactly("Anna Weber", "Peter Weber", "Acme Logistik AG");
        ImportedRecord annaRecord = record(result, "Anna Weber");
        Contact anna = annaRecord.contact();
        assertThat(anna.emails()).containsExactly(new Email("other", "anna@weber-partner.example"),
                new Email("Rechnung", "anna.weber@post.example"));
        assertThat(anna.phones()).containsExactly(new Phone("Büro", "+49 89 555 0101"),
                new Phone("mobile", "+49 151 5550102"));
        assertThat(anna.birthday().month()).isEqualTo(4);
        assertThat(anna.birthday().day()).isEqualTo(15);
        assertThat(anna.birthday().year()).isNull();
        assertThat(anna.tags()).containsExactly("Kunden", "Holiday cards", "Stammtisch");
        assertThat(anna.addresses().get(0).countryCode()).isEqualTo("DE");
        assertThat(annaRecord.employer()).isEqualTo("Weber & Partner");
        assertThat(annaRecord.ties()).containsExactly(new ImportedTie(TieType.FAMILY, "Peter Weber", ""));

        Contact peter = contact(result, "Peter Weber");
        assertThat(peter.birthday().year()).isNull();
        assertThat(peter.birthday().month()).isEqualTo(9);
        assertThat(peter.tags()).containsExactly("Stammtisch");

        Contact acme = contact(result, "Acme Logistik AG");
        assertThat(acme.kind()).isEqualTo(ContactKind.ORGANISATION);
        assertThat(acme.websites()).extracting(w -> w.url()).containsExactly("https://acme-logistik.example");

        // this photo's picture is cut short: it is left out with a word, the contact is kept
        assertThat(problems(result)).containsExactly("import.problem.photoUnreadable@1");
        assertThat(anna.extras().photo()).isNull();
    }

    @Test
    void version40KindOrgYearlessBirthdaysAndRelatedByUidOrName() {
        ReadResult result = read("vcard40.vcf");
        Contact verlag = contact(result, "Nordlicht Verlag");
        assertThat(verlag.kind()).isEqualTo(ContactKind.ORGANISATION);
        assertThat(verlag.emails()).containsExactly(new Email("work", "kontakt@nordlicht.example"));

        ImportedRecord yuki = record(result, "Yuki Sato");
        assertThat(yuki.contact().birthday().monthDay()).hasToString("--04-15");
        assertThat(yuki.contact().birthday().year()).isNull();
        assertThat(yuki.contact().phones()).containsExactly(new Phone("mobile", "+81-90-1234-5678"));
        assertThat(yuki.contact().tags()).containsExactly("Japan", "Authors");
        assertThat(yuki.uid()).isEqualTo("0e7d1c7a-0000-4000-8000-000000000002");
        assertThat(yuki.ties()).containsExactly(
                new ImportedTie(TieType.COLLEAGUE, "", "0e7d1c7a-0000-4000-8000-000000000003"),
                new ImportedTie(TieType.FRIEND, "Boris Ivanov", ""));

        assertThat(contact(result, "Hiro Tanaka").birthday().monthDay()).hasToString("--04-16");
        // GENDER is kept now, so nothing is left out
        assertThat(problems(result)).isEmpty();
    }

    @Test
    void utf16WithByteOrderMarkIsRead() {
        ReadResult result = read("utf16-contacts.vcf");
        assertThat(result.encoding()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(names(result)).containsExactly("Åsa Øberg");
    }

    @Test
    void aTruncatedFileKeepsItsCompleteCardsAndWhatWasThereOfTheLast() {
        ReadResult result = read("truncated.vcf");
        assertThat(names(result)).containsExactly("Carla Complete", "Conrad Cut");
        assertThat(problems(result)).containsExactly("import.problem.truncated@7");
        assertThat(result.problems().get(0).skipped()).isFalse();
        assertThat(contact(result, "Conrad Cut").emails()).extracting(Email::address).containsExactly("conrad@cut.exa");
    }

    /** A year 0000 or a thirteenth month is no birthday, but it was in the file: kept in the notes, never dropped. */
    @Test
    void aZeroDateAndAThirteenthMonthAreKeptInTheNotes() {
        ReadResult result = read("impossible-dates.vcf");
        assertThat(names(result)).containsExactly("Zora Zero", "Theo Thirteenth");
        assertThat(contact(result, "Zora Zero").birthday()).isNull();
        assertThat(contact(result, "Zora Zero").notes()).isEqualTo("Birthday: 0000-00-00");
        assertThat(contact(result, "Theo Thirteenth").birthday()).isNull();
        assertThat(contact(result, "Theo Thirteenth").notes()).isEqualTo("Birthday: 2026-13-01");
    }

    @Test
    void impossibleDatesAndInvalidAddressesMoveToTheNotesAndAnEmptyCardIsReported() {
        ReadResult result = read("bad-values.vcf");
        assertThat(names(result)).containsExactly("Otto Odd", "Lea Leap");
        Contact otto = contact(result, "Otto Odd");
        assertThat(otto.birthday()).isNull();
        assertThat(otto.emails()).extracting(Email::address).containsExactly("otto@odd.example");
        assertThat(otto.phones()).isEmpty();
        assertThat(otto.websites()).isEmpty();
        assertThat(otto.notes()).isEqualTo("""
                Email: otto.at.odd.example
                Phone: call me maybe
                Website: not a web address
                Birthday: 1985-02-30""");
        assertThat(contact(result, "Lea Leap").birthday()).isNull();
        assertThat(problems(result)).containsExactly(
                "import.problem.email@1", "import.problem.phone@1", "import.problem.website@1",
                "import.problem.birthday@1", "import.problem.birthday@11", "import.problem.noName@17");
        assertThat(result.problems().get(5).skipped()).isTrue();
        assertThat(result.problems().get(0).skipped()).isFalse();
    }
}
