package app.rapport.io.exporting;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: into a temporary file beside it, synced to the disk, then moved
 * over the target in one step. A failure leaves the target as it was and no temporary file behind.
 */
public final class AtomicFile {
    /** What goes into the file. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** @throws ExportException saying why the file could not be written */
    public static void write(Path target, Body body) {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (Files.isDirectory(file)) {
            throw new ExportException(ExportException.Reason.IS_FOLDER, file, null);
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException(ExportException.Reason.NO_FOLDER, file, null);
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + file.getFileName(), ".part");
            try (FileOutputStream stream = new FileOutputStream(temp.toFile());
                 OutputStream out = new BufferedOutputStream(stream)) {
                body.write(out);
                out.flush();
                stream.getFD().sync();
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (AccessDeniedException e) {
            throw new ExportException(ExportException.Reason.NOT_ALLOWED, file, e);
        } catch (NoSuchFileException e) {
            throw new ExportException(ExportException.Reason.NO_FOLDER, file, e);
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            ExportException.Reason reason = message.contains("no space") || message.contains("disk full")
                    ? ExportException.Reason.DISK_FULL : ExportException.Reason.FAILED;
            throw new ExportException(reason, file, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file's name starts with a dot; nothing the user needs to act on
                }
            }
        }
    }
}
