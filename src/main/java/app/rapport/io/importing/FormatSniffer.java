package app.rapport.io.importing;

import java.util.List;
import java.util.Locale;

/**
 * Tells what a file holds from its content, never its name: vCard when a card begins near the top,
 * else the CSV dialect whose header row it finds. A format the user chose is taken at its word.
 */
final class FormatSniffer {
    private static final int LOOK = 8192;
    private static final List<CsvDialect> KNOWN = List.of(new LinkedInCsv(), new GoogleCsv(),
            new ThunderbirdCsv(), new OutlookCsv());

    /** The format found, and for CSV the dialect and table to read. */
    record Sniffed(FileFormat format, CsvDialect dialect, CsvTable table) {
    }

    private FormatSniffer() {
    }

    static Sniffed sniff(String text, ImportOptions options) {
        FileFormat chosen = options.format();
        if (chosen == FileFormat.VCARD || chosen == FileFormat.AUTO && isVCard(text)) {
            return new Sniffed(FileFormat.VCARD, null, null);
        }
        if (chosen == FileFormat.CSV || chosen == FileFormat.AUTO && !options.columns().isEmpty()) {
            MappedCsv mapped = new MappedCsv(options.columns());
            CsvTable table = CsvTable.find(text, mapped::recognises);
            return table == null ? null : new Sniffed(FileFormat.CSV, mapped, table);
        }
        for (CsvDialect dialect : KNOWN) {
            if (chosen != FileFormat.AUTO && dialect.format() != chosen) {
                continue;
            }
            CsvTable table = CsvTable.find(text, dialect::recognises);
            if (table == null && chosen != FileFormat.AUTO) {
                table = CsvTable.firstLine(text); // the user says it is this program's file
            }
            if (table != null) {
                return new Sniffed(dialect.format(), dialect, table);
            }
        }
        return null;
    }

    static boolean isVCard(String text) {
        String head = text.substring(0, Math.min(text.length(), LOOK)).toUpperCase(Locale.ROOT);
        return head.contains("BEGIN:VCARD");
    }

    static boolean looksLikeCsv(String text) {
        CsvTable table = CsvTable.firstLine(text);
        return table != null && table.header().stream().filter(h -> !h.isBlank()).count() > 1;
    }

    /** Control characters other than tab and line breaks in more than one in twenty: not text. */
    static boolean looksBinary(String text) {
        int n = Math.min(text.length(), LOOK);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == '\uFFFD') {
                control++;
            }
        }
        return control * 20 > n;
    }
}
