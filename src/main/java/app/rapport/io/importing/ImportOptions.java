package app.rapport.io.importing;

import java.nio.charset.Charset;
import java.util.Map;

/**
 * How to read files: {@code encoding} null detects it (byte order mark, else UTF-8, else Windows-1252);
 * {@code columns} maps a generic CSV file's headers to fields (ignored for the known formats).
 */
public record ImportOptions(Charset encoding, FileFormat format, Map<String, CsvField> columns) {
    public static final ImportOptions AUTO = new ImportOptions(null, FileFormat.AUTO, Map.of());

    public ImportOptions {
        format = format == null ? FileFormat.AUTO : format;
        columns = columns == null ? Map.of() : Map.copyOf(columns);
    }

    public ImportOptions withFormat(FileFormat value) {
        return new ImportOptions(encoding, value, columns);
    }

    public ImportOptions withEncoding(Charset value) {
        return new ImportOptions(value, format, columns);
    }
}
