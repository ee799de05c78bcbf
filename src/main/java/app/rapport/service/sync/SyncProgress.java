package app.rapport.service.sync;

/** Hears of each write a run makes on the server, and says whether the user asked it to stop. */
@FunctionalInterface
public interface SyncProgress {
    SyncProgress NONE = (done, total) -> { };

    void written(int done, int total);

    /** Asked before each write on the server and before Rapport is changed. */
    default boolean cancelled() {
        return false;
    }
}
