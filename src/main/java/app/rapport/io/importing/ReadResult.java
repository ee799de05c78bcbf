package app.rapport.io.importing;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Set;

/** What one file gave: its format and encoding as read, the records, and every problem met. */
public record ReadResult(String file, FileFormat format, Charset encoding, List<ImportedRecord> records,
                         List<ImportProblem> problems, Set<String> ignored) {
    /** @param ignored the names of the properties (vCard) or columns (CSV) the file filled that Rapport does not read */
    public ReadResult {
        records = List.copyOf(records);
        problems = List.copyOf(problems);
        ignored = Set.copyOf(ignored);
    }

    public static ReadResult unreadable(String file, ImportProblem problem) {
        return new ReadResult(file, FileFormat.AUTO, null, List.of(), List.of(problem), Set.of());
    }
}
