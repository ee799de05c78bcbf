package app.rapport.io.exporting;

import app.rapport.io.exporting.OutputGuard.Destination;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;

/**
 * Writes a file the user chose, after {@link OutputGuard} allowed it. A file is written whole or not
 * at all: into a private temporary file beside it (mode 600 where the file system has modes), synced
 * to the disk, then moved over it in one step; a failure leaves it as it was and no temporary file
 * behind. A symbolic link is written through (the file it leads to is replaced, the link stays); a
 * device or pipe such as {@code /dev/null} is written in place, since replacing it would turn it
 * into a plain file.
 */
public final class OutputFile {
    /** What goes into the file. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Draws into a file of its own (a PDF library that wants a path); returns what to report. */
    @FunctionalInterface
    public interface Rendering<T> {
        T renderTo(Path file);
    }

    private static final int BUFFER = 1 << 16;
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OutputFile() {
    }

    /** @throws ExportException saying why the file could not, or may not, be written */
    public static void write(Path target, OutputGuard guard, Body body) {
        Destination destination = guard.check(target);
        Path file = destination.file();
        Path temp = null;
        try {
            if (destination.direct()) {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.WRITE), BUFFER)) {
                    body.write(new KeptOpen(out));
                }
                return;
            }
            temp = privateTempBeside(file, ".part");
            try (FileOutputStream stream = new FileOutputStream(temp.toFile());
                 OutputStream out = new BufferedOutputStream(stream, BUFFER)) {
                body.write(new KeptOpen(out));
                out.flush();
                stream.getFD().sync();
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            syncFolder(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw failure(file, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * Has {@code rendering} draw into a private temporary file, then writes that to {@code target} as
     * {@link #write} does. The guard is asked first, so nothing is drawn for a refused file.
     */
    public static <T> T render(Path target, OutputGuard guard, Rendering<T> rendering) {
        guard.check(target);
        Path drawn = null;
        try {
            drawn = Files.createTempFile("rapport-", ".tmp"); // 600 on POSIX
            T result = rendering.renderTo(drawn);
            Path from = drawn;
            write(target, guard, out -> Files.copy(from, out));
            return result;
        } catch (IOException e) {
            throw failure(target, e);
        } finally {
            deleteQuietly(drawn);
        }
    }

    /** A new empty file only the owner may read, beside {@code file}, its name starting with a dot. */
    public static Path privateTempBeside(Path file, String suffix) throws IOException {
        FileAttribute<?>[] privately = POSIX
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        return Files.createTempFile(file.getParent(), "." + file.getFileName() + "-", suffix, privately);
    }

    private static ExportException failure(Path file, IOException e) {
        if (e instanceof AccessDeniedException) {
            return new ExportException(ExportException.Reason.NOT_ALLOWED, file, e);
        }
        if (e instanceof NoSuchFileException) {
            return new ExportException(ExportException.Reason.NO_FOLDER, file, e);
        }
        String why = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : String.valueOf(e.getMessage());
        why = why.toLowerCase(Locale.ROOT);
        return new ExportException(why.contains("no space") || why.contains("disk full")
                ? ExportException.Reason.DISK_FULL : ExportException.Reason.FAILED, file, e);
    }

    /** Writers that close what they write to (a JSON generator) must not close it before it is synced. */
    private static final class KeptOpen extends FilterOutputStream {
        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temporary file's name starts with a dot; nothing the user needs to act on
            }
        }
    }

    /** The rename to the disk too, so a power cut cannot leave the old name on the new file's place; best effort (Windows cannot open a folder). */
    public static void syncFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (java.nio.channels.FileChannel dir = java.nio.channels.FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the file itself is synced; only the folder entry's timing is left to the system
        }
    }
}
