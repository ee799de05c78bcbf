package app.rapport.io.importing;

import java.nio.charset.Charset;
import java.util.Map;

/**
 * How to read files: {@code encoding} null detects it (byte order mark, UTF-8, else ICU's detector);
 * {@code columns} maps a generic CSV file's headers to fields (ignored for the known formats);
 * {@code homeCountry} the ISO country for phone numbers written without a country code (null: the
 * rules the reader was made with; empty: unknown, such numbers are kept as written and the preview says
 * so); {@code dateOrder} how to read dates with slashes; {@code encodingWhereUnsure} applies the chosen
 * encoding only to files whose encoding could not be told for sure (the window's choice, made for the
 * files its preview named), while files with a byte order mark, valid UTF-8 or a clear detection keep theirs.
 */
public record ImportOptions(Charset encoding, FileFormat format, Map<String, CsvField> columns, String homeCountry,
                            DateOrder dateOrder, boolean encodingWhereUnsure) {
    public static final ImportOptions AUTO = new ImportOptions(null, FileFormat.AUTO, Map.of());

    public ImportOptions {
        format = format == null ? FileFormat.AUTO : format;
        columns = columns == null ? Map.of() : Map.copyOf(columns);
        dateOrder = dateOrder == null ? DateOrder.AUTO : dateOrder;
    }

    public ImportOptions(Charset encoding, FileFormat format, Map<String, CsvField> columns) {
        this(encoding, format, columns, null, DateOrder.AUTO, false);
    }

    public ImportOptions(Charset encoding, FileFormat format, Map<String, CsvField> columns, String homeCountry,
                         DateOrder dateOrder) {
        this(encoding, format, columns, homeCountry, dateOrder, false);
    }

    public ImportOptions withFormat(FileFormat value) {
        return new ImportOptions(encoding, value, columns, homeCountry, dateOrder, encodingWhereUnsure);
    }

    public ImportOptions withEncoding(Charset value) {
        return new ImportOptions(value, format, columns, homeCountry, dateOrder, false);
    }

    /** {@code value} for the files whose encoding is not sure; the others keep theirs. */
    public ImportOptions withEncodingWhereUnsure(Charset value) {
        return new ImportOptions(value, format, columns, homeCountry, dateOrder, true);
    }

    public ImportOptions withHomeCountry(String value) {
        return new ImportOptions(encoding, format, columns, value, dateOrder, encodingWhereUnsure);
    }

    public ImportOptions withDateOrder(DateOrder value) {
        return new ImportOptions(encoding, format, columns, homeCountry, value, encodingWhereUnsure);
    }
}
