package app.rapport.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;

/** Runs {@code rapport …} in the test's JVM and keeps what it printed, for the command-line tests. */
final class Cli {
    private Cli() {
    }

    record Result(int code, String out, String err) {
        List<String> lines() {
            return out.isEmpty() ? List.of() : out.lines().toList();
        }
    }

    static Result rapport(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RapportCommand.run(args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
        return new Result(code, out.toString(UTF_8), err.toString(UTF_8));
    }
}
