package app.rapport.faults;

import static java.nio.charset.StandardCharsets.UTF_8;

import app.rapport.launch.Launcher;
import app.rapport.persistence.DataFolder;
import app.rapport.service.FaultPoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Rapport's command line in a child JVM on the test's own classpath, so it can be killed the way a
 * power cut or the task manager would: {@link Process#destroyForcibly()} is SIGKILL on Linux and macOS.
 * Output goes to files, so a child never blocks on a full pipe.
 */
final class ChildRapport {
    private static final Duration RUN_LIMIT = Duration.ofMinutes(2);

    record Result(int code, String out, String err) {
    }

    private final Path dataFolder;

    /** @param dataFolder where the child keeps its log, away from the user's own data folder */
    ChildRapport(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    /** Starts {@code rapport ARGS}; {@code properties} are extra {@code -D} settings such as a fault point. */
    Running start(List<String> properties, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        // a small, quickly started JVM: the commands here are short and two run at most on two cores
        command.add("-Xmx256m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Duser.language=en");
        command.add("-Duser.country=US");
        command.add("-D" + DataFolder.OVERRIDE_PROPERTY + "=" + dataFolder);
        // the product's logging (to the data folder), not the tests' console logging, so stderr is what a user sees
        command.add("-Dlogback.configurationFile=" + ClassLoader.getSystemResource("logback.xml"));
        properties.forEach(p -> command.add("-D" + p));
        command.add(Launcher.class.getName());
        command.addAll(args);
        Files.createDirectories(dataFolder);
        Path out = Files.createTempFile(dataFolder, "out-", ".txt");
        Path err = Files.createTempFile(dataFolder, "err-", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
        return new Running(process, out, err, System.nanoTime());
    }

    Running start(List<String> args) throws IOException {
        return start(List.of(), args);
    }

    /** Runs {@code rapport ARGS} to the end. */
    Result run(String... args) throws Exception {
        try (Running running = start(List.of(args))) {
            return running.finish();
        }
    }

    static final class Running implements AutoCloseable {
        private final Process process;
        private final Path out;
        private final Path err;
        private final long started;

        Running(Process process, Path out, Path err, long started) {
            this.process = process;
            this.out = out;
            this.err = err;
            this.started = started;
        }

        /** Waits until the child stops at fault point {@code point} (NAME or NAME#n); fails when it ends or takes too long. */
        void awaitPause(String point) throws Exception {
            String name = point.contains("#") ? point.substring(0, point.indexOf('#')) : point;
            long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
            while (System.nanoTime() < deadline) {
                if (Files.readString(err, UTF_8).contains(FaultPoint.PAUSED + name)) {
                    return;
                }
                if (!process.isAlive()) {
                    throw new AssertionError("the child ended (exit " + process.exitValue() + ") before pausing at "
                            + name + "; stderr: " + Files.readString(err, UTF_8));
                }
                Thread.sleep(10);
            }
            throw new AssertionError("the child did not pause at " + name);
        }

        /** Kills the child with SIGKILL, as a crash or power cut would stop it, and waits until it is gone. */
        boolean kill() throws InterruptedException {
            boolean wasRunning = process.isAlive();
            process.destroyForcibly();
            process.waitFor();
            return wasRunning;
        }

        Result finish() throws Exception {
            if (!process.waitFor(RUN_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
                throw new AssertionError("rapport did not finish within " + RUN_LIMIT);
            }
            return new Result(process.exitValue(), Files.readString(out, UTF_8), Files.readString(err, UTF_8));
        }

        boolean isAlive() {
            return process.isAlive();
        }

        /** Milliseconds since the child was started. */
        long elapsedMillis() {
            return (System.nanoTime() - started) / 1_000_000;
        }

        @Override
        public void close() throws Exception {
            if (process.isAlive()) {
                kill();
            }
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
