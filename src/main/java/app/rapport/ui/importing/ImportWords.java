package app.rapport.ui.importing;

import app.rapport.io.importing.FileFormat;
import app.rapport.service.importing.ImportCounts;
import app.rapport.service.importing.ImportOutcome;
import app.rapport.service.importing.Matcher;
import app.rapport.ui.common.I18n;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the Import dialog offers and says, in the user's words: the formats, encodings and countries to
 * choose from, the preview's counts, each problem and proposed merge, and where the import is.
 */
final class ImportWords {
    static final List<FileFormat> FORMATS = List.of(FileFormat.AUTO, FileFormat.VCARD, FileFormat.GOOGLE_CSV,
            FileFormat.OUTLOOK_CSV, FileFormat.LINKEDIN_CSV, FileFormat.THUNDERBIRD_CSV);
    /** null (found by reading) first, then Western, Central European, Cyrillic, Greek, Japanese, Chinese, Thai */
    static final List<Charset> ENCODINGS = Arrays.asList(null, StandardCharsets.UTF_8,
            StandardCharsets.UTF_16, Charset.forName("windows-1252"), StandardCharsets.ISO_8859_1,
            Charset.forName("windows-1250"), Charset.forName("windows-1251"), Charset.forName("KOI8-R"),
            Charset.forName("windows-1253"), Charset.forName("Shift_JIS"), Charset.forName("EUC-JP"),
            Charset.forName("GBK"), Charset.forName("Big5"), Charset.forName("EUC-KR"), Charset.forName("x-windows-874"));

    private final I18n i18n;

    ImportWords(I18n i18n) {
        this.i18n = i18n;
    }

    String files(List<Path> files) {
        return files.isEmpty() ? i18n.get("import.files.none")
                : files.stream().map(p -> String.valueOf(p.getFileName())).collect(Collectors.joining(", "));
    }

    String format(FileFormat f) {
        return i18n.get("import.format." + f.name());
    }

    String encoding(Charset c) {
        return c == null ? i18n.get("import.encoding.auto") : c.displayName();
    }

    /** null (the settings' country) first, then every country by its name in the user's language. */
    List<String> countries() {
        List<String> codes = new ArrayList<>(List.of(Locale.getISOCountries()));
        Collator order = Collator.getInstance(i18n.locale());
        codes.sort((a, b) -> order.compare(countryName(a), countryName(b)));
        codes.add(0, null);
        return codes;
    }

    String country(String code) {
        return code == null ? i18n.get("import.country.auto") : countryName(code) + " (" + code + ")";
    }

    private String countryName(String code) {
        return new Locale("", code).getDisplayCountry(i18n.locale());
    }

    String counts(ImportCounts c) {
        return c == null ? "" : i18n.format("import.counts", c.toAdd(), c.toMerge(), c.toSkip(), c.organisationsToCreate());
    }

    /** How many records merge for sure, how many may, and how many come in as new. */
    String groups(ImportCounts c, List<MergeRow> merges) {
        if (c == null) {
            return "";
        }
        long strong = merges.stream().filter(r -> r.decision() == Matcher.Decision.MERGE).count();
        return i18n.format("import.groups", strong, merges.size() - strong, c.toAdd());
    }

    String problem(ProblemRow p) {
        return p.where() + ": " + i18n.format(p.messageKey(), p.args());
    }

    String groupName(MergeRow row) {
        return i18n.get(row.groupKey());
    }

    String record(MergeRow row) {
        return row.name() + " (" + row.where() + ")";
    }

    String into(MergeRow row) {
        return i18n.format(row.intoExisting() ? "import.into.existing" : "import.into.imported", row.other());
    }

    /** The evidence in words ("same email anna@example.org; other birthday …"), then what the notes keep. */
    String why(MergeRow row) {
        List<String> parts = new ArrayList<>();
        row.evidence().forEach(f -> parts.add(i18n.format("import.evidence." + f.evidence().name(), f.detail())));
        row.kept().forEach(k -> parts.add(i18n.format("import.kept." + k.field().name(), k.value())));
        return String.join("; ", parts);
    }

    String status(ImportViewModel.Stage stage, ImportOutcome o) {
        return switch (stage) {
            case EMPTY, READY, FAILED -> "";
            case READING -> i18n.get("import.status.reading");
            case NOTHING -> i18n.get("import.status.nothing");
            case IMPORTING -> i18n.get("import.status.importing");
            case CANCELLED -> i18n.get("import.status.cancelled");
            case DONE -> i18n.format("import.status.done", o.added(), o.merged(), o.skipped(), o.organisationsCreated());
        };
    }

    /** Once the import is done there is nothing left to cancel: the button closes. */
    String cancelButton(ImportViewModel.Stage stage) {
        return i18n.get(stage == ImportViewModel.Stage.DONE ? "import.close" : "import.cancel");
    }
}
