package app.rapport.persistence.dashboard;

import app.rapport.domain.dashboard.Goal;
import app.rapport.domain.dashboard.Indicator;
import app.rapport.domain.dashboard.IndicatorFacts;
import app.rapport.domain.dashboard.IndicatorValues;
import app.rapport.domain.dashboard.Indicators;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.persistence.Database;
import app.rapport.persistence.Transactions;
import app.rapport.service.dashboard.DashboardRepository;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/**
 * The dashboard in SQLite (V8). The facts are counts over the columns and summaries the triggers
 * already keep ({@code next_due_on}, {@code ledger_summary}, {@code score}), so the whole dashboard
 * reads a handful of aggregates, not the interactions one by one.
 */
public final class JdbiDashboardRepository implements DashboardRepository {
    private final Transactions tx;

    public JdbiDashboardRepository(Database database) {
        this.tx = new Transactions(database.jdbi());
    }

    @Override
    public IndicatorFacts facts(LocalDate today) {
        String yearAgo = today.minusYears(1).plusDays(1).toString();
        String tomorrow = today.plusDays(1).toString();
        return tx.read(h -> {
            long[] cadence = h.createQuery("""
                            SELECT count(*), coalesce(sum(next_due_on < ?), 0) FROM contact
                            WHERE deleted_at IS NULL AND archived = 0 AND next_due_on <> '9999-12-31'""")
                    .bind(0, today.toString())
                    .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).one();
            long[] ledger = h.createQuery("SELECT coalesce(sum(given), 0), coalesce(sum(received), 0) FROM ledger_summary")
                    .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).one();
            long[] referrals = h.createQuery("""
                            SELECT coalesce(sum(direction = 'RECEIVED'), 0), coalesce(sum(direction = 'GIVEN'), 0)
                            FROM interaction WHERE type = 'REFERRAL' AND deleted_at IS NULL
                              AND occurred_at >= ? AND occurred_at < ?""")
                    .bind(0, yearAgo).bind(1, tomorrow)
                    .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).one();
            long newTies = count(h, "SELECT count(*) FROM tie WHERE since >= ? AND since <= ?",
                    Indicators.quarterStart(today).toString(), today.toString());
            // every card logged, from a card list (marking an envelope sent logs one) or by hand
            long cardsSent = count(h, """
                            SELECT count(*) FROM interaction WHERE type = 'CARD' AND direction <> 'RECEIVED'
                              AND deleted_at IS NULL AND occurred_at >= ? AND occurred_at < ?""",
                    yearAgo, tomorrow);
            long[] followUps = h.createQuery("""
                            SELECT count(*), coalesce(sum(done_at IS NOT NULL), 0) FROM follow_up
                            WHERE source = 'CARD' AND due_on >= ? AND due_on <= ?""")
                    .bind(0, yearAgo).bind(1, today.toString())
                    .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).one();
            long[] scores = h.createQuery("""
                            SELECT coalesce(sum(score), 0), count(score), coalesce(sum(score < score_before), 0)
                            FROM contact WHERE deleted_at IS NULL AND archived = 0""")
                    .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).one();
            return new IndicatorFacts(cadence[0], cadence[1], ledger[0], ledger[1], referrals[0], referrals[1],
                    newTies, cardsSent, followUps[0], followUps[1], scores[0], scores[1], scores[2]);
        });
    }

    private static long count(Handle h, String sql, String a, String b) {
        return h.createQuery(sql).bind(0, a).bind(1, b).mapTo(Long.class).one();
    }

    @Override
    public void saveSnapshot(IndicatorValues values) {
        tx.write(h -> {
            var batch = h.prepareBatch("INSERT OR REPLACE INTO indicator_snapshot (day, indicator, value) VALUES (?, ?, ?)");
            values.values().forEach((indicator, value) -> batch.add(values.day().toString(), indicator.name(), value));
            batch.execute();
            return null;
        });
    }

    @Override
    public List<IndicatorValues> snapshots(LocalDate from, LocalDate to) {
        return tx.read(h -> {
            Map<LocalDate, Map<Indicator, Double>> days = new TreeMap<>();
            h.createQuery("SELECT day, indicator, value FROM indicator_snapshot WHERE day >= ? AND day <= ?")
                    .bind(0, from.toString()).bind(1, to.toString())
                    .map((rs, ctx) -> {
                        Indicator indicator = indicator(rs.getString(2));
                        if (indicator != null) {
                            days.computeIfAbsent(LocalDate.parse(rs.getString(1)), d -> new EnumMap<>(Indicator.class))
                                    .put(indicator, rs.getDouble(3));
                        }
                        return null;
                    }).list();
            List<IndicatorValues> list = new ArrayList<>();
            days.forEach((day, values) -> list.add(new IndicatorValues(day, values)));
            return list;
        });
    }

    /** An indicator a later version may have dropped is skipped, not an error. */
    private static Indicator indicator(String name) {
        try {
            return Indicator.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public List<Goal> goals() {
        return tx.read(h -> h.createQuery("SELECT id, indicator, target, start, due_on, set_on FROM goal ORDER BY due_on, id")
                .map((rs, ctx) -> {
                    Indicator indicator = indicator(rs.getString(2));
                    return indicator == null ? null : new Goal(rs.getLong(1), indicator, rs.getDouble(3),
                            rs.getDouble(4), LocalDate.parse(rs.getString(5)), LocalDate.parse(rs.getString(6)));
                }).list().stream().filter(java.util.Objects::nonNull).toList());
    }

    @Override
    public long addGoal(Goal goal) {
        return tx.write(h -> h.createUpdate("INSERT INTO goal (indicator, target, start, due_on, set_on) VALUES (?, ?, ?, ?, ?)")
                .bind(0, goal.indicator().name()).bind(1, goal.target()).bind(2, goal.start())
                .bind(3, goal.dueOn().toString()).bind(4, goal.setOn().toString())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    @Override
    public void removeGoal(long id) {
        tx.write(h -> h.execute("DELETE FROM goal WHERE id = ?", id));
    }

    @Override
    public int[] scoreDistribution() {
        return tx.read(h -> {
            int[] buckets = new int[10];
            h.createQuery("""
                            SELECT min(score / 10, 9), count(*) FROM contact
                            WHERE deleted_at IS NULL AND archived = 0 AND score IS NOT NULL GROUP BY 1""")
                    .map((rs, ctx) -> buckets[rs.getInt(1)] = rs.getInt(2)).list();
            return buckets;
        });
    }

    @Override
    public Map<YearMonth, Map<InteractionType, Integer>> interactionsPerMonth(YearMonth from) {
        return tx.read(h -> {
            Map<YearMonth, Map<InteractionType, Integer>> months = new TreeMap<>();
            h.createQuery("""
                            SELECT substr(occurred_at, 1, 7), type, count(*) FROM interaction
                            WHERE deleted_at IS NULL AND occurred_at >= ? GROUP BY 1, 2""")
                    .bind(0, from.atDay(1).toString())
                    .map((rs, ctx) -> months.computeIfAbsent(YearMonth.parse(rs.getString(1)),
                            m -> new EnumMap<>(InteractionType.class))
                            .put(InteractionType.valueOf(rs.getString(2)), rs.getInt(3))).list();
            return months;
        });
    }

    @Override
    public Map<YearMonth, int[]> ledgerPerMonth(YearMonth from) {
        return tx.read(h -> {
            Map<YearMonth, int[]> months = new TreeMap<>();
            h.createQuery("""
                            SELECT substr(occurred_at, 1, 7), sum(direction = 'GIVEN'), sum(direction = 'RECEIVED')
                            FROM interaction WHERE deleted_at IS NULL AND occurred_at >= ?
                              AND type IN ('FAVOUR', 'INTRODUCTION', 'REFERRAL', 'GIFT') GROUP BY 1""")
                    .bind(0, from.atDay(1).toString())
                    .map((rs, ctx) -> months.put(YearMonth.parse(rs.getString(1)), new int[] {rs.getInt(2), rs.getInt(3)}))
                    .list();
            return months;
        });
    }
}
