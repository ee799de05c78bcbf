package app.rapport.faults;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real, small file system (tmpfs) mounted for one test and unmounted after it, to run out of space
 * for real. Mounting needs root (as in CI) on Linux; where it is refused the test is skipped and says why.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path dir;
    private final Path filler;

    private SmallDisk(Path dir) {
        this.dir = dir;
        this.filler = dir.resolve("filler");
    }

    /** Mounts a tmpfs of {@code megabytes} MB on {@code dir}, or skips the test when this machine refuses. */
    public static SmallDisk mount(Path dir, int megabytes) throws Exception {
        Assumptions.assumeTrue(System.getProperty("os.name", "").toLowerCase().contains("linux"),
                "a small disk is mounted as tmpfs, which needs Linux");
        Files.createDirectories(dir);
        String[] result = run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m,mode=0700", "tmpfs", dir.toString());
        Assumptions.assumeTrue(result[0].equals("0"), () -> "cannot mount a small file system here (mount said: "
                + result[1].strip() + "); the disk-full cases need root, as in CI");
        return new SmallDisk(dir);
    }

    public Path dir() {
        return dir;
    }

    /** Fills the file system to the last byte, then frees {@code bytes} of it. */
    public void fillLeaving(long bytes) throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is full: the point
        }
        try (FileChannel channel = FileChannel.open(filler, StandardOpenOption.WRITE)) {
            channel.truncate(Math.max(0, channel.size() - bytes));
        }
    }

    public long free() throws IOException {
        return Files.getFileStore(dir).getUsableSpace();
    }

    @Override
    public void close() throws Exception {
        String[] result = run("umount", dir.toString());
        if (!result[0].equals("0")) {
            run("umount", "-l", dir.toString()); // a child still had a file open: detach it now, gone when closed
        }
    }

    private static String[] run(String... command) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        } catch (IOException e) {
            return new String[] {"-1", e.getMessage()};
        }
        String output = new String(p.getInputStream().readAllBytes(), UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new String[] {"-1", "timed out"};
        }
        return new String[] {Integer.toString(p.exitValue()), output};
    }
}
