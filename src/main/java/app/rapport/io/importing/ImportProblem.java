package app.rapport.io.importing;

import java.util.List;

/**
 * Something about a file or record the user should know, as a message key with its arguments.
 * {@code skipped} is true when the record (or file) is not imported at all; otherwise the record comes
 * in with what the message says was changed.
 */
public record ImportProblem(RecordPosition at, String messageKey, List<String> args, boolean skipped) {
    public ImportProblem {
        args = List.copyOf(args);
    }

    public static ImportProblem skipped(RecordPosition at, String key, String... args) {
        return new ImportProblem(at, key, List.of(args), true);
    }

    public static ImportProblem changed(RecordPosition at, String key, String... args) {
        return new ImportProblem(at, key, List.of(args), false);
    }
}
