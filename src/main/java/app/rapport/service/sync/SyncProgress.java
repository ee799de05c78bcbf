package app.rapport.service.sync;

/** Hears of each write a run makes on the server. */
@FunctionalInterface
public interface SyncProgress {
    SyncProgress NONE = (done, total) -> { };

    void written(int done, int total);
}
