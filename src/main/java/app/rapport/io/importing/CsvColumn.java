package app.rapport.io.importing;

/**
 * What one CSV column holds: its field; the group it belongs to ("email 2", "address home") so the
 * values and label of one email or address stay together; a label fixed by the column's name
 * ("mobile" for Outlook's "Mobile Phone"). {@code silent} columns are left out without a word: they
 * describe the export, not the person.
 */
record CsvColumn(CsvField field, String group, String label, boolean silent) {
    static final CsvColumn UNKNOWN = new CsvColumn(CsvField.IGNORE, "", "", false);
    static final CsvColumn SILENT = new CsvColumn(CsvField.IGNORE, "", "", true);

    static CsvColumn of(CsvField field) {
        return new CsvColumn(field, field.name(), "", false);
    }

    static CsvColumn of(CsvField field, String group, String label) {
        return new CsvColumn(field, group, label, false);
    }
}
