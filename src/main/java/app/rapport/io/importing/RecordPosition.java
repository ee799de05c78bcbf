package app.rapport.io.importing;

/**
 * Where a record was read: the file's name, its number in the file (1 for the first; 0 for the whole
 * file) and the line it starts on (0 when unknown).
 */
public record RecordPosition(String file, int record, int line) {
    public static RecordPosition wholeFile(String file) {
        return new RecordPosition(file, 0, 0);
    }

    /** "contacts.vcf:12", or just the file's name for the whole file. */
    public String where() {
        return line > 0 ? file + ":" + line : file;
    }
}
