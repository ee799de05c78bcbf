package app.rapport.faults;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.app.Services;
import app.rapport.service.FaultPoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs one command once to the end (the reference: how long it takes, what it leaves), then again
 * from the same start several times, each killed with SIGKILL at another moment of its run, and checks
 * what each kill left: the database passes {@code PRAGMA integrity_check}, holds exactly the data from
 * before the command or exactly the data from after it, and opens with Rapport again; each backup is
 * whole; an output file is the old one or the whole new one, never part of it under its real name.
 */
final class KillSweep {
    /** What the command writes besides the database, at {@code out} in the case's folder. */
    enum Output {
        NONE,
        /** replaces an existing file: the old bytes or exactly the reference's */
        FILE,
        /** replaces an existing JSON backup: the old bytes or the reference's, its time stamp aside */
        JSON,
        /** a new database copy that must not exist before: absent, or whole with the database's data */
        NEW_DATABASE,
        /** a new JSON backup: absent, or the reference's, its time stamp aside */
        NEW_JSON
    }

    static final String OLD_OUTPUT = "an earlier export that must survive a failed one\n";

    /** One folder a command runs in: the database, its backups folder and the output file. */
    record Case(Path dir) {
        Path db() {
            return dir.resolve("rapport.db");
        }

        Path out() {
            return dir.resolve("out");
        }

        Path backups() {
            return dir.resolve("backups");
        }
    }

    record Reference(long millis, Snapshot.State before, Snapshot.State after, byte[] output) {
    }

    private final Fixtures fixtures;
    private final String name;
    private final Path startFrom;
    private final Function<Case, List<String>> args;
    private final Output output;

    KillSweep(Fixtures fixtures, String name, Path startFrom, Output output, Function<Case, List<String>> args) {
        this.fixtures = fixtures;
        this.name = name;
        this.startFrom = startFrom;
        this.args = args;
        this.output = output;
    }

    /**
     * A moment to kill at, seen from outside the child: a delay after its start, or something the
     * test watches for in the case's folder (a temporary file appearing or growing, the WAL growing).
     */
    record Point(String label, long delayMillis, Watch watch, String pauseAt) {
        static Point after(long millis) {
            return new Point(millis + " ms", millis, null, null);
        }

        static Point when(String label, Watch watch) {
            return new Point(label, 0, watch, null);
        }

        /** Where Rapport stops itself when told to ({@link FaultPoint}), for a moment too short to catch from outside. */
        static Point pause(String faultPoint) {
            return new Point("at " + faultPoint, 0, null, faultPoint);
        }

        List<String> properties() {
            return pauseAt == null ? List.of() : List.of(FaultPoint.PROPERTY + "=" + pauseAt);
        }
    }

    @FunctionalInterface
    interface Watch {
        boolean seen(Case c) throws IOException;
    }

    /** A hidden file (a temporary copy or partial output) of at least {@code bytes} in the folder or its backups. */
    static Point temporaryFile(long bytes) {
        return Point.when(bytes == 0 ? "temporary file appears" : "temporary file reaches " + bytes / 1024 + " KB",
                c -> largestHidden(c) >= bytes);
    }

    /** The database's write-ahead log holds at least {@code bytes}: a transaction is being written. */
    static Point walReaches(long bytes) {
        return Point.when("WAL reaches " + bytes / 1024 + " KB", c -> {
            Path wal = c.dir().resolve("rapport.db-wal");
            return Files.exists(wal) && Files.size(wal) >= bytes;
        });
    }

    /** A new visible file in the backups folder (the copy under its real name). */
    static Point backupAppears() {
        return Point.when("backup appears", c -> !visibleDatabases(c.backups()).isEmpty());
    }

