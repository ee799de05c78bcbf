package app.rapport.service.duplicates;

import app.rapport.service.importing.KnownContact;
import java.util.List;
import java.util.Set;

/** Where "Find duplicates" reads every contact and remembers the pairs that are not duplicates. */
public interface DuplicateRepository {
    /** Every contact not in the trash, as far as matching needs it, read at once (not one by one). */
    List<KnownContact> contacts();

    /** The pairs the user said are not duplicates, each as {@link #pair}. */
    Set<Long> notDuplicates();

    /**
     * Remembers that the two are not duplicates (once; again changes nothing).
     *
     * @throws app.rapport.service.StorageException NOT_FOUND when either contact no longer exists
     */
    void markNotDuplicate(long lowId, long highId);

    /** One number for a pair in either order (ids fit in 31 bits many times over). */
    static long pair(long a, long b) {
        return (Math.min(a, b) << 32) | Math.max(a, b);
    }
}
