package app.rapport.io.importing;

import static app.rapport.io.importing.Fixtures.contact;
import static app.rapport.io.importing.Fixtures.names;
import static app.rapport.io.importing.Fixtures.problems;
import static app.rapport.io.importing.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.rapport.domain.contacts.Birthday;
import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.ContactRules;
import app.rapport.domain.contacts.Email;
import app.rapport.domain.contacts.Phone;
import app.rapport.domain.contacts.PostalAddress;
import app.rapport.domain.contacts.Website;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Thunderbird's address book CSV in the languages of its interface: the same columns in the same order,
 * named in the user's language, some names given twice. Each fixture's origin is given where it is read.
 */
class ThunderbirdCsvTest {
    /** French Thunderbird's header (importMsgs.properties 2100-2136, in the export's order) */
    private static final List<String> FRENCH = List.of("Prénom", "Nom de famille", "Nom à afficher", "Surnom",
            "Première adresse électronique", "Deuxième adresse électronique", "Nom de l'écran", "Tél. professionnel",
            "Tél. personnel", "Fax", "Pager", "Portable", "Adresse privée", "Adresse privée 2", "Ville", "Pays/État",
            "Code postal", "Région", "Adresse professionnelle", "Adresse professionnelle 2", "Ville", "Pays/État",
            "Code postal", "Région", "Profession", "Service", "Société", "Site Web 1", "Site Web 2",
            "Année de naissance", "Mois", "Jour", "Divers 1", "Divers 2", "Divers 3", "Divers 4", "Notes");

