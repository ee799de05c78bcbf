package app.rapport.io.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Any CSV, read through the column mapping the user chose (header → field; headers compared without
 * case or surrounding spaces). Each email, phone or web address column is its own value; the address
 * columns make one address.
 */
final class MappedCsv implements CsvDialect {
    private final Map<String, CsvField> columns = new HashMap<>();

    MappedCsv(Map<String, CsvField> mapping) {
        mapping.forEach((header, field) -> columns.put(CsvDialect.lower(header), field));
    }

    @Override
    public FileFormat format() {
        return FileFormat.CSV;
    }

    /** A header row names at least one mapped column. */
    @Override
    public boolean recognises(List<String> header) {
        return header.stream().anyMatch(h -> columns.containsKey(CsvDialect.lower(h)));
    }

    @Override
    public CsvColumn column(String header) {
        CsvField field = columns.getOrDefault(CsvDialect.lower(header), CsvField.IGNORE);
        return switch (field) {
            case IGNORE -> CsvColumn.UNKNOWN;
            case EMAIL, PHONE, WEBSITE -> CsvColumn.of(field, CsvDialect.lower(header), "");
            case STREET, LOCALITY, REGION, POSTAL_CODE, COUNTRY, ADDRESS, LABEL -> CsvColumn.of(field, "address", "");
            default -> CsvColumn.of(field);
        };
    }
}
