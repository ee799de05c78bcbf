package app.rapport.persistence.ties;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.ties.Assessment;
import app.rapport.domain.ties.Relationship;
import app.rapport.domain.ties.Tie;
import app.rapport.domain.ties.TieType;
import app.rapport.domain.ties.TieView;
import app.rapport.persistence.Database;
import app.rapport.persistence.LocalDates;
import app.rapport.persistence.Transactions;
import app.rapport.persistence.network.NetworkWriter;
import app.rapport.service.StorageException.Reason;
import app.rapport.service.StorageException;
import app.rapport.service.ties.RelationshipRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Ties, relationships and tag cadences in SQLite through Jdbi. Each public method is one transaction. */
public final class JdbiRelationshipRepository implements RelationshipRepository {
    private final Transactions tx;

    public JdbiRelationshipRepository(Database database) {
        this.tx = new Transactions(database.jdbi());
    }

    @Override
    public Set<Long> liveContacts(Collection<Long> ids) {
        return tx.liveContacts(ids);
    }

    @Override
    public List<TieView> ties(long contactId) {
        return tx.read(h -> h.createQuery("""
                        SELECT t.id, t.from_id, t.to_id, t.type, t.strength, t.since, t.note,
                               o.id AS other_id, o.display_name, o.kind, t.from_id = :id AS outgoing,
                               coalesce(r.flagged, 0) AS flagged, coalesce(r.flag_reason, '') AS flag_reason
                        FROM tie t
                        JOIN contact o ON o.id = CASE WHEN t.from_id = :id THEN t.to_id ELSE t.from_id END
                        LEFT JOIN relationship r ON r.contact_id = o.id
                        WHERE (t.from_id = :id OR t.to_id = :id) AND o.deleted_at IS NULL
                        ORDER BY t.type, o.sort_name, o.id""")
                .bind("id", contactId)
                .map((rs, ctx) -> new TieView(tieOf(rs), rs.getLong("other_id"), rs.getString("display_name"),
                        ContactKind.valueOf(rs.getString("kind")), rs.getInt("outgoing") == 1,
                        rs.getInt("flagged") == 1, rs.getString("flag_reason")))
                .list());
    }

    @Override
    public Optional<Tie> tie(long tieId) {
        return tx.read(h -> h.createQuery("SELECT * FROM tie WHERE id = ?").bind(0, tieId)
                .map((rs, ctx) -> tieOf(rs)).findOne());
    }

    @Override
    public boolean duplicates(Tie tie) {
        return tx.read(h -> h.createQuery("""
                        SELECT EXISTS (SELECT 1 FROM tie WHERE id <> :id AND type = :type
                            AND ((from_id = :from AND to_id = :to) OR (:symmetric AND from_id = :to AND to_id = :from)))""")
                .bind("id", tie.id()).bind("type", tie.type().name()).bind("from", tie.fromId()).bind("to", tie.toId())
                .bind("symmetric", tie.type().isSymmetric() ? 1 : 0)
                .mapTo(Boolean.class).one());
    }

    @Override
    public long saveTie(Tie tie) {
        return tx.write(h -> {
            if (tie.id() == 0) {
                return h.createUpdate("""
                                INSERT INTO tie (from_id, to_id, type, strength, since, note)
                                VALUES (:from, :to, :type, :strength, :since, :note)""")
                        .bindMap(tieColumns(tie)).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            }
            Map<String, Object> columns = tieColumns(tie);
            columns.put("id", tie.id());
            int changed = h.createUpdate("""
                            UPDATE tie SET from_id = :from, to_id = :to, type = :type, strength = :strength,
                                since = :since, note = :note WHERE id = :id""")
                    .bindMap(columns).execute();
            if (changed == 0) {
                throw new StorageException(Reason.NOT_FOUND, "Tie " + tie.id() + " no longer exists");
            }
            return tie.id();
        });
    }

    @Override
    public void removeTie(long tieId) {
        tx.write(h -> {
            if (h.execute("DELETE FROM tie WHERE id = ?", tieId) == 0) {
                throw new StorageException(Reason.NOT_FOUND, "Tie " + tieId + " no longer exists");
            }
            return null;
        });
    }

