package app.rapport.persistence.interactions;

import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.interactions.Participant;
import app.rapport.domain.interactions.ParticipantRole;
import app.rapport.domain.interactions.TimelineEntry;
import app.rapport.domain.ledger.LedgerEntry;
import app.rapport.domain.ledger.LedgerRow;
import app.rapport.persistence.Database;
import app.rapport.persistence.LocalDates;
import app.rapport.persistence.Timestamps;
import app.rapport.persistence.Transactions;
import app.rapport.persistence.network.NetworkWriter;
import app.rapport.service.StorageException.Reason;
import app.rapport.service.StorageException;
import app.rapport.service.interactions.InteractionRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Interactions and the ledger's queries in SQLite through Jdbi. Each public method is one
 * transaction; the V2 triggers keep each contact's last interaction, next due date and ledger
 * summary in step. Referrals in a period depend on today, so they are counted per query over the
 * {@code interaction_by_type} range instead.
 */
public final class JdbiInteractionRepository implements InteractionRepository {
    private static final String LEDGER_TYPES = "('FAVOUR', 'INTRODUCTION', 'REFERRAL', 'GIFT')";
    /**
     * Rows of {@code ledger_summary} (kept by the V2 triggers) through one of its partial indexes; the
     * WHERE and the first ORDER BY term spell the index's condition and expression exactly so SQLite
     * walks it and stops after {@code limit} rows; CROSS JOIN keeps the planner from walking all contacts
     * instead. Names come from the contacts of those rows only.
     */
    private static String ledgerSummary(String where, String order) {
        return "SELECT c.id, c.display_name, s.given, s.received FROM ledger_summary s"
                + " CROSS JOIN contact c ON c.id = s.contact_id WHERE " + where + " AND c.deleted_at IS NULL"
                + " ORDER BY " + order + ", c.sort_name, c.id LIMIT ?";
    }

    private final Transactions tx;

    public JdbiInteractionRepository(Database database) {
        this.tx = new Transactions(database.jdbi());
    }

    @Override
    public Set<Long> liveContacts(Collection<Long> ids) {
        return tx.liveContacts(ids);
    }

    @Override
    public Optional<Interaction> find(long id) {
        return tx.read(h -> h.createQuery("SELECT * FROM interaction WHERE id = ? AND deleted_at IS NULL").bind(0, id)
                .map((rs, ctx) -> new Interaction(rs.getLong("id"), InteractionType.valueOf(rs.getString("type")),
                        LocalDates.parseDateTime(rs.getString("occurred_at")), Direction.valueOf(rs.getString("direction")),
                        rs.getString("note"), List.of()))
                .findOne()
                .map(row -> new Interaction(row.id(), row.type(), row.occurredAt(), row.direction(), row.note(),
                        h.createQuery("""
                                        SELECT contact_id, role FROM interaction_contact WHERE interaction_id = ?
                                        ORDER BY CASE role WHEN 'WITH' THEN 0 WHEN 'REFERRED' THEN 1 ELSE 2 END, contact_id""")
                                .bind(0, id)
                                .map((rs, ctx) -> new Participant(rs.getLong(1), ParticipantRole.valueOf(rs.getString(2))))
                                .list())));
    }

    @Override
    public long save(Interaction interaction) {
        return tx.write(h -> {
            long id = interaction.id();
            String at = LocalDates.format(interaction.occurredAt());
            if (id == 0) {
                id = h.createUpdate("INSERT INTO interaction (type, occurred_at, direction, note) VALUES (?, ?, ?, ?)")
                        .bind(0, interaction.type().name()).bind(1, at).bind(2, interaction.direction().name())
                        .bind(3, interaction.note())
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            } else {
                int changed = h.execute("""
                                UPDATE interaction SET type = ?, occurred_at = ?, direction = ?, note = ?
                                WHERE id = ? AND deleted_at IS NULL""",
                        interaction.type().name(), at, interaction.direction().name(), interaction.note(), id);
                if (changed == 0) {
                    throw new StorageException(Reason.NOT_FOUND, "Interaction " + id + " no longer exists");
                }
                h.execute("DELETE FROM interaction_contact WHERE interaction_id = ?", id);
            }
            PreparedBatch participants = h.prepareBatch(
                    "INSERT INTO interaction_contact (interaction_id, contact_id, role) VALUES (?, ?, ?)");
            for (Participant p : interaction.participants()) {
                participants.add(id, p.contactId(), p.role().name());
            }
            if (participants.size() > 0) {
                participants.execute();
            }
            return id;
        });
    }

    @Override
    public void setDeleted(long id, Instant at) {
        tx.write(h -> {
            int changed = h.execute("UPDATE interaction SET deleted_at = ? WHERE id = ?",
                    at == null ? null : Timestamps.format(at), id);
            if (changed == 0) {
                throw new StorageException(Reason.NOT_FOUND, "Interaction " + id + " no longer exists");
            }
            return null;
        });
    }

