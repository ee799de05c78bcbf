package app.rapport.io.importing;

import app.rapport.domain.contacts.Email;
import app.rapport.domain.contacts.Phone;
import app.rapport.domain.contacts.PostalAddress;
import app.rapport.domain.contacts.Website;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rows of a CSV table as drafts, through a dialect's column meanings. Columns Rapport has no place
 * for are ignored and named once in the file's problems when any row filled them.
 */
final class CsvContactReader {
    private static final Set<String> KNOWN_LABELS = Set.of("work", "home", "mobile", "other", "main", "work fax",
            "home fax", "pager", "homepage", "blog", "profile");

    record Read(List<RecordDraft> drafts, List<ImportProblem> problems, Set<String> ignored) {
    }

    Read read(CsvTable table, CsvDialect dialect, String fileName) {
        List<String> header = table.header();
        List<CsvColumn> columns = dialect.columns(header);
        List<RecordDraft> drafts = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        Set<String> ignored = new TreeSet<>();
        CsvTable.Broken broken = table.rows(row -> {
            RecordDraft d = new RecordDraft(new RecordPosition(fileName, row.number(), row.line()));
            Map<String, Group> groups = new LinkedHashMap<>();
            boolean any = false;
            for (int i = 0; i < columns.size(); i++) {
                String value = row.value(i);
                if (value.isEmpty()) {
                    continue;
                }
                any = true;
                CsvColumn column = columns.get(i);
                if (column.field() == CsvField.IGNORE) {
                    if (!column.silent()) {
                        ignored.add(name(header, i));
                    }
                    continue;
                }
                put(d, column, value, dialect, groups);
            }
            if (row.values().size() > header.size()) {
                ignored.add("(" + (row.values().size() - header.size()) + " unnamed)");
            }
            if (!any) {
                return; // an empty row is no record
            }
            groups.values().forEach(g -> g.addTo(d, dialect.multiValueSeparator()));
            birthdayFromParts(d);
            d.metThrough = d.metOn != null || !d.metOnText.isEmpty() ? dialect.metThrough() : "";
            d.truncated = row.lastInFile() && table.endsMidLine() && row.values().size() < header.size();
            drafts.add(d);
        });
        if (broken != null) {
            problems.add(ImportProblem.skipped(new RecordPosition(fileName, broken.number(), broken.line()),
                    "import.problem.unreadable"));
        }
        return new Read(drafts, problems, ignored);
    }

    /**
     * A column's name as the problem line gives it; a name the header gives two columns (German
     * Thunderbird's "Anzeigename" for the display and the screen name) with the column's letter, as
     * spreadsheets show it.
     */
    static String name(List<String> header, int index) {
        String name = header.get(index);
        if (header.stream().filter(h -> h.equalsIgnoreCase(name)).count() < 2) {
            return name;
        }
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name + " (" + letters + ")";
    }

    /** Year, month and day from columns of their own: a day without a year is a birthday without one. */
    private static void birthdayFromParts(RecordDraft d) {
        String year = d.birthParts[0].strip();
        String month = d.birthParts[1].strip();
        String day = d.birthParts[2].strip();
        if (!d.birthdayText.isEmpty() || month.isEmpty() && day.isEmpty()) {
            if (!year.isEmpty() && d.birthdayText.isEmpty()) {
                d.note("Birth year: " + year);
            }
            return;
        }
        if (month.matches("\\d{1,2}") && day.matches("\\d{1,2}") && (year.isEmpty() || year.matches("\\d{4}"))) {
            d.birthday = new DateText.Day(Integer.parseInt(month), Integer.parseInt(day),
                    year.isEmpty() ? null : Integer.valueOf(year));
        } else {
            // kept as written; the checker moves it to the notes with a problem
            d.birthdayText = (year.isEmpty() ? "-" : year) + "-" + month + "-" + day;
        }
    }

