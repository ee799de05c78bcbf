package app.rapport.service.importing;

/** Told after each contact an import writes, from the thread that writes. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (done, total) -> { };

    void update(long done, long total);
}
