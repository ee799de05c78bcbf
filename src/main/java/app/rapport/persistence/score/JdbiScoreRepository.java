package app.rapport.persistence.score;

import app.rapport.domain.score.ScoreFacts;
import app.rapport.persistence.Database;
import app.rapport.persistence.LocalDates;
import app.rapport.persistence.Transactions;
import app.rapport.persistence.network.NetworkWriter;
import app.rapport.service.score.ScoreRepository;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Score facts from SQLite: one pass over contacts with their relationship and ledger summary, one
 * grouped count of the year's interactions, and the ties for bridging (docs/SCORING.md: a contact's
 * group is its employer, or itself; a bridge is a tie into another group).
 */
public final class JdbiScoreRepository implements ScoreRepository {
    private static final String FACTS = """
            SELECT c.id, coalesce(r.strength, 3) AS strength, c.last_interaction_on,
                   coalesce(r.cadence_days, (SELECT min(tc.cadence_days) FROM contact_tag ct
                       JOIN tag_cadence tc ON tc.tag_id = ct.tag_id WHERE ct.contact_id = c.id), 0) AS cadence,
                   coalesce(l.given, 0) AS given, coalesce(l.received, 0) AS received,
                   CASE WHEN r.assessed_on IS NULL THEN -1.0
                        ELSE (r.trust + r.goodwill + r.authority + r.community + r.empathy + r.shared_values
                              + r.respect + r.collaboration) / 8.0 END AS assessment
            FROM contact c LEFT JOIN relationship r ON r.contact_id = c.id
            LEFT JOIN ledger_summary l ON l.contact_id = c.id
            WHERE c.deleted_at IS NULL""";

    private final Transactions tx;

    public JdbiScoreRepository(Database database) {
        this.tx = new Transactions(database.jdbi());
    }

    /** The columns of one row before the counts are known. */
    private record Row(long id, int strength, LocalDate last, int cadence, int given, int received,
                       double assessment) {
    }

    @Override
    public Map<Long, ScoreFacts> facts(LocalDate today) {
        return tx.read(h -> {
            List<Row> rows = h.createQuery(FACTS).map((rs, ctx) -> row(rs)).list();
            Map<Long, Integer> counts = new HashMap<>();
            h.createQuery("""
                            SELECT ic.contact_id, count(*) FROM interaction i
                            JOIN interaction_contact ic ON ic.interaction_id = i.id AND ic.role = 'WITH'
                            WHERE i.deleted_at IS NULL AND i.occurred_at >= ? AND i.occurred_at < ?
                            GROUP BY ic.contact_id""")
                    .bind(0, yearAgo(today)).bind(1, today.plusDays(1).toString())
                    .map((rs, ctx) -> counts.put(rs.getLong(1), rs.getInt(2))).list();
            Map<Long, Integer> bridges = bridges(h, null);
            Map<Long, ScoreFacts> facts = new HashMap<>(rows.size() * 2);
            for (Row r : rows) {
                facts.put(r.id(), facts(r, today, counts.getOrDefault(r.id(), 0), bridges.getOrDefault(r.id(), 0)));
            }
            return facts;
        });
    }

    @Override
    public Optional<ScoreFacts> facts(long contactId, LocalDate today) {
        return tx.read(h -> h.createQuery(FACTS + " AND c.id = ?").bind(0, contactId).map((rs, ctx) -> row(rs))
                .findOne().map(r -> {
                    int count = h.createQuery("""
                                    SELECT count(*) FROM interaction_contact ic JOIN interaction i ON i.id = ic.interaction_id
                                    WHERE ic.contact_id = ? AND ic.role = 'WITH' AND i.deleted_at IS NULL
                                      AND i.occurred_at >= ? AND i.occurred_at < ?""")
                            .bind(0, contactId).bind(1, yearAgo(today)).bind(2, today.plusDays(1).toString())
                            .mapTo(Integer.class).one();
                    return facts(r, today, count, bridges(h, contactId).getOrDefault(contactId, 0));
                }));
    }