    @Override
    public List<TimelineEntry> timeline(long contactId, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return tx.read(h -> {
            List<TimelineEntry> rows = h.createQuery("""
                            SELECT i.id, i.type, i.occurred_at, i.direction, i.note FROM interaction i
                            WHERE i.deleted_at IS NULL
                              AND i.id IN (SELECT interaction_id FROM interaction_contact WHERE contact_id = ?)
                            ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?""")
                    .bind(0, contactId).bind(1, limit)
                    .map((rs, ctx) -> new TimelineEntry(rs.getLong(1), InteractionType.valueOf(rs.getString(2)),
                            LocalDates.parseDateTime(rs.getString(3)), Direction.valueOf(rs.getString(4)),
                            rs.getString(5), List.of()))
                    .list();
            if (rows.isEmpty()) {
                return rows;
            }
            Map<Long, List<TimelineEntry.Other>> others = new HashMap<>();
            h.createQuery("""
                            SELECT ic.interaction_id, ic.contact_id, c.display_name, ic.role,
                                   coalesce(r.flagged, 0) AS flagged
                            FROM interaction_contact ic JOIN contact c ON c.id = ic.contact_id
                            LEFT JOIN relationship r ON r.contact_id = ic.contact_id
                            WHERE ic.interaction_id IN (SELECT value FROM json_each(?)) AND ic.contact_id <> ?
                            ORDER BY ic.interaction_id, c.sort_name, c.id""")
                    .bind(0, NetworkWriter.jsonArray(rows.stream().map(TimelineEntry::interactionId).toList()))
                    .bind(1, contactId)
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), new TimelineEntry.Other(rs.getLong(2), rs.getString(3),
                            ParticipantRole.valueOf(rs.getString(4)), rs.getInt(5) == 1)))
                    .forEach(e -> others.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            return rows.stream().map(r -> new TimelineEntry(r.interactionId(), r.type(), r.occurredAt(), r.direction(),
                    r.note(), others.getOrDefault(r.interactionId(), List.of()))).toList();
        });
    }

    @Override
    public List<LedgerEntry> ledgerEntries(long contactId) {
        return tx.read(h -> h.createQuery("""
                        SELECT i.id, i.type, i.direction, i.occurred_at, i.note FROM interaction i
                        JOIN interaction_contact ic ON ic.interaction_id = i.id
                        WHERE ic.contact_id = ? AND ic.role = 'WITH' AND i.deleted_at IS NULL AND i.type IN"""
                        + " " + LEDGER_TYPES + " ORDER BY i.occurred_at DESC, i.id DESC")
                .bind(0, contactId)
                .map((rs, ctx) -> new LedgerEntry(rs.getLong(1), InteractionType.valueOf(rs.getString(2)),
                        Direction.valueOf(rs.getString(3)), LocalDates.parseDateTime(rs.getString(4)), rs.getString(5)))
                .list());
    }

    @Override
    public List<LedgerRow> referredMeSince(LocalDate since, int limit) {
        return tx.read(h -> h.createQuery("""
                        SELECT c.id, c.display_name,
                               sum(i.direction = 'GIVEN') AS given, sum(i.direction = 'RECEIVED') AS received
                        FROM interaction i
                        JOIN interaction_contact ic ON ic.interaction_id = i.id AND ic.role = 'WITH'
                        JOIN contact c ON c.id = ic.contact_id
                        WHERE i.type = 'REFERRAL' AND i.occurred_at >= ? AND i.deleted_at IS NULL AND c.deleted_at IS NULL
                        GROUP BY c.id HAVING received > 0
                        ORDER BY received DESC, c.sort_name, c.id LIMIT ?""")
                .bind(0, since.toString()).bind(1, limit)
                .map((rs, ctx) -> rowOf(h, rs))
                .list());
    }

    @Override
    public List<LedgerRow> oweMost(int limit) {
        return tx.read(h -> h.createQuery(ledgerSummary("s.received > s.given", "s.received - s.given DESC"))
                .bind(0, limit).map((rs, ctx) -> rowOf(h, rs)).list());
    }

    @Override
    public List<LedgerRow> receivedWithoutGiving(int limit) {
        return tx.read(h -> h.createQuery(ledgerSummary("s.received = 0 AND s.given > 0", "s.given DESC"))
                .bind(0, limit).map((rs, ctx) -> rowOf(h, rs)).list());
    }

    @Override
    public long count() {
        return tx.read(h -> h.createQuery("SELECT count(*) FROM interaction WHERE deleted_at IS NULL")
                .mapTo(Long.class).one());
    }

    private static LedgerRow rowOf(Handle h, java.sql.ResultSet rs) throws java.sql.SQLException {
        long id = rs.getLong("id");
        // the flag shows wherever a contact appears; a few dozen rows, each one primary-key lookup
        boolean flagged = h.createQuery("SELECT coalesce((SELECT flagged FROM relationship WHERE contact_id = ?), 0)")
                .bind(0, id).mapTo(Integer.class).one() == 1;
        return new LedgerRow(id, rs.getString("display_name"), rs.getInt("given"), rs.getInt("received"), flagged);
    }
}
