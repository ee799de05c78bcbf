package app.rapport.service;

import app.rapport.domain.contacts.Problem;
import java.util.List;

/** The outcome of a save: what was saved, or the problems that stopped it (then nothing was written). */
public record SaveOutcome<T>(T saved, List<Problem> problems) {
    public SaveOutcome {
        problems = List.copyOf(problems);
    }

    public static <T> SaveOutcome<T> saved(T value) {
        return new SaveOutcome<>(value, List.of());
    }

    public static <T> SaveOutcome<T> rejected(List<Problem> problems) {
        return new SaveOutcome<>(null, problems);
    }

    public boolean ok() {
        return saved != null;
    }
}
