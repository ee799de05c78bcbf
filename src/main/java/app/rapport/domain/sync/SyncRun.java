package app.rapport.domain.sync;

import java.time.Instant;
import java.util.Objects;

/**
 * One run of a sync as the sync log keeps it: what it did, or why it stopped.
 *
 * @param waiting deletes left for the user to confirm, and cards changed on the server while the run wrote them
 * @param failure the reason a run failed (a name such as {@code WRONG_PASSWORD}), null when it did not
 */
public record SyncRun(long id, long accountId, Instant finishedAt, boolean automatic, Outcome outcome, int addedHere,
        int changedHere, int deletedHere, int addedOnServer, int changedOnServer, int deletedOnServer, int conflicts,
        int waiting, String failure) {

    public enum Outcome { DONE, FAILED, CANCELLED }

    public SyncRun {
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** A run that stopped before it changed anything here. */
    public static SyncRun stopped(long accountId, Instant at, boolean automatic, Outcome outcome, String failure) {
        return new SyncRun(0, accountId, at, automatic, outcome, 0, 0, 0, 0, 0, 0, 0, 0, failure);
    }
}
