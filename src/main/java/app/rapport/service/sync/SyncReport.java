package app.rapport.service.sync;

import java.util.List;

/**
 * What a run did.
 *
 * @param serverWrites  PUTs and DELETEs made on the server
 * @param leftForNextRun cards changed on the server while this run wrote them (412): nothing was overwritten, and
 *                       the next run merges them; also deletes not confirmed
 * @param conflicts     fields both sides changed differently: Rapport's value was kept, the server's is here
 * @param trashedHere   the contacts this run moved to Rapport's trash (their cards were deleted on the server), for an
 *                      Undo
 */
public record SyncReport(int addedHere, int changedHere, int addedOnServer, int changedOnServer, int deletedHere,
        int deletedOnServer, int leftForNextRun, int serverWrites, List<SyncPreview.Conflict> conflicts,
        List<Long> trashedHere) {
    public SyncReport {
        conflicts = List.copyOf(conflicts);
        trashedHere = List.copyOf(trashedHere);
    }
}
