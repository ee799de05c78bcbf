package app.rapport.io.importing;

import static app.rapport.io.importing.Fixtures.contact;
import static app.rapport.io.importing.Fixtures.names;
import static app.rapport.io.importing.Fixtures.problems;
import static app.rapport.io.importing.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.Birthday;
import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.ContactRules;
import app.rapport.domain.contacts.Email;
import app.rapport.domain.contacts.Phone;
import app.rapport.domain.contacts.PostalAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Files as other programs really write them. Each fixture's origin is given where it is read. */
class RealFilesTest {
    private final ContactFileReader reader = new ContactFileReader(new ContactRules("DE"));

    private ReadResult text(String content, ImportOptions options) {
        return reader.read("file", content.getBytes(StandardCharsets.UTF_8), options);
    }

    @Test
    void aRelationNamedByTheUserKeepsItsWordsAsWritten() {
        // Gmail and Apple let the user name a relation ("CustomRelationship"); vCard 4.0, Rapport's own export
        // among them, writes it as RELATED;TYPE=. Read back lower-cased, the contact changed on every re-import.
        String vcf = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Greg Dartmouth\r\nN:Dartmouth;Greg;;;\r\n"
                + "RELATED;TYPE=CustomRelationship;VALUE=text:MyCustom\r\nRELATED;TYPE=SPOUSE;VALUE=text:MySpouse\r\n"
                + "END:VCARD\r\n";
        ReadResult result = text(vcf, ImportOptions.AUTO);
        assertThat(contact(result, "Greg Dartmouth").extras().relatedNames())
                .extracting(app.rapport.domain.contacts.ContactExtras.RelatedName::label)
                .containsExactly("CustomRelationship", "spouse"); // a type vCard defines is one word whatever its case
    }

    @Test
    void aVCardFileBeginningWithBlankLinesIsRead() {
        // Thunderbird 115's "Export as vCard" writes an empty line before every BEGIN:VCARD, the first included
        ReadResult result = read("thunderbird-blank-lines.vcf");
        assertThat(result.format()).isEqualTo(FileFormat.VCARD);
        assertThat(names(result)).as(result.problems().toString()).containsExactly("Ada Lovelace", "Charles Babbage");
        assertThat(problems(result)).isEmpty();
    }

    @Test
    void aBirthdayWrittenAsAUtcDateTimeKeepsTheDateAsWritten() {
        // KDE's KAddressBook writes BDAY:19531015T231000Z (a date-time in UTC) for a birthday
        ReadResult result = read("kde-bday-utc.vcf");
        assertThat(contact(result, "Nikola Tesla").birthday()).isEqualTo(Birthday.of(10, 15, 1953));
        assertThat(contact(result, "Marie Curie").birthday()).isEqualTo(Birthday.of(11, 7, 1967));
        // only what cannot be read at all is a problem, and it is kept in the notes
        assertThat(contact(result, "Emmy Noether").notes()).contains("Birthday: yesterday-ish");
        assertThat(problems(result)).containsExactly("import.problem.birthday@13");
    }

    @Test
    void thunderbirdsCsvIsRecognisedAndReadFully() {
        // Thunderbird's address book, "Export… as Comma Separated" (header from its importMsgs.properties)
        ReadResult result = read("thunderbird.csv");
        assertThat(result.format()).isEqualTo(FileFormat.THUNDERBIRD_CSV);
        assertThunderbird(result);
        Contact jan = contact(result, "Jan Novak");
        assertThat(jan.birthday()).isEqualTo(Birthday.of(7, 4, null));
        assertThat(jan.phones()).extracting(Phone::label, Phone::number).containsExactly(
                org.assertj.core.groups.Tuple.tuple("home", "+420 601 123 456"));
        // the department has its place elsewhere; until then it is named, not dropped in silence
        assertThat(problems(result)).containsExactly("import.problem.columnsIgnored@0");
        assertThat(result.problems().get(0).args()).containsExactly("Department");
    }

    @Test
    void thunderbirdsGermanCsvIsRecognised() {
        // Thunderbird in German writes its header in German ("Vorname","Primäre E-Mail-Adresse","Mobil-Tel.-Nr.")
        ReadResult result = read("thunderbird-de.csv");
        assertThat(result.format()).isEqualTo(FileFormat.THUNDERBIRD_CSV);
        assertThunderbird(result);
    }