    @Override
    public void store(Map<Long, Integer> scores, LocalDate on) {
        tx.write(h -> {
            PreparedBatch batch = h.prepareBatch("""
                    UPDATE contact SET score_before = CASE WHEN scored_on IS NULL OR scored_on < :on THEN score
                                                           ELSE score_before END,
                                       score = :score, scored_on = :on
                    WHERE id = :id""");
            scores.forEach((id, score) -> batch.bind("id", id).bind("score", score).bind("on", on.toString()).add());
            if (batch.size() > 0) {
                batch.execute();
                // the map sizes nodes by score: it reads the network again
                h.execute("UPDATE network_version SET version = version + 1");
            }
            return null;
        });
    }

    @Override
    public long unscored(LocalDate day) {
        return tx.read(h -> h.createQuery(
                        "SELECT count(*) FROM contact WHERE deleted_at IS NULL AND (scored_on IS NULL OR scored_on <> ?)")
                .bind(0, day.toString()).mapTo(Long.class).one());
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getLong("id"), rs.getInt("strength"), LocalDates.parse(rs.getString("last_interaction_on")),
                rs.getInt("cadence"), rs.getInt("given"), rs.getInt("received"), rs.getDouble("assessment"));
    }

    private static ScoreFacts facts(Row r, LocalDate today, int interactions, int bridges) {
        long since = r.last() == null ? -1 : Math.max(0, ChronoUnit.DAYS.between(r.last(), today));
        return new ScoreFacts(r.strength(), since, r.cadence(), interactions, r.given(), r.received(), r.assessment(),
                bridges);
    }

    private static String yearAgo(LocalDate today) {
        return today.minusYears(1).plusDays(1).toString();
    }

    /**
     * For each contact (or only {@code onlyId}), how many groups besides its own its ties reach. A
     * person's group is the first organisation it works at; anyone else is a group of its own.
     */
    private static Map<Long, Integer> bridges(Handle h, Long onlyId) {
        String live = " AND f.deleted_at IS NULL AND t2.deleted_at IS NULL";
        String where = onlyId == null ? "" : " AND (t.from_id = " + onlyId + " OR t.to_id = " + onlyId + ")";
        List<long[]> ties = new ArrayList<>();
        h.createQuery("SELECT t.from_id, t.to_id FROM tie t JOIN contact f ON f.id = t.from_id"
                        + " JOIN contact t2 ON t2.id = t.to_id WHERE 1 = 1" + live + where)
                .map((rs, ctx) -> ties.add(new long[] {rs.getLong(1), rs.getLong(2)})).list();
        Set<Long> people = new HashSet<>();
        ties.forEach(t -> {
            people.add(t[0]);
            people.add(t[1]);
        });
        Map<Long, Long> employer = new HashMap<>();
        h.createQuery("""
                        SELECT t.from_id, min(t.to_id) FROM tie t JOIN contact o ON o.id = t.to_id
                        WHERE t.type = 'WORKS_AT' AND o.deleted_at IS NULL""" + (onlyId == null ? ""
                        : " AND t.from_id IN (SELECT value FROM json_each(:ids))") + " GROUP BY t.from_id")
                .bindMap(onlyId == null ? Map.of() : Map.of("ids", NetworkWriter.jsonArray(people)))
                .map((rs, ctx) -> employer.put(rs.getLong(1), rs.getLong(2))).list();
        Map<Long, Set<Long>> reached = new HashMap<>();
        for (long[] t : ties) {
            reach(reached, employer, t[0], t[1]);
            reach(reached, employer, t[1], t[0]);
        }
        Map<Long, Integer> bridges = new HashMap<>();
        reached.forEach((id, groups) -> bridges.put(id, groups.size()));
        return bridges;
    }

    private static void reach(Map<Long, Set<Long>> reached, Map<Long, Long> employer, long from, long to) {
        long own = employer.getOrDefault(from, from);
        long other = employer.getOrDefault(to, to);
        if (other != own && other != from) {
            reached.computeIfAbsent(from, k -> new HashSet<>()).add(other);
        }
    }
}
