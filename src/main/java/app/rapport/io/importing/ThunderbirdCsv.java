package app.rapport.io.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Thunderbird's address book CSV ("First Name", "Primary Email", "Mobile Number", "Birth Year"), in
 * English and in German ("Vorname", "Primäre E-Mail-Adresse", "Mobil-Tel.-Nr.", "Geburtsjahr"), as
 * its export writes them: the same columns in the same order in every language, each column named in
 * the language of the Thunderbird that wrote it. The birthday comes in three columns.
 */
final class ThunderbirdCsv implements CsvDialect {
    /** Thunderbird's columns in its order: the English header, the German one, and what each holds. */
    private static final Object[][] COLUMNS = {
            {"First Name", "Vorname", CsvColumn.of(CsvField.GIVEN_NAME)},
            {"Last Name", "Nachname", CsvColumn.of(CsvField.FAMILY_NAME)},
            {"Display Name", "Anzeigename", CsvColumn.of(CsvField.FULL_NAME)},
            {"Nickname", "Spitzname", CsvColumn.of(CsvField.NICKNAME)},
            {"Primary Email", "Primäre E-Mail-Adresse", CsvColumn.of(CsvField.EMAIL, "email 1", "")},
            {"Secondary Email", "Sekundäre E-Mail-Adresse", CsvColumn.of(CsvField.EMAIL, "email 2", "")},
            {"Work Phone", "Tel. dienstlich", CsvColumn.of(CsvField.PHONE, "phone work", "work")},
            {"Home Phone", "Tel. privat", CsvColumn.of(CsvField.PHONE, "phone home", "home")},
            {"Fax Number", "Fax-Nummer", CsvColumn.of(CsvField.PHONE, "phone fax", "work fax")},
            {"Pager Number", "Pager-Nummer", CsvColumn.of(CsvField.PHONE, "phone pager", "pager")},
            {"Mobile Number", "Mobil-Tel.-Nr.", CsvColumn.of(CsvField.PHONE, "phone mobile", "mobile")},
            {"Home Address", "Privat: Adresse", CsvColumn.of(CsvField.STREET, "address home", "home")},
            {"Home Address 2", "Privat: Adresse 2", CsvColumn.of(CsvField.STREET, "address home", "home")},
            {"Home City", "Privat: Ort", CsvColumn.of(CsvField.LOCALITY, "address home", "home")},
            {"Home State", "Privat: Bundesland", CsvColumn.of(CsvField.REGION, "address home", "home")},
            {"Home ZipCode", "Privat: PLZ", CsvColumn.of(CsvField.POSTAL_CODE, "address home", "home")},
            {"Home Country", "Privat: Land", CsvColumn.of(CsvField.COUNTRY, "address home", "home")},
            {"Work Address", "Dienstlich: Adresse", CsvColumn.of(CsvField.STREET, "address work", "work")},
            {"Work Address 2", "Dienstlich: Adresse 2", CsvColumn.of(CsvField.STREET, "address work", "work")},
            {"Work City", "Dienstlich: Ort", CsvColumn.of(CsvField.LOCALITY, "address work", "work")},
            {"Work State", "Dienstlich: Bundesland", CsvColumn.of(CsvField.REGION, "address work", "work")},
            {"Work ZipCode", "Dienstlich: PLZ", CsvColumn.of(CsvField.POSTAL_CODE, "address work", "work")},
            {"Work Country", "Dienstlich: Land", CsvColumn.of(CsvField.COUNTRY, "address work", "work")},
            {"Job Title", "Arbeitstitel", CsvColumn.of(CsvField.TITLE)},
            {"Organization", "Organisation", CsvColumn.of(CsvField.ORGANISATION)},
            {"Web Page 1", "Webseite 1", CsvColumn.of(CsvField.WEBSITE, "web 1", "work")},
            {"Web Page 2", "Webseite 2", CsvColumn.of(CsvField.WEBSITE, "web 2", "home")},
            {"Birth Year", "Geburtsjahr", CsvColumn.of(CsvField.BIRTH_YEAR)},
            {"Birth Month", "Geburtsmonat", CsvColumn.of(CsvField.BIRTH_MONTH)},
            {"Birth Day", "Geburtstag", CsvColumn.of(CsvField.BIRTH_DAY)},
            {"Notes", "Notizen", CsvColumn.of(CsvField.NOTES)},
    };
    private static final Map<String, CsvColumn> BY_HEADER = byHeader();

    @Override
    public FileFormat format() {
        return FileFormat.THUNDERBIRD_CSV;
    }

    /** Its own column names, in either language: the display name, the primary email and the birth year. */
    @Override
    public boolean recognises(List<String> header) {
        return (CsvDialect.has(header, "Display Name") && CsvDialect.has(header, "Primary Email")
                && CsvDialect.has(header, "Birth Year"))
                || (CsvDialect.has(header, "Anzeigename") && CsvDialect.has(header, "Primäre E-Mail-Adresse")
                && CsvDialect.has(header, "Geburtsjahr"));
    }

    @Override
    public CsvColumn column(String header) {
        String h = CsvDialect.lower(header);
        // the export ends each line with a comma: a last column without a name
        return h.isEmpty() ? CsvColumn.SILENT : BY_HEADER.getOrDefault(h, CsvColumn.UNKNOWN);
    }

    private static Map<String, CsvColumn> byHeader() {
        Map<String, CsvColumn> map = new HashMap<>();
        for (Object[] c : COLUMNS) {
            map.put(CsvDialect.lower((String) c[0]), (CsvColumn) c[2]);
            map.put(CsvDialect.lower((String) c[1]), (CsvColumn) c[2]);
        }
        return map;
    }
}
