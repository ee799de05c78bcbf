package app.rapport.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * A {@code @TempDir} in memory (/dev/shm) where the machine has one, else the usual one. For a server whose
 * every write is flushed to disk (Radicale syncs each card it stores: about 20 ms a card on this machine's disk,
 * 5 ms in memory), so a test of a thousand cards measures the client and the protocol, not the disk.
 */
public final class MemoryTempDir implements TempDirFactory {
    private static final Path SHM = Path.of("/dev/shm");

    @Override
    public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext extension) throws IOException {
        return create();
    }

    /** A new folder in memory where the machine has one, else in the usual place; the caller removes it. */
    public static Path create() throws IOException {
        if (Files.isDirectory(SHM) && Files.isWritable(SHM)) {
            return Files.createTempDirectory(SHM, "rapport-");
        }
        return Files.createTempDirectory("rapport-");
    }
}
