package app.rapport.io.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file through Commons CSV: its header row, found among the first lines (LinkedIn puts notes
 * above it), the delimiter that header uses (comma, semicolon or tab), and its rows with the line
 * each starts on.
 */
final class CsvTable {
    private static final int HEADER_SEARCH_LINES = 30;
    private static final char[] DELIMITERS = {',', ';', '\t'};

    /** One row: its number among the rows (1 for the first after the header), first line, values. */
    record Row(int number, int line, List<String> values, boolean lastInFile) {
        String value(int index) {
            return index < values.size() ? values.get(index).strip() : "";
        }
    }

    /** A row the parser could not read: the file is broken from here on. */
    record Broken(int number, int line) {
    }

    private final String text;
    private final int headerOffset;
    private final int headerLine;
    private final char delimiter;
    private final List<String> header;
    private final int[] lineStarts;

    private CsvTable(String text, int headerOffset, int headerLine, char delimiter, List<String> header) {
        this.text = text;
        this.headerOffset = headerOffset;
        this.headerLine = headerLine;
        this.delimiter = delimiter;
        this.header = header;
        this.lineStarts = lineStarts(text);
    }

    /** The first line within the first few that {@code isHeader} accepts as a header row, or null. */
    static CsvTable find(String text, Predicate<List<String>> isHeader) {
        int offset = 0;
        int line = 1;
        while (offset < text.length() && line <= HEADER_SEARCH_LINES) {
            int end = text.indexOf('\n', offset);
            String l = (end < 0 ? text.substring(offset) : text.substring(offset, end)).replace("\r", "");
            for (char delimiter : DELIMITERS) {
                List<String> cells = cells(l, delimiter);
                if (cells.size() > 1 && isHeader.test(cells)) {
                    return new CsvTable(text, offset, line, delimiter, cells);
                }
            }
            if (end < 0) {
                break;
            }
            offset = end + 1;
            line++;
        }
        return null;
    }

    /** The first non-blank line read as a header, with whichever delimiter splits it most. */
    static CsvTable firstLine(String text) {
        return find(text, cells -> cells.stream().anyMatch(c -> !c.isBlank()));
    }

    List<String> header() {
        return header;
    }

    int headerLine() {
        return headerLine;
    }

    /** Reads every row after the header; a row the parser cannot read ends the reading. */
    Broken rows(java.util.function.Consumer<Row> each) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrailingData(true).setLenientEof(true).setAllowMissingColumnNames(true).get();
        int number = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(headerOffset)), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (records.hasNext()) {
                records.next(); // the header
            }
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        return null;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    return new Broken(number + 1, lineAt(parser.getCurrentLineNumber()));
                }
                number++;
                int line = lineOf(headerOffset + (int) record.getCharacterPosition());
                each.accept(new Row(number, line, Arrays.asList(record.values()), !records.hasNext()));
            }
        } catch (IOException | UncheckedIOException e) {
            return new Broken(number + 1, 0);
        }
    }

    /** True when the text stops mid-line: the last row may be cut short. */
    boolean endsMidLine() {
        return !text.isEmpty() && text.charAt(text.length() - 1) != '\n' && text.charAt(text.length() - 1) != '\r';
    }

    private int lineAt(long parserLine) {
        return headerLine + (int) parserLine;
    }

    private int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static List<String> cells(String line, char delimiter) {
        if (line.indexOf(delimiter) < 0) {
            return List.of();
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrailingData(true)
                .setLenientEof(true).get();
        try (CSVParser parser = CSVParser.parse(line, format)) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? List.of() : records.get(0).toList().stream().map(String::strip).toList();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return List.of();
        }
    }
}
