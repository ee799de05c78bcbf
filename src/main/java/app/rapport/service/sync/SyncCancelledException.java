package app.rapport.service.sync;

/**
 * The user stopped a run. Nothing was changed in Rapport; the cards already written on the server are found by the
 * next run (by their UIDs), so nothing is duplicated.
 */
public final class SyncCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SyncCancelledException() {
        super("The sync was stopped");
    }
}
