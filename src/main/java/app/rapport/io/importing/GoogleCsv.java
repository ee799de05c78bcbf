package app.rapport.io.importing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Google Contacts' CSV, the current header set ("First Name", "Labels", "E-mail 1 - Label") and the
 * older one ("Given Name", "Group Membership", "E-mail 1 - Type"). Columns are found by name; a cell
 * may hold several values joined by " ::: "; the "* myContacts" label is not a tag.
 */
final class GoogleCsv implements CsvDialect {
    private static final Pattern NUMBERED = Pattern.compile("(e-mail|phone|address|website|organization|relation|event)"
            + " (\\d+) - (.+)", Pattern.CASE_INSENSITIVE);
    private static final Map<String, CsvField> PLAIN = Map.ofEntries(
            Map.entry("name", CsvField.FULL_NAME),
            Map.entry("given name", CsvField.GIVEN_NAME),
            Map.entry("first name", CsvField.GIVEN_NAME),
            Map.entry("additional name", CsvField.MIDDLE_NAME),
            Map.entry("middle name", CsvField.MIDDLE_NAME),
            Map.entry("family name", CsvField.FAMILY_NAME),
            Map.entry("last name", CsvField.FAMILY_NAME),
            Map.entry("name prefix", CsvField.NAME_PREFIX),
            Map.entry("name suffix", CsvField.NAME_SUFFIX),
            Map.entry("nickname", CsvField.NICKNAME),
            Map.entry("birthday", CsvField.BIRTHDAY),
            Map.entry("notes", CsvField.NOTES),
            Map.entry("group membership", CsvField.TAGS),
            Map.entry("labels", CsvField.TAGS),
            Map.entry("organization name", CsvField.ORGANISATION),
            Map.entry("organization title", CsvField.TITLE));

    @Override
    public FileFormat format() {
        return FileFormat.GOOGLE_CSV;
    }

    @Override
    public boolean recognises(List<String> header) {
        boolean names = CsvDialect.has(header, "Given Name") || CsvDialect.has(header, "First Name");
        boolean google = CsvDialect.has(header, "Group Membership") || CsvDialect.has(header, "Labels")
                || header.stream().anyMatch(h -> h.equalsIgnoreCase("E-mail 1 - Value"));
        return names && google;
    }

    @Override
    public CsvColumn column(String header) {
        String h = CsvDialect.lower(header);
        CsvField plain = PLAIN.get(h);
        if (plain != null) {
            return CsvColumn.of(plain);
        }
        Matcher m = NUMBERED.matcher(h);
        if (!m.matches()) {
            return CsvColumn.UNKNOWN;
        }
        String kind = m.group(1).toLowerCase(Locale.ROOT);
        String group = kind + " " + m.group(2);
        String part = m.group(3).toLowerCase(Locale.ROOT);
        if (part.equals("type") || part.equals("label")) {
            return kind.equals("organization") ? CsvColumn.SILENT : CsvColumn.of(CsvField.LABEL, group, "");
        }
        CsvField field = switch (kind) {
            case "e-mail" -> part.equals("value") ? CsvField.EMAIL : null;
            case "phone" -> part.equals("value") ? CsvField.PHONE : null;
            case "website" -> part.equals("value") ? CsvField.WEBSITE : null;
            case "organization" -> m.group(2).equals("1") ? switch (part) {
                case "name" -> CsvField.ORGANISATION;
                case "title" -> CsvField.TITLE;
                default -> null;
            } : null;
            case "address" -> switch (part) {
                case "street", "po box", "extended address" -> CsvField.STREET;
                case "city" -> CsvField.LOCALITY;
                case "region" -> CsvField.REGION;
                case "postal code" -> CsvField.POSTAL_CODE;
                case "country" -> CsvField.COUNTRY;
                case "formatted" -> CsvField.ADDRESS;
                default -> null;
            };
            default -> null;
        };
        return field == null ? CsvColumn.UNKNOWN : CsvColumn.of(field, group, "");
    }

    @Override
    public String multiValueSeparator() {
        return " ::: ";
    }

    @Override
    public List<String> tags(String cell) {
        return List.of(cell.split("\\s*:::\\s*")).stream()
                .map(String::strip)
                .filter(t -> !t.equalsIgnoreCase("* myContacts") && !t.equalsIgnoreCase("myContacts"))
                .map(t -> t.startsWith("* ") ? t.substring(2).strip() : t)
                .filter(t -> !t.isEmpty())
                .toList();
    }
}
