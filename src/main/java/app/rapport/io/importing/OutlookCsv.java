package app.rapport.io.importing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Outlook's CSV ("First Name", "E-mail Address", "Business Phone", "Home Street"). Its "Title" is the
 * name prefix (Mr., Dr.); the job is "Job Title"; categories are separated by semicolons.
 */
final class OutlookCsv implements CsvDialect {
    private static final Pattern EMAIL = Pattern.compile("e-mail(?: (\\d))? address");
    private static final Pattern ADDRESS = Pattern.compile("(home|business|other) (street(?: \\d)?|address po box|city|state"
            + "|postal code|country/region|country|address)");
    private static final Pattern PHONE = Pattern.compile("(.*?) ?(phone|fax)(?: (\\d))?");
    private static final Map<String, CsvField> PLAIN = Map.ofEntries(
            Map.entry("first name", CsvField.GIVEN_NAME),
            Map.entry("middle name", CsvField.MIDDLE_NAME),
            Map.entry("last name", CsvField.FAMILY_NAME),
            Map.entry("title", CsvField.NAME_PREFIX),
            Map.entry("suffix", CsvField.NAME_SUFFIX),
            Map.entry("nickname", CsvField.NICKNAME),
            Map.entry("company", CsvField.ORGANISATION),
            Map.entry("job title", CsvField.TITLE),
            Map.entry("birthday", CsvField.BIRTHDAY),
            Map.entry("notes", CsvField.NOTES),
            Map.entry("categories", CsvField.TAGS),
            Map.entry("web page", CsvField.WEBSITE));
    private static final Set<String> SILENT = Set.of("e-mail type", "e-mail display name", "e-mail 2 type",
            "e-mail 2 display name", "e-mail 3 type", "e-mail 3 display name", "priority", "sensitivity", "private",
            "gender", "initials", "mileage", "billing information");

    @Override
    public FileFormat format() {
        return FileFormat.OUTLOOK_CSV;
    }

    @Override
    public boolean recognises(List<String> header) {
        return CsvDialect.has(header, "First Name") && (CsvDialect.has(header, "E-mail Address")
                || CsvDialect.has(header, "Business Phone") || CsvDialect.has(header, "Mobile Phone")
                || CsvDialect.has(header, "Job Title"));
    }

    @Override
    public CsvColumn column(String header) {
        String h = CsvDialect.lower(header);
        CsvField plain = PLAIN.get(h);
        if (plain != null) {
            return CsvColumn.of(plain);
        }
        if (SILENT.contains(h)) {
            return CsvColumn.SILENT;
        }
        Matcher m = EMAIL.matcher(h);
        if (m.matches()) {
            return CsvColumn.of(CsvField.EMAIL, "email " + (m.group(1) == null ? "1" : m.group(1)), "");
        }
        m = ADDRESS.matcher(h);
        if (m.matches()) {
            String where = m.group(1);
            String label = where.equals("business") ? "work" : where;
            CsvField field = switch (m.group(2)) {
                case "city" -> CsvField.LOCALITY;
                case "state" -> CsvField.REGION;
                case "postal code" -> CsvField.POSTAL_CODE;
                case "country/region", "country" -> CsvField.COUNTRY;
                case "address" -> CsvField.ADDRESS;
                default -> CsvField.STREET;
            };
            return CsvColumn.of(field, "address " + where, label);
        }
        m = PHONE.matcher(h);
        if (m.matches()) {
            String where = m.group(1).replace("business", "work").replace("'s", "").strip();
            String label = m.group(2).equals("fax") ? (where + " fax").strip() : where;
            return CsvColumn.of(CsvField.PHONE, "phone " + h, label.toLowerCase(Locale.ROOT));
        }
        return CsvColumn.UNKNOWN;
    }

    @Override
    public List<String> tags(String cell) {
        return List.of(cell.split("\\s*;\\s*"));
    }
}