    @Test
    void aSemicolonCsvFromEuropeanExcelIsRead() {
        // the German Thunderbird file opened and saved again by Excel in Germany: semicolons, Windows-1252
        ReadResult result = read("thunderbird-de-excel-semicolon.csv");
        assertThat(result.format()).isEqualTo(FileFormat.THUNDERBIRD_CSV);
        assertThat(result.encoding()).isEqualTo(Charset.forName("windows-1252"));
        assertThunderbird(result);
    }

    private static void assertThunderbird(ReadResult result) {
        assertThat(names(result)).startsWith("Anna Weber", "Stadtwerke Köln");
        Contact anna = contact(result, "Anna Weber");
        assertThat(anna.emails()).extracting(Email::address)
                .containsExactly("anna@weber.example", "anna.weber@work.example");
        assertThat(anna.phones()).extracting(Phone::label, Phone::number).containsExactly(
                org.assertj.core.groups.Tuple.tuple("mobile", "+49 171 2345678"));
        assertThat(anna.organisation()).isEqualTo("Acme GmbH");
        assertThat(anna.title()).isEqualTo("Engineer");
        assertThat(anna.birthday()).isEqualTo(Birthday.of(2, 13, 1980));
        assertThat(anna.notes()).contains("met at FOSDEM");
        PostalAddress home = anna.addresses().get(0);
        assertThat(home.label()).isEqualTo("home");
        assertThat(home.street()).isEqualTo("Lindenstraße 5\nHinterhaus");
        assertThat(home.locality()).isEqualTo("Köln");
        assertThat(home.postalCode()).isEqualTo("50667");
        assertThat(home.countryCode()).isEqualTo("DE");
        assertThat(Fixtures.record(result, "Anna Weber").employer()).isEqualTo("Acme GmbH");
        // a row with only an organisation is that organisation, not a person named by its phone number
        Contact works = contact(result, "Stadtwerke Köln");
        assertThat(works.kind()).isEqualTo(ContactKind.ORGANISATION);
        assertThat(works.phones()).extracting(Phone::number).containsExactly("+49 221 1780");
        assertThat(works.emails()).extracting(Email::address).containsExactly("info@stadtwerke.example");
    }

    @Test
    void aUtf8FileWhoseLineFoldSplitsACharacterIsStillUtf8() {
        // vobject and older Evolution fold at 75 octets, cutting a Greek or Cyrillic letter's two bytes apart
        ReadResult result = read("utf8-fold-split.vcf");
        assertThat(result.encoding()).isEqualTo(StandardCharsets.UTF_8);
        Contact eleni = contact(result, "Ελένη Παπαδόπουλος");
        assertThat(eleni.notes()).isEqualTo("Σημείωση: συναντηθήκαμε στη Θεσσαλονίκη, "
                + "Мы познакомились в Санкт-Петербурге на конференции");
        assertThat(problems(result)).isEmpty();
    }

    @Test
    void quotedPrintableWithoutACharsetIsDecodedSensibly() {
        // Outlook 2003 writes vCard 2.1 quoted-printable in Windows-1252 and names no CHARSET
        ReadResult outlook = read("qp-no-charset-1252.vcf");
        Contact juergen = contact(outlook, "Jürgen Müller");
        assertThat(juergen.addresses().get(0).street()).isEqualTo("Straße des 17. Juni 1");
        // Nokia PC Suite and old Android write quoted-printable UTF-8 without a CHARSET
        ReadResult nokia = read("qp-no-charset-utf8.vcf");
        assertThat(names(nokia)).containsExactly("Анна Иванова");
    }

    @Test
    void aShiftJisCsvIsDetected() {
        // Excel on Japanese Windows saves CSV in Shift-JIS; this one is a Google Contacts export opened there
        ReadResult result = read("google-shift-jis.csv");
        assertThat(result.encoding()).isEqualTo(Charset.forName("Shift_JIS"));
        assertThat(names(result)).containsExactly("太郎 山田", "花子 佐藤", "一郎 鈴木");
        assertThat(contact(result, "太郎 山田").name().family()).isEqualTo("山田");
        assertThat(contact(result, "太郎 山田").notes()).isEqualTo("大学の友人です。東京で会いました。");
    }

