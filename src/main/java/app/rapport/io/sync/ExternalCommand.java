package app.rapport.io.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of a credential tool: the secret, if any, goes in on standard input (never in the arguments,
 * which every user of the computer can read in {@code ps}); standard output comes back as bytes the
 * caller wipes; standard error as text for the message. A tool that does not finish in time is killed.
 */
final class ExternalCommand {
    private ExternalCommand() {
    }

    /** What the tool did. {@link #wipe()} clears what it printed. */
    record Result(int exitCode, byte[] out, int outLength, byte[] errBytes, int errLength, boolean timedOut) {
        boolean ok() {
            return !timedOut && exitCode == 0;
        }

        /** Standard error as text, for a message; only for tools that never print a secret there. */
        String err() {
            return new String(errBytes, 0, errLength, StandardCharsets.UTF_8).strip();
        }

        void wipe() {
            SecretText.wipe(out);
            SecretText.wipe(errBytes);
        }
    }

    /**
     * Runs {@code command} with {@code environment} added to this process's own, writes {@code input}
     * (may be null) to its standard input and closes it, and waits at most {@code timeout}.
     *
     * @throws IOException when the tool cannot be started (not installed)
     */
    static Result run(List<String> command, Map<String, String> environment, byte[] input, Duration timeout)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process process = builder.start();
        Drain out = new Drain(process.getInputStream());
        Drain err = new Drain(process.getErrorStream());
        Thread outReader = start(out, command.get(0) + " stdout");
        Thread errReader = start(err, command.get(0) + " stderr");
        try (OutputStream in = process.getOutputStream()) {
            if (input != null) {
                in.write(input);
            }
        } catch (IOException e) {
            // the tool quit before reading its input; its exit code and message say why
        }
        boolean finished;
        try {
            finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
            outReader.join(TimeUnit.SECONDS.toMillis(5));
            errReader.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            out.wipe();
            err.wipe();
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for " + command.get(0), e);
        }
        return new Result(finished ? process.exitValue() : -1, out.bytes, out.length, err.bytes, err.length, !finished);
    }

    private static Thread start(Runnable drain, String name) {
        Thread t = new Thread(drain, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Reads a stream to its end into an array that is wiped whenever it grows. */
    private static final class Drain implements Runnable {
        private final InputStream stream;
        private volatile byte[] bytes = new byte[256];
        private volatile int length;

        Drain(InputStream stream) {
            this.stream = stream;
        }

        @Override
        public void run() {
            byte[] buffer = bytes;
            int n = 0;
            try (stream) {
                int read;
                while ((read = stream.read(buffer, n, buffer.length - n)) >= 0) {
                    n += read;
                    if (n == buffer.length) {
                        byte[] bigger = Arrays.copyOf(buffer, buffer.length * 2);
                        SecretText.wipe(buffer);
                        buffer = bigger;
                    }
                }
            } catch (IOException e) {
                // the process was killed; what was read so far is kept
            }
            bytes = buffer;
            length = n;
        }

        void wipe() {
            SecretText.wipe(bytes);
        }
    }
}