    private static void put(RecordDraft d, CsvColumn column, String value, CsvDialect dialect,
                            Map<String, Group> groups) {
        switch (column.field()) {
            case FULL_NAME -> d.fullName = value;
            case GIVEN_NAME -> d.given = value;
            case MIDDLE_NAME -> d.middle = value;
            case FAMILY_NAME -> d.family = value;
            case NAME_PREFIX -> d.prefix = value;
            case NAME_SUFFIX -> d.suffix = value;
            case NICKNAME -> d.nickname = value;
            case ORGANISATION -> d.organisation = value;
            case TITLE -> d.title = value;
            case BIRTHDAY -> d.birthdayText = DateText.isEmptyDate(value) ? "" : value;
            case BIRTH_YEAR -> d.birthParts[0] = value;
            case BIRTH_MONTH -> d.birthParts[1] = value;
            case BIRTH_DAY -> d.birthParts[2] = value;
            case NOTES -> d.note(value);
            case TAGS -> dialect.tags(value).stream().map(String::strip).filter(t -> !t.isEmpty()).forEach(d.tags::add);
            case MET_ON -> d.metOnText = value;
            default -> groups.computeIfAbsent(column.group(), g -> new Group(column.label())).put(column.field(), value);
        }
    }

    /** The cells of one email, phone, web address or address, with its label. */
    private static final class Group {
        private final String fixedLabel;
        private CsvField kind;
        private String label = "";
        /** Google's "* " before a label marks the primary value; for an address, the mailing one */
        private boolean primary;
        private final Map<CsvField, List<String>> parts = new LinkedHashMap<>();

        Group(String fixedLabel) {
            this.fixedLabel = fixedLabel;
        }

        void put(CsvField field, String value) {
            if (field == CsvField.LABEL) {
                primary = value.strip().startsWith("* ");
                label = label(value);
                return;
            }
            kind = switch (field) {
                case EMAIL, PHONE, WEBSITE -> field;
                default -> CsvField.ADDRESS;
            };
            parts.computeIfAbsent(field, f -> new ArrayList<>()).add(value);
        }

        void addTo(RecordDraft d, String separator) {
            if (kind == null) {
                return;
            }
            String l = label.isEmpty() ? fixedLabel : label;
            if (kind != CsvField.ADDRESS) {
                for (String cell : parts.get(kind)) {
                    for (String v : split(cell, separator)) {
                        switch (kind) {
                            case EMAIL -> d.emails.add(new Email(l, v));
                            case PHONE -> d.phones.add(new Phone(l, v));
                            default -> d.websites.add(new Website(l, v));
                        }
                    }
                }
                return;
            }
            // Google lists several addresses in one group cell by cell: the n-th value of each part is address n
            int count = parts.values().stream().mapToInt(cells -> split(String.join("\n", cells), separator).size())
                    .max().orElse(0);
            for (int n = 0; n < count; n++) {
                String street = String.join("\n", nth(CsvField.STREET, n, separator));
                if (street.isEmpty() && !parts.containsKey(CsvField.LOCALITY) && !parts.containsKey(CsvField.POSTAL_CODE)) {
                    street = String.join("\n", nth(CsvField.ADDRESS, n, separator));
                }
                String country = String.join(" ", nth(CsvField.COUNTRY, n, separator));
                String code = Countries.code(country);
                String region = String.join(" ", nth(CsvField.REGION, n, separator));
                if (code == null && !country.isEmpty()) {
                    region = (region + ", " + country).replaceFirst("^, ", "");
                }
                d.addresses.add(new PostalAddress(l, street, String.join(" ", nth(CsvField.LOCALITY, n, separator)),
                        region, String.join(" ", nth(CsvField.POSTAL_CODE, n, separator)), code == null ? "" : code,
                        primary && n == 0));
            }
        }

        private List<String> nth(CsvField field, int n, String separator) {
            List<String> out = new ArrayList<>();
            for (String cell : parts.getOrDefault(field, List.of())) {
                List<String> values = split(cell, separator);
                if (n < values.size() && !values.get(n).isBlank()) {
                    out.add(values.get(n).strip());
                }
            }
            return out;
        }

        private static List<String> split(String cell, String separator) {
            if (separator == null || !cell.contains(separator.strip())) {
                return List.of(cell.strip());
            }
            return List.of(cell.split("\\s*" + java.util.regex.Pattern.quote(separator.strip()) + "\\s*"));
        }

        /** Google marks the primary value's label with "* "; the usual labels are lower case like vCard's. */
        private static String label(String value) {
            String l = value.strip();
            if (l.startsWith("* ")) {
                l = l.substring(2).strip();
            }
            int multi = l.indexOf(":::");
            if (multi >= 0) {
                l = l.substring(0, multi).strip();
            }
            String lower = l.toLowerCase(Locale.ROOT);
            return KNOWN_LABELS.contains(lower) ? lower : l;
        }
    }
}