    @Test
    void whenTheDetectorIsUnsureThePreviewSaysSoAndAChosenEncodingWins() {
        // a short Outlook CSV saved by Excel in Windows-1252: too little text for any detector to be sure
        ReadResult guessed = read("outlook-windows-1252.csv");
        assertThat(names(guessed)).containsExactly("José Müller");
        assertThat(problems(guessed)).containsExactly("import.problem.encodingUnsure@0");
        assertThat(guessed.problems().get(0).args()).containsExactly("windows-1252");
        assertThat(guessed.problems().get(0).skipped()).isFalse();
        ReadResult chosen = read("outlook-windows-1252.csv",
                ImportOptions.AUTO.withEncoding(StandardCharsets.ISO_8859_1));
        assertThat(names(chosen)).containsExactly("José Müller");
        assertThat(problems(chosen)).isEmpty();
    }

    @Test
    void theWindowsEncodingChoiceIsForTheUnsureFilesOnly() {
        // the window's one Encoding list, chosen for the file its preview named, with a Thunderbird file alongside
        ImportOptions chosen = ImportOptions.AUTO.withEncodingWhereUnsure(Charset.forName("windows-1252"));
        ReadResult unsure = read("outlook-windows-1252.csv", chosen);
        assertThat(names(unsure)).containsExactly("José Müller");
        assertThat(problems(unsure)).isEmpty();
        ReadResult utf8 = read("thunderbird-de.csv", chosen);
        assertThat(utf8.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(names(utf8)).contains("Stadtwerke Köln");
    }

    @Test
    void phoneNumbersWithoutACountryCodeUseTheHomeCountry() {
        // a German address book: "030 1234567" is Berlin; read as a US number it is not a possible number
        String csv = "First Name,Last Name,Mobile Phone\nKlaus,Schmidt,030 1234567\n";
        ReadResult home = new ContactFileReader(new ContactRules("US"))
                .read("file", csv.getBytes(StandardCharsets.UTF_8), ImportOptions.AUTO.withHomeCountry("DE"));
        assertThat(contact(home, "Klaus Schmidt").phones()).extracting(Phone::number).containsExactly("030 1234567");
        assertThat(problems(home)).isEmpty();
    }

    @Test
    void withNoHomeCountryKnownNumbersAreKeptAsWrittenAndThePreviewSaysSo() {
        // a computer whose locale names a language but no country (LANG=C, or "en" alone)
        String csv = "First Name,Last Name,Mobile Phone\nKlaus,Schmidt,030 1234567\nAnna,Berg,+49 30 7654321\n";
        ReadResult result = new ContactFileReader(new ContactRules("US"))
                .read("file", csv.getBytes(StandardCharsets.UTF_8), ImportOptions.AUTO.withHomeCountry(""));
        assertThat(contact(result, "Klaus Schmidt").phones()).extracting(Phone::number).containsExactly("030 1234567");
        assertThat(problems(result)).containsExactly("import.problem.noHomeCountry@0");
        assertThat(result.problems().get(0).args()).containsExactly(1);
        // the words the user reads, in each language (a count given as text made the plural throw)
        for (String language : new String[] {"en", "de", "ru", "th"}) {
            java.util.Locale locale = java.util.Locale.forLanguageTag(language);
            String pattern = app.rapport.domain.language.Bundles.of(locale).getString("import.problem.noHomeCountry");
            assertThat(app.rapport.domain.language.Messages.format(pattern, locale, result.problems().get(0).args().toArray()))
                    .contains("1");
        }
    }

    @Test
    void slashDatesThatCanOnlyBeDayFirstAreReadDayFirst() {
        // Outlook in the UK writes birthdays day first: 13/02/1980 can only be the 13th of February
        String csv = "First Name,Last Name,E-mail Address,Birthday\nAnna,Berg,,13/02/1980\nBen,Berg,,03/04/1982\n";
        ReadResult result = text(csv, ImportOptions.AUTO);
        assertThat(contact(result, "Anna Berg").birthday()).isEqualTo(Birthday.of(2, 13, 1980));
        assertThat(contact(result, "Ben Berg").birthday()).isEqualTo(Birthday.of(4, 3, 1982));
        assertThat(problems(result)).isEmpty();
    }

    @Test
    void slashDatesAmbiguousInTheWholeFileSayWhichReadingWasUsedAndTheUserCanSwitch() {
        // every day ≤ 12: 03/04/1982 is 3 April in Europe, March 4 in the US
        String csv = "First Name,Last Name,E-mail Address,Birthday\nAnna,Berg,,03/04/1982\nBen,Berg,,01/02/1990\n";
        ReadResult dayFirst = text(csv, ImportOptions.AUTO.withDateOrder(DateOrder.DAY_FIRST));
        assertThat(contact(dayFirst, "Anna Berg").birthday()).isEqualTo(Birthday.of(4, 3, 1982));
        ReadResult monthFirst = text(csv, ImportOptions.AUTO.withDateOrder(DateOrder.MONTH_FIRST));
        assertThat(contact(monthFirst, "Anna Berg").birthday()).isEqualTo(Birthday.of(3, 4, 1982));
        assertThat(problems(monthFirst)).isEmpty();
        ReadResult auto = text(csv, ImportOptions.AUTO);
        assertThat(problems(auto)).containsExactly("import.problem.datesAmbiguous@0");
        // read in the order of the user's language: English here (month first); German day first
        assertThat(auto.problems().get(0).args()).containsExactly("MONTH_FIRST");
        ReadResult german = new ContactFileReader(new ContactRules("DE"), () -> java.util.Locale.GERMAN)
                .read("file", csv.getBytes(StandardCharsets.UTF_8), ImportOptions.AUTO);
        assertThat(german.problems().get(0).args()).containsExactly("DAY_FIRST");
        assertThat(contact(german, "Anna Berg").birthday()).isEqualTo(Birthday.of(4, 3, 1982));
        assertThat(DateOrder.ofLocale(java.util.Locale.UK)).isEqualTo(DateOrder.DAY_FIRST);
        assertThat(DateOrder.ofLocale(java.util.Locale.US)).isEqualTo(DateOrder.MONTH_FIRST);
    }

    @Test
    void aFileWithoutBeginVCardGivenAsVCardIsNotAVCardFile() {
        // a CSV saved with .vcf by hand, or a text file, imported with the format set to vCard
        ReadResult result = text("First Name,Last Name\nAda,Lovelace\n", ImportOptions.AUTO.withFormat(FileFormat.VCARD));
        assertThat(result.records()).isEmpty();
        assertThat(problems(result)).containsExactly("import.problem.notVCard@0");
    }

    @Test
    void aRapportJsonBackupIsRecognisedAndPointsToRestore() {
        // what "Export JSON backup…" and "rapport backup --json" write
        String backup = "{\"format\":\"rapport-backup\",\"formatVersion\":1,\"schemaVersion\":8,"
                + "\"exportedAt\":\"2026-11-22T10:15:00Z\",\"tables\":[{\"name\":\"contact\",\"columns\":[\"id\"],"
                + "\"rows\":[[1]]}]}";
        ReadResult result = text(backup, ImportOptions.AUTO);
        assertThat(result.records()).isEmpty();
        assertThat(problems(result)).containsExactly("import.problem.backup@0");
        assertThat(problems(text("  \n" + backup.replace(",", ",\n  "), ImportOptions.AUTO)))
                .containsExactly("import.problem.backup@0");
    }

    @Test
    void invalidBirthdaysAreKeptInTheNotesWithAProblem() {
        // MySQL's zero date from web address books; a month 13 typed into a CSV by hand
        String csv = "First Name,Last Name,E-mail Address,Birthday\nAnna,Berg,,0000-00-00\nBen,Berg,,2026-13-01\n";
        ReadResult result = text(csv, ImportOptions.AUTO);
        assertThat(contact(result, "Anna Berg").notes()).isEqualTo("Birthday: 0000-00-00");
        assertThat(contact(result, "Ben Berg").notes()).isEqualTo("Birthday: 2026-13-01");
        assertThat(problems(result)).containsExactly("import.problem.birthday@2", "import.problem.birthday@3");
    }
}
