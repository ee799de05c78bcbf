package app.rapport.persistence;

import app.rapport.persistence.network.NetworkWriter;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Reads and one-transaction writes with SQLite's failures translated, shared by the repositories. */
public final class Transactions {
    private final Jdbi jdbi;

    public Transactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public <T> T read(Function<Handle, T> work) {
        try {
            return jdbi.withHandle(work::apply);
        } catch (RuntimeException e) {
            throw SqliteErrors.translate(e);
        }
    }

    public <T> T write(Function<Handle, T> work) {
        try {
            return jdbi.inTransaction(work::apply);
        } catch (RuntimeException e) {
            throw SqliteErrors.translate(e);
        }
    }

    /** Those of {@code ids} that are contacts not in the trash. */
    public Set<Long> liveContacts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return read(h -> new HashSet<>(h.createQuery(
                        "SELECT id FROM contact WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))")
                .bind(0, NetworkWriter.jsonArray(ids)).mapTo(Long.class).list()));
    }
}
