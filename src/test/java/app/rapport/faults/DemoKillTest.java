package app.rapport.faults;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.service.FaultPoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code rapport demo} writes its network in chunks of 2,000 contacts. Killed part way, running the same
 * command again finishes the network, and the file ends up exactly as one uninterrupted run makes it.
 */
@Tag("faults")
class DemoKillTest {
    /** 2,560 contacts: two chunks, so a kill can fall after the first. */
    private static final List<String> DEMO = List.of("demo", "--people", "2500", "--orgs", "60");
    private static final int CONTACTS = 2_560;

    private static Fixtures fixtures;
    private static Snapshot.State finished;

    @BeforeAll
    static void uninterruptedRun() throws Exception {
        fixtures = Fixtures.get();
        Path dir = fixtures.caseFolder("demo reference");
        fixtures.succeed(args(dir.resolve("demo.db")).toArray(String[]::new));
        finished = Snapshot.of(dir.resolve("demo.db"));
        assertThat(finished.rows()).containsEntry("contact", CONTACTS);
    }

    private static List<String> args(Path db) {
        List<String> args = new ArrayList<>(List.of("--db", db.toString()));
        args.addAll(DEMO);
        return args;
    }

    @TestFactory
    Stream<DynamicTest> aRerunAfterAKillFinishesTheDemo() {
        return Stream.of(
                DynamicTest.dynamicTest("demo killed once the first contacts are in the file",
                        () -> killAndRerun("first contacts", null, DemoKillTest::someContactsWritten)),
                DynamicTest.dynamicTest("demo killed right after its first chunk",
                        () -> killAndRerun("after the first chunk", "demo:chunk#1", null)),
                DynamicTest.dynamicTest("demo killed before the cooperation matrix",
                        () -> killAndRerun("before the matrix", "demo:matrix", null)),
                DynamicTest.dynamicTest("demo killed while it writes its network",
                        () -> killAndRerun("while writing", null, db -> walBytes(db) > 2_000_000)));
    }

    private interface Watch {
        boolean seen(Path db) throws Exception;
    }

    private static void killAndRerun(String point, String pauseAt, Watch watch) throws Exception {
        Path dir = fixtures.caseFolder("demo " + point);
        Path db = dir.resolve("demo.db");
        List<String> properties = pauseAt == null ? List.of() : List.of(FaultPoint.PROPERTY + "=" + pauseAt);
        try (ChildRapport.Running running = fixtures.rapport.start(properties, args(db))) {
            if (pauseAt != null) {
                running.awaitPause(pauseAt);
            } else {
                while (running.isAlive() && !watch.seen(db)) {
                    LockSupport.parkNanos(1_000_000);
                }
            }
            assertThat(running.kill()).as("the demo was still running when killed").isTrue();
        }
        assertThat(Snapshot.integrity(db)).isEqualTo("ok");
        int left = contacts(db);

        ChildRapport.Result again = fixtures.rapport.run(args(db).toArray(String[]::new));

        assertThat(again.code()).as("a rerun after the kill at %d of %d contacts: %s", left, CONTACTS, again.err()).isZero();
        if (left > 0) {
            assertThat(again.out()).contains("demo: continuing the demo network that was stopped after");
        }
        assertThat(Snapshot.integrity(db)).isEqualTo("ok");
        Snapshot.State state = Snapshot.of(db);
        assertThat(state.digest()).as("the same as an uninterrupted run: %s, not %s", finished, state)
                .isEqualTo(finished.digest());
        KillSweep.opensWithRapport(db);
        Figures.record("demo", "demo", point, "killed at " + left + " of " + CONTACTS + " contacts; rerun finished it");
        Fixtures.deleteTree(dir);
    }

    private static boolean someContactsWritten(Path db) {
        return Files.exists(db) && contacts(db) > 0;
    }

    private static long walBytes(Path db) throws Exception {
        Path wal = db.resolveSibling(db.getFileName() + "-wal");
        return Files.exists(wal) ? Files.size(wal) : 0;
    }

    /** Contacts committed so far, read beside the writer as another process would. */
    private static int contacts(Path db) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db + "?open_mode=1");
             Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 50");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM contact")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (SQLException e) {
            return 0; // not made yet, or its schema not yet written
        }
    }
}
