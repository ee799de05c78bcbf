package app.rapport.bench;

import app.rapport.app.Services;
import app.rapport.demo.DemoNetwork;
import app.rapport.demo.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Scoring the whole demo network ({@code mvn -Pbench verify -Dit.test=ScoreBench}): reading every
 * contact's facts, computing the score and keeping it, the median of {@value #RUNS} runs, against a
 * floor of plain JDBC on the same file in the same run that reads the contacts with their relationship
 * and ledger, counts the year's interactions, reads the ties, and writes one integer per contact in one
 * transaction — the same reads and writes without the rules, the mapping or the bridging.
 */
@Tag("bench")
class ScoreBench {
    private static final int PEOPLE = Integer.getInteger("rapport.bench.people", 100_000);
    private static final int ORGS = Math.max(10, PEOPLE / 20);
    private static final int RUNS = 3;

    private final Bench bench = new Bench();
    private final Path work = Path.of("target", "bench-score").toAbsolutePath();
    private final Path db = work.resolve("score.db");

    @Test
    void measure() throws Exception {
        Files.createDirectories(work);
        for (String suffix : List.of("", "-wal", "-shm", ".lock")) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
        try (Services services = Services.open(db)) {
            DemoNetwork.fill(services.contactRepository(), PEOPLE, ORGS, 42, ProgressListener.NONE, () -> false);
        }
        double[] app = new double[RUNS];
        double[] floor = new double[RUNS];
        int scored = 0;
        for (int run = 0; run < RUNS; run++) {
            try (Services services = Services.open(db)) {
                long start = System.nanoTime();
                scored = services.scores().recomputeAll(() -> false);
                app[run] = (System.nanoTime() - start) / 1e9;
            }
            floor[run] = raw();
        }
        Arrays.sort(app);
        Arrays.sort(floor);
        System.out.println("BENCH-INFO contacts=" + scored + " target=5s");
        bench.line("score.all", app[RUNS / 2], "s", floor[RUNS / 2]);
    }

    private double raw() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA cache_size = -32000");
            long start = System.nanoTime();
            List<long[]> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("""
                    SELECT c.id, coalesce(r.strength, 3), c.last_interaction_on, r.cadence_days,
                           coalesce(l.given, 0), coalesce(l.received, 0)
                    FROM contact c LEFT JOIN relationship r ON r.contact_id = c.id
                    LEFT JOIN ledger_summary l ON l.contact_id = c.id WHERE c.deleted_at IS NULL""")) {
                while (rs.next()) {
                    rows.add(new long[] {rs.getLong(1), rs.getInt(2) + rs.getInt(5) + rs.getInt(6)});
                    rs.getString(3);
                }
            }
            try (ResultSet rs = s.executeQuery("""
                    SELECT ic.contact_id, count(*) FROM interaction i
                    JOIN interaction_contact ic ON ic.interaction_id = i.id AND ic.role = 'WITH'
                    WHERE i.deleted_at IS NULL AND i.occurred_at >= '2025-11-02' GROUP BY ic.contact_id""")) {
                while (rs.next()) {
                    rs.getLong(1);
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT from_id, to_id FROM tie")) {
                while (rs.next()) {
                    rs.getLong(1);
                }
            }
            c.setAutoCommit(false);
            try (PreparedStatement update = c.prepareStatement("UPDATE contact SET score = ? WHERE id = ?")) {
                for (long[] row : rows) {
                    update.setLong(1, row[1] % 101);
                    update.setLong(2, row[0]);
                    update.addBatch();
                }
                update.executeBatch();
            }
            c.commit();
            return (System.nanoTime() - start) / 1e9;
        }
    }
}