    private static long largestHidden(Case c) throws IOException {
        long largest = -1;
        for (Path folder : List.of(c.dir(), c.backups())) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    if (p.getFileName().toString().startsWith(".")) {
                        try {
                            largest = Math.max(largest, Files.size(p));
                        } catch (java.nio.file.NoSuchFileException gone) {
                            // renamed or deleted between the listing and the look: not there any more
                        }
                    }
                }
            }
        }
        return largest;
    }

    /**
     * The reference run, then one test per kill: at each fraction of the time between the JVM being
     * up and the reference run's end, and at each watched point.
     */
    Stream<DynamicTest> killedAt(double[] fractions, Point... watched) throws Exception {
        Reference reference = reference();
        long up = Math.min(fixtures.startupMillis(), reference.millis());
        List<Point> points = new ArrayList<>();
        for (double f : fractions) {
            points.add(Point.after(up + Math.round((reference.millis() - up) * f)));
        }
        points.addAll(List.of(watched));
        return points.stream().map(p -> {
            String how = p.pauseAt() != null ? "" : p.watch() != null ? "when " : "at ";
            String label = name + " killed " + how + p.label() + " (whole run " + reference.millis() + " ms)";
            return DynamicTest.dynamicTest(label, () -> killOnce(label, p, reference));
        });
    }

    Reference reference() throws Exception {
        Case c = prepare(name + " reference");
        Snapshot.State before = Snapshot.of(c.db());
        ChildRapport.Result r;
        long millis;
        try (ChildRapport.Running running = fixtures.rapport.start(args.apply(c))) {
            r = running.finish();
            millis = running.elapsedMillis();
        }
        assertThat(r.code()).as("%s ran to the end: %s", name, r.err()).isZero();
        Snapshot.State after = Snapshot.of(c.db());
        byte[] out = output == Output.NONE ? null : normalised(Files.readAllBytes(c.out()));
        Fixtures.deleteTree(c.dir());
        return new Reference(millis, before, after, out);
    }

    /**
     * A run killed at a watched moment that leaves a temporary file, then the database opened again (by
     * {@code rapport stats}): the temporary file is gone, so repeated kills do not fill the disk.
     */
    DynamicTest nextOpenRemovesWhatTheKillLeft(Point point) {
        String label = name + " killed when " + point.label() + ", then opened again";
        return DynamicTest.dynamicTest(label, () -> {
            Case c = prepare(label);
            try (ChildRapport.Running running = fixtures.rapport.start(point.properties(), args.apply(c))) {
                stopAt(running, point, c);
            }
            List<String> left = leftovers(c);
            assertThat(left).as("the kill left a temporary file to clean").isNotEmpty();
            fixtures.succeed("--db", c.db().toString(), "stats");
            assertThat(leftovers(c)).as("hidden files after the next open (the kill left %s)", left).isEmpty();
            Figures.record("leftovers", name, point.label(), "left " + left + "; gone after the next open");
            Fixtures.deleteTree(c.dir());
        });
    }

    private static boolean stopAt(ChildRapport.Running running, Point point, Case c) throws Exception {
        if (point.pauseAt() != null) {
            running.awaitPause(point.pauseAt());
        } else if (point.watch() == null) {
            long wait = point.delayMillis() - running.elapsedMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
        } else {
            // look often, as the moment may last only milliseconds, yet leave the child its core
            while (running.isAlive() && !point.watch().seen(c)) {
                java.util.concurrent.locks.LockSupport.parkNanos(200_000);
            }
        }
        return running.kill();
    }

    private void killOnce(String label, Point point, Reference reference) throws Exception {
        Case c = prepare(label);
        boolean killedWhileRunning;
        try (ChildRapport.Running running = fixtures.rapport.start(point.properties(), args.apply(c))) {
            killedWhileRunning = stopAt(running, point, c);
        }
        String state = check(c, reference);
        Figures.record("kill", name, point.label(), (killedWhileRunning ? "killed; " : "had ended; ") + state);
        Fixtures.deleteTree(c.dir());
    }

    /** Checks everything a kill may have left; returns which state the database and output were in. */
    String check(Case c, Reference reference) throws Exception {
        assertThat(Snapshot.integrity(c.db())).as("integrity of the database").isEqualTo("ok");
        Snapshot.State now = Snapshot.of(c.db());
        assertThat(now.digest()).as("the data is as before (%s) or as after (%s), not %s", reference.before(),
                reference.after(), now).isIn(reference.before().digest(), reference.after().digest());
        String state = now.digest().equals(reference.before().digest()) ? "data as before" : "data as after";
        for (Path backup : visibleDatabases(c.backups())) {
            assertThat(Snapshot.integrity(backup)).as("integrity of %s", backup.getFileName()).isEqualTo("ok");
            assertThat(Snapshot.of(backup).digest()).as("%s holds the data from before or after", backup.getFileName())
                    .isIn(reference.before().digest(), reference.after().digest());
        }
        state += outputState(c, reference);
        opensWithRapport(c.db());
        return state;
    }

    private String outputState(Case c, Reference reference) throws IOException {
        Path out = c.out();
        switch (output) {
            case NONE:
                return "";
            case FILE:
            case JSON: {
                assertThat(out).as("the output's real name").exists();
                byte[] bytes = normalised(Files.readAllBytes(out));
                boolean old = Arrays.equals(bytes, OLD_OUTPUT.getBytes(UTF_8));
                assertThat(old || Arrays.equals(bytes, reference.output()))
                        .as("%s is the old file or the whole new one (%d bytes, the whole one has %d)", out.getFileName(),
                                bytes.length, reference.output().length).isTrue();
                return old ? ", old output" : ", whole new output";
            }
            case NEW_DATABASE: {
                if (!Files.exists(out)) {
                    return ", no output";
                }
                assertThat(Snapshot.integrity(out)).as("integrity of the copy").isEqualTo("ok");
                assertThat(Snapshot.of(out).digest()).as("the copy holds the database's data")
                        .isEqualTo(reference.before().digest());
                return ", whole copy";
            }
            case NEW_JSON: {
                if (!Files.exists(out)) {
                    return ", no output";
                }
                byte[] bytes = normalised(Files.readAllBytes(out));
                assertThat(Arrays.equals(bytes, reference.output())).as("the JSON backup is whole (%d of %d bytes)",
                        bytes.length, reference.output().length).isTrue();
                return ", whole JSON";
            }
            default:
                throw new IllegalStateException();
        }
    }

    /** Rapport opens the file again and reads it, as the next start would. */
    static void opensWithRapport(Path db) {
        try (Services services = Services.open(db)) {
            services.contacts().counts();
        }
    }

    Case prepare(String label) throws IOException {
        Case c = new Case(fixtures.caseFolder(label));
        if (startFrom != null) {
            Files.copy(startFrom, c.db());
        }
        if (output == Output.FILE || output == Output.JSON) {
            Files.writeString(c.out(), OLD_OUTPUT, StandardOpenOption.CREATE_NEW);
        }
        return c;
    }

    /** A JSON backup names the moment it was written; two runs differ only there. */
    private byte[] normalised(byte[] bytes) {
        if (output != Output.JSON && output != Output.NEW_JSON) {
            return bytes;
        }
        String text = new String(bytes, UTF_8).replaceFirst("\"exportedAt\":\"[^\"]*\"", "\"exportedAt\":\"\"");
        return text.getBytes(UTF_8);
    }

    static List<Path> visibleDatabases(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> p.getFileName().toString().endsWith(".db")).sorted().toList();
        }
    }

    /** Hidden files a run left in the case's folders: temporary copies and partial outputs. */
    static List<String> leftovers(Case c) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path folder : List.of(c.dir(), c.backups())) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    files.map(p -> c.dir().relativize(p).toString())
                            .filter(n -> Path.of(n).getFileName().toString().startsWith("."))
                            .forEach(found::add);
                }
            }
        }
        return found;
    }
}
