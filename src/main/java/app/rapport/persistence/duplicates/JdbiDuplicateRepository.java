package app.rapport.persistence.duplicates;

import app.rapport.persistence.Database;
import app.rapport.persistence.Transactions;
import app.rapport.persistence.importing.JdbiImportRepository;
import app.rapport.service.StorageException.Reason;
import app.rapport.service.StorageException;
import app.rapport.service.duplicates.DuplicateRepository;
import app.rapport.service.importing.KnownContact;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Find duplicates" in SQLite: every contact read as the import reads them (three queries in all, never
 * one per contact), and the pairs the user said are not duplicates in not_duplicate (V11).
 */
public final class JdbiDuplicateRepository implements DuplicateRepository {
    private final Transactions tx;
    private final JdbiImportRepository contacts;
    private final Clock clock;

    public JdbiDuplicateRepository(Database database, Clock clock) {
        this.tx = new Transactions(database.jdbi());
        this.contacts = new JdbiImportRepository(database, clock);
        this.clock = clock;
    }

    @Override
    public List<KnownContact> contacts() {
        return contacts.knownContacts();
    }

    @Override
    public Set<Long> notDuplicates() {
        return tx.read(h -> {
            Set<Long> pairs = new HashSet<>();
            h.createQuery("SELECT contact_low, contact_high FROM not_duplicate")
                    .map((rs, ctx) -> DuplicateRepository.pair(rs.getLong(1), rs.getLong(2)))
                    .forEach(pairs::add);
            return pairs;
        });
    }

    @Override
    public void markNotDuplicate(long lowId, long highId) {
        tx.write(h -> {
            int live = h.createQuery("SELECT count(*) FROM contact WHERE id IN (?, ?) AND deleted_at IS NULL")
                    .bind(0, lowId).bind(1, highId).mapTo(Integer.class).one();
            if (live != 2) {
                throw new StorageException(Reason.NOT_FOUND, "Contact " + lowId + " or " + highId + " no longer exists");
            }
            return h.createUpdate("INSERT OR IGNORE INTO not_duplicate (contact_low, contact_high, decided_at) "
                            + "VALUES (?, ?, ?)")
                    .bind(0, lowId).bind(1, highId).bind(2, clock.instant().toString()).execute();
        });
    }
}
