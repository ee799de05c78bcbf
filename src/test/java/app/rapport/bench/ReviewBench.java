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
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Picking a review round from the demo network ({@code mvn -Pbench verify -Dit.test=ReviewBench}): the
 * queue of 200 with its cards, in card season (every contact's first address is looked at) and out of
 * it, the median of {@value #RUNS} runs, against a floor of plain JDBC counting the same contacts in one
 * scan without ranking or the address check.
 */
@Tag("bench")
class ReviewBench {
    private static final int PEOPLE = Integer.getInteger("rapport.bench.people", 100_000);
    private static final int ORGS = Math.max(10, PEOPLE / 20);
    private static final int RUNS = 5;
    private static final LocalDate IN_SEASON = LocalDate.of(2026, 11, 22);
    private static final LocalDate OUT_OF_SEASON = LocalDate.of(2026, 6, 15);

    private final Bench bench = new Bench();
    private final Path work = Path.of("target", "bench-review").toAbsolutePath();
    private final Path db = work.resolve("review.db");

    @Test
    void measure() throws Exception {
        Files.createDirectories(work);
        for (String suffix : List.of("", "-wal", "-shm", ".lock")) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
        try (Services services = Services.open(db)) {
            DemoNetwork.fill(services.contactRepository(), PEOPLE, ORGS, 42, ProgressListener.NONE, () -> false);
            services.scores().recomputeAll(() -> false);
        }
        for (LocalDate today : List.of(IN_SEASON, OUT_OF_SEASON)) {
            double[] app = new double[RUNS];
            double[] round = new double[RUNS];
            double[] floor = new double[RUNS];
            try (Services services = Services.open(db)) {
                for (int run = 0; run < RUNS; run++) {
                    long start = System.nanoTime();
                    int size = services.reviews().queue(today, 200).size();
                    app[run] = (System.nanoTime() - start) / 1e6;
                    start = System.nanoTime();
                    services.reviews().startRound(today);
                    round[run] = (System.nanoTime() - start) / 1e6;
                    floor[run] = raw(today);
                    if (run == 0) {
                        System.out.println("BENCH-INFO today=" + today + " round=" + size);
                    }
                }
            }
            String season = today == IN_SEASON ? "season" : "offseason";
            bench.line("review.queue." + season, Bench.median(app), "ms", Bench.median(floor));
            bench.line("review.startRound." + season, Bench.median(round), "ms", Bench.median(floor));
        }
        System.out.println("BENCH-INFO contacts=" + (PEOPLE + ORGS) + " target=500ms");
    }

    private double raw(LocalDate today) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement p = c.prepareStatement("""
                     SELECT count(*) FROM contact c LEFT JOIN relationship r ON r.contact_id = c.id
                     WHERE c.deleted_at IS NULL AND c.archived = 0
                       AND (r.flagged = 1 OR c.next_due_on < ? OR c.score < c.score_before OR c.created_at < ?)""")) {
            c.createStatement().execute("PRAGMA cache_size = -32000");
            p.setString(1, today.toString());
            p.setString(2, today.minusMonths(6).toString());
            long start = System.nanoTime();
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
            }
            return (System.nanoTime() - start) / 1e6;
        }
    }
}