    @Test
    void aFrenchExportSavedWithSemicolonsReadsEachColumnByItsPlace() {
        // French Thunderbird's "Export… as Comma Separated (UTF-8)", opened and saved again by Excel in France
        // ("CSV UTF-8"): semicolons, a byte order mark, CRLF. "Ville" and "Code postal" name both the home
        // and the work city and post code; "Tél. professionnel " ends with a space, as Thunderbird writes it.
        ReadResult result = read("thunderbird-fr-excel-semicolon.csv");
        assertThat(result.format()).isEqualTo(FileFormat.THUNDERBIRD_CSV);
        assertThat(result.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(names(result)).containsExactly("Camille Martin", "Boulangerie Dupont", "Luc Bernard");

        Contact camille = contact(result, "Camille Martin");
        assertThat(camille.name().given()).isEqualTo("Camille");
        assertThat(camille.name().family()).isEqualTo("Martin");
        assertThat(camille.emails()).extracting(Email::address)
                .containsExactly("camille.martin@exemple.fr", "c.martin@acme.example");
        assertThat(camille.phones()).extracting(Phone::label, Phone::number).containsExactly(
                tuple("work", "+33 4 72 00 00 01"), tuple("mobile", "+33 6 12 34 56 78"));
        assertThat(camille.addresses()).extracting(PostalAddress::label, PostalAddress::street,
                PostalAddress::locality, PostalAddress::postalCode, PostalAddress::countryCode).containsExactly(
                tuple("home", "12 rue des Lilas", "Lyon", "69002", "FR"),
                tuple("work", "5 avenue Einstein", "Villeurbanne", "69100", "FR"));
        assertThat(camille.title()).isEqualTo("Ingénieure");
        assertThat(Fixtures.record(result, "Camille Martin").employer()).isEqualTo("Acme France");
        assertThat(camille.birthday()).isEqualTo(Birthday.of(3, 14, 1985));
        assertThat(camille.notes()).contains("Rencontrée à Lyon; amie de Luc");

        Contact bakery = contact(result, "Boulangerie Dupont");
        assertThat(bakery.kind()).isEqualTo(ContactKind.ORGANISATION);
        assertThat(bakery.phones()).extracting(Phone::label, Phone::number)
                .containsExactly(tuple("work", "+33 1 42 00 00 02"));
        assertThat(bakery.addresses()).extracting(PostalAddress::label, PostalAddress::locality,
                PostalAddress::postalCode).containsExactly(tuple("work", "Paris", "75011"));

        Contact luc = contact(result, "Luc Bernard");
        assertThat(luc.birthday()).isEqualTo(Birthday.of(7, 14, null));
        assertThat(luc.addresses()).extracting(PostalAddress::label, PostalAddress::locality)
                .containsExactly(tuple("home", "Marseille"));

        // the department has no place yet: named, not dropped in silence
        assertThat(problems(result)).containsExactly("import.problem.columnsIgnored@0");
        assertThat(result.problems().get(0).args()).containsExactly("Service");
    }

    @Test
    void aRussianExportIsReadFully() {
        // Russian Thunderbird 115's "Export… as Comma Separated (UTF-8)": no comma after the last column,
        // quotes only around a value with a comma in it; the organisation has a row of its own
        ReadResult result = read("thunderbird-ru.csv");
        assertThat(result.format()).isEqualTo(FileFormat.THUNDERBIRD_CSV);
        assertThat(names(result)).containsExactly("Ольга Смирнова", "ООО Ромашка", "Иван Петров");

        Contact olga = contact(result, "Ольга Смирнова");
        assertThat(olga.emails()).extracting(Email::address).containsExactly("olga@example.ru");
        assertThat(olga.phones()).extracting(Phone::label, Phone::number).containsExactly(
                tuple("home", "+7 495 123-45-67"), tuple("mobile", "+7 916 123-45-67"));
        assertThat(olga.addresses()).extracting(PostalAddress::label, PostalAddress::street,
                PostalAddress::locality, PostalAddress::postalCode, PostalAddress::countryCode).containsExactly(
                tuple("home", "ул. Ленина, д. 5, кв. 12", "Москва", "101000", "RU"),
                tuple("work", "Невский проспект, 28", "Санкт-Петербург", "191186", "RU"));
        assertThat(olga.title()).isEqualTo("Бухгалтер");
        assertThat(Fixtures.record(result, "Ольга Смирнова").employer()).isEqualTo("ООО Ромашка");
        assertThat(olga.websites()).extracting(Website::url).containsExactly("https://romashka.example");
        assertThat(olga.birthday()).isEqualTo(Birthday.of(9, 21, 1979));
        assertThat(olga.notes()).contains("Познакомились на конференции");

        Contact company = contact(result, "ООО Ромашка");
        assertThat(company.kind()).isEqualTo(ContactKind.ORGANISATION);
        assertThat(company.emails()).extracting(Email::address).containsExactly("info@romashka.example");
        assertThat(company.phones()).extracting(Phone::number).containsExactly("+7 812 000-00-00");

        Contact ivan = contact(result, "Иван Петров");
        assertThat(ivan.name().nickname()).isEqualTo("Ваня");
        assertThat(ivan.birthday()).isNull();
        assertThat(ivan.notes()).contains("1990"); // a birth year alone is kept in the notes

        // the screen name and the first custom column have no place yet: named in Russian, as in the file
        assertThat(problems(result)).containsExactly("import.problem.columnsIgnored@0");
        assertThat(result.problems().get(0).args()).containsExactly("Интернет-пейджер, Прочее 1");
    }

    @Test
    void aJapaneseExportInTheSystemCharsetIsRead() {
        // Japanese Thunderbird on Windows, "Export… as Comma Separated (System Charset)": Shift_JIS, CRLF
        ReadResult result = read("thunderbird-ja-shift-jis.csv");
        assertThat(result.format()).isEqualTo(FileFormat.THUNDERBIRD_CSV);
        assertThat(result.encoding().name()).isEqualTo("Shift_JIS");
        assertThat(result.records()).hasSize(2);
        ImportedRecord record = result.records().get(0);
        Contact taro = record.contact();
        assertThat(taro.name().given()).isEqualTo("太郎");
        assertThat(taro.name().family()).isEqualTo("山田");
        assertThat(taro.phones()).extracting(Phone::label, Phone::number)
                .containsExactly(tuple("mobile", "+81 90-1234-5678"));
        assertThat(taro.addresses()).extracting(PostalAddress::label, PostalAddress::locality,
                PostalAddress::region, PostalAddress::countryCode).containsExactly(
                tuple("home", "千代田区", "東京都", "JP"), tuple("work", "大阪市", "大阪府", "JP"));
        assertThat(taro.birthday()).isEqualTo(Birthday.of(5, 5, 1975));
        assertThat(record.employer()).isEqualTo("株式会社サンプル");
        assertThat(contact(result, "株式会社サンプル").kind()).isEqualTo(ContactKind.ORGANISATION);
        assertThat(problems(result)).isEmpty();
    }

    @Test
    void germanThunderbirdsScreenNameColumnIsNotItsDisplayName() {
        // German Thunderbird names the screen name column "Anzeigename" like the display name (its
        // importMsgs.properties 2136); "Export… as Tab Separated (UTF-8)". Read by name, the screen name
        // replaced the display name: a contact known by its display name alone was named "erika1950".
        ReadResult result = read("thunderbird-de-tab.txt");
        assertThat(result.format()).isEqualTo(FileFormat.THUNDERBIRD_CSV);
        assertThat(names(result)).containsExactly("Anna Weber", "Tante Erika");
        Contact anna = contact(result, "Anna Weber");
        assertThat(anna.emails()).extracting(Email::address).containsExactly("anna@weber.example");
        assertThat(anna.birthday()).isEqualTo(Birthday.of(2, 13, 1980));
        assertThat(anna.addresses()).extracting(PostalAddress::locality).containsExactly("Köln");
        // the ignored one is told apart from the display name by its column letter
        assertThat(problems(result)).containsExactly("import.problem.columnsIgnored@0");
        assertThat(result.problems().get(0).args()).containsExactly("Anzeigename (G)");
    }

    @Test
    void anUnrelatedCsvWithACityColumnIsNotThunderbirds() {
        // a club's member list from a French spreadsheet: "Ville" and "Code postal" as Thunderbird names them,
        // but in their own places
        String csv = "Nom;Prénom;Ville;Code postal;Portable;Notes\r\nDurand;Paul;Lyon;69003;+33 6 00 00 00 01;\r\n";
        ReadResult result = new ContactFileReader(new ContactRules("FR"))
                .read("membres.csv", csv.getBytes(StandardCharsets.UTF_8), ImportOptions.AUTO);
        assertThat(result.format()).isNotEqualTo(FileFormat.THUNDERBIRD_CSV);
        assertThat(result.records()).isEmpty();
        assertThat(problems(result)).containsExactly("import.problem.unknownCsv@0");
    }

    @Test
    void aHeaderIsThunderbirdsWhenEnoughOfItsColumnsCarryTheirNamesInTheirPlaces() {
        assertThat(ThunderbirdCsv.language(FRENCH)).isEqualTo("fr");
        // older versions end the header with a delimiter: an empty last column
        assertThat(ThunderbirdCsv.language(with(FRENCH, ""))).isEqualTo("fr");
        // a version that adds a column at the end, or has one less
        assertThat(ThunderbirdCsv.language(with(FRENCH, "Anniversaire"))).isEqualTo("fr");
        assertThat(ThunderbirdCsv.language(FRENCH.subList(0, FRENCH.size() - 1))).isEqualTo("fr");
        // a translation with a few words changed between versions, or left in English
        List<String> changed = new ArrayList<>(FRENCH);
        for (int i = 0; i < 37 - ThunderbirdCsv.ENOUGH; i++) {
            changed.set(i, "autre " + i);
        }
        changed.set(7, "Work Phone");
        assertThat(ThunderbirdCsv.language(changed)).isEqualTo("fr");
        changed.set(8, "autre 8");
        assertThat(ThunderbirdCsv.language(changed)).isNull();
        // the same names in another order: not Thunderbird's
        List<String> shuffled = new ArrayList<>(FRENCH);
        Collections.rotate(shuffled, 1);
        assertThat(ThunderbirdCsv.language(shuffled)).isNull();
    }

    private static List<String> with(List<String> header, String last) {
        List<String> out = new ArrayList<>(header);
        out.add(last);
        return out;
    }
}
