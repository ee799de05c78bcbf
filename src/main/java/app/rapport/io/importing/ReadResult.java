package app.rapport.io.importing;

import java.nio.charset.Charset;
import java.util.List;

/** What one file gave: its format and encoding as read, the records, and every problem met. */
public record ReadResult(String file, FileFormat format, Charset encoding, List<ImportedRecord> records,
                         List<ImportProblem> problems) {
    public ReadResult {
        records = List.copyOf(records);
        problems = List.copyOf(problems);
    }

    public static ReadResult unreadable(String file, ImportProblem problem) {
        return new ReadResult(file, FileFormat.AUTO, null, List.of(), List.of(problem));
    }
}
