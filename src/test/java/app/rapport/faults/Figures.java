package app.rapport.faults;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What each passed fault case saw (which state a kill left, which message a full disk gave), one
 * tab-separated line per case in {@code target/faults-figures.tsv}, for the table in RELIABILITY.md.
 */
final class Figures {
    private static final Path FILE = Path.of("target", "faults-figures.tsv");
    private static boolean started;

    private Figures() {
    }

    static synchronized void record(String kind, String subject, String point, String outcome) {
        try {
            if (!started) {
                Files.deleteIfExists(FILE);
                started = true;
            }
            Files.writeString(FILE, String.join("\t", kind, subject, point, outcome.replace('\n', ' ')) + "\n", UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
