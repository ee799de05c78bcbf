package app.rapport.io.printing;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Saves a document all or nothing: into a temporary file beside the target, then moved over it in one
 * step, so a failure (disk full, a crash) leaves the old file or no file, never half a PDF.
 */
final class PdfFile {
    /** Writes the bytes of a file; the temporary file is removed when it throws. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private PdfFile() {
    }

    /** The failure to report for {@code target}, with the system's reason ("No space left on device"). */
    static PrintException cannotWrite(Path target, IOException e) {
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new PrintException(e, PrintException.CANNOT_WRITE, target, reason);
    }

    static void save(PDDocument document, Path target) {
        write(target, document::save);
    }

    static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new PrintException(PrintException.FOLDER_MISSING, target);
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (AccessDeniedException e) {
            throw new PrintException(e, PrintException.ACCESS_DENIED, target);
        } catch (NoSuchFileException e) {
            throw new PrintException(e, PrintException.FOLDER_MISSING, target);
        } catch (IOException e) {
            throw cannotWrite(target, e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // nothing more can be done; the name starts with a dot so it stays out of sight
                }
            }
        }
    }
}
