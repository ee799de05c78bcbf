package app.rapport.io.importing;

import java.util.List;

/**
 * Something about a file or record the user should know, as a message key with its arguments (a count
 * stays a number, so that the message can choose its plural).
 * {@code skipped} is true when the record (or file) is not imported at all; otherwise the record comes
 * in with what the message says was changed.
 */
public record ImportProblem(RecordPosition at, String messageKey, List<Object> args, boolean skipped) {
    public ImportProblem {
        args = List.copyOf(args);
    }

    /** @param args the message's arguments: text, or a number where the message counts ("1 phone number has") */
    public static ImportProblem skipped(RecordPosition at, String key, Object... args) {
        return new ImportProblem(at, key, List.of(args), true);
    }

    public static ImportProblem changed(RecordPosition at, String key, Object... args) {
        return new ImportProblem(at, key, List.of(args), false);
    }
}