    @Override
    public Optional<Relationship> relationship(long contactId) {
        return tx.read(h -> h.createQuery("SELECT * FROM relationship WHERE contact_id = ?").bind(0, contactId)
                .map((rs, ctx) -> relationshipOf(rs)).findOne());
    }

    @Override
    public void saveRelationship(Relationship relationship) {
        tx.write(h -> h.execute(NetworkWriter.UPSERT_RELATIONSHIP, NetworkWriter.relationshipValues(relationship)));
    }

    @Override
    public Map<String, Cadence> tagCadences() {
        return tx.read(h -> {
            Map<String, Cadence> cadences = new LinkedHashMap<>();
            h.createQuery("""
                            SELECT t.name, tc.cadence_days, tc.cadence_unit FROM tag_cadence tc JOIN tag t ON t.id = tc.tag_id
                            ORDER BY t.name COLLATE NOCASE""")
                    .map((rs, ctx) -> Map.entry(rs.getString(1),
                            Cadence.ofDays(rs.getInt(2), Cadence.Unit.valueOf(rs.getString(3)))))
                    .forEach(e -> cadences.put(e.getKey(), e.getValue()));
            return cadences;
        });
    }

    @Override
    public java.util.Optional<app.rapport.domain.keepintouch.InheritedCadence> inheritedCadence(long contactId) {
        // the shortest default, as contact_due takes min(cadence_days)
        return tx.read(h -> h.createQuery("""
                        SELECT t.name, tc.cadence_days, tc.cadence_unit
                        FROM contact_tag ct JOIN tag_cadence tc ON tc.tag_id = ct.tag_id JOIN tag t ON t.id = ct.tag_id
                        WHERE ct.contact_id = ? ORDER BY tc.cadence_days, t.name LIMIT 1""")
                .bind(0, contactId)
                .map((rs, ctx) -> new app.rapport.domain.keepintouch.InheritedCadence(rs.getString(1),
                        Cadence.ofDays(rs.getInt(2), Cadence.Unit.valueOf(rs.getString(3)))))
                .findOne());
    }

    @Override
    public void setTagCadence(String tag, Cadence cadence) {
        tx.write(h -> {
            NetworkWriter.setTagCadence(h, tag, cadence);
            return null;
        });
    }

    @Override
    public long countTies() {
        return tx.read(h -> h.createQuery("""
                SELECT count(*) FROM tie t JOIN contact a ON a.id = t.from_id JOIN contact b ON b.id = t.to_id
                WHERE a.deleted_at IS NULL AND b.deleted_at IS NULL""").mapTo(Long.class).one());
    }

    private static Map<String, Object> tieColumns(Tie tie) {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("from", tie.fromId());
        m.put("to", tie.toId());
        m.put("type", tie.type().name());
        m.put("strength", tie.strength());
        m.put("since", LocalDates.format(tie.since()));
        m.put("note", tie.note());
        return m;
    }

    private static Tie tieOf(ResultSet rs) throws SQLException {
        return new Tie(rs.getLong("id"), rs.getLong("from_id"), rs.getLong("to_id"), TieType.valueOf(rs.getString("type")),
                rs.getInt("strength"), LocalDates.parse(rs.getString("since")), rs.getString("note"));
    }

    public static Relationship relationshipOf(ResultSet rs) throws SQLException {
        int days = rs.getInt("cadence_days");
        Cadence cadence = rs.wasNull() ? null : Cadence.ofDays(days, Cadence.Unit.valueOf(rs.getString("cadence_unit")));
        long introducer = rs.getLong("introduced_by");
        Long introducedBy = rs.wasNull() ? null : introducer;
        String assessedOn = rs.getString("assessed_on");
        Assessment assessment = assessedOn == null ? null : new Assessment(rs.getInt("trust"), rs.getInt("goodwill"),
                rs.getInt("authority"), rs.getInt("community"), rs.getInt("empathy"), rs.getInt("shared_values"),
                rs.getInt("respect"), rs.getInt("collaboration"), LocalDates.parse(assessedOn));
        return new Relationship(rs.getLong("contact_id"), rs.getInt("strength"), cadence, rs.getString("how_we_met"),
                introducedBy, rs.getInt("flagged") == 1, rs.getString("flag_reason"),
                LocalDates.parse(rs.getString("snoozed_until")), assessment);
    }
}
