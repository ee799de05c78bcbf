package app.rapport.persistence.matrix;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.matrix.Cooperation;
import app.rapport.domain.matrix.MatrixEntry;
import app.rapport.persistence.Database;
import app.rapport.persistence.Timestamps;
import app.rapport.persistence.Transactions;
import app.rapport.service.matrix.CooperationRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The cooperation matrix (V6) in SQLite through Jdbi; contacts in the trash stay in the table but off the matrix. */
public final class JdbiCooperationRepository implements CooperationRepository {
    private final Transactions tx;
    private final Clock clock;

    public JdbiCooperationRepository(Database database, Clock clock) {
        this.tx = new Transactions(database.jdbi());
        this.clock = clock;
    }

    @Override
    public List<MatrixEntry> entries() {
        return tx.read(h -> h.createQuery("""
                        SELECT c.id, c.kind, c.display_name, k.ours, k.theirs,
                               coalesce((SELECT r.flagged FROM relationship r WHERE r.contact_id = c.id), 0)
                        FROM cooperation k JOIN contact c ON c.id = k.contact_id
                        WHERE c.deleted_at IS NULL
                        ORDER BY c.sort_name, c.id""")
                .map((rs, ctx) -> new MatrixEntry(rs.getLong(1), ContactKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6) == 1))
                .list());
    }

    @Override
    public Optional<Cooperation> find(long contactId) {
        return tx.read(h -> h.createQuery("""
                        SELECT k.contact_id, k.ours, k.theirs, k.mutual, k.assets, k.credible
                        FROM cooperation k JOIN contact c ON c.id = k.contact_id
                        WHERE k.contact_id = ? AND c.deleted_at IS NULL""")
                .bind(0, contactId)
                .map((rs, ctx) -> new Cooperation(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .findOne());
    }

    @Override
    public boolean save(Cooperation c) {
        // the contact is checked in the same statement, so one moved to the trash meanwhile is not written
        return tx.write(h -> h.createUpdate("""
                        INSERT INTO cooperation (contact_id, ours, theirs, mutual, assets, credible, updated_at)
                        SELECT id, :ours, :theirs, :mutual, :assets, :credible, :at
                        FROM contact WHERE id = :id AND deleted_at IS NULL
                        ON CONFLICT (contact_id) DO UPDATE SET ours = excluded.ours, theirs = excluded.theirs,
                            mutual = excluded.mutual, assets = excluded.assets, credible = excluded.credible,
                            updated_at = excluded.updated_at""")
                .bind("id", c.contactId()).bind("ours", c.ours()).bind("theirs", c.theirs())
                .bind("mutual", c.mutual()).bind("assets", c.assets()).bind("credible", c.credible())
                .bind("at", Timestamps.format(clock.instant()))
                .execute() == 1);
    }

    @Override
    public void remove(long contactId) {
        tx.write(h -> h.execute("DELETE FROM cooperation WHERE contact_id = ?", contactId));
    }
}
