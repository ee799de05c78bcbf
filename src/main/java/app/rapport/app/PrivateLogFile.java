package app.rapport.app;

import ch.qos.logback.core.rolling.RollingFileAppender;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Rapport's log file (logback.xml names it), readable by its owner only (600) where the file system
 * has modes, like the database it writes about: it holds file names and errors. Logback makes a
 * file with the default mode (644) at start and at every rollover; this makes it private first.
 */
public final class PrivateLogFile<E> extends RollingFileAppender<E> {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    @Override
    public void openFile(String fileName) throws IOException {
        if (POSIX) {
            makePrivate(Path.of(fileName));
        }
        super.openFile(fileName);
    }

    void makePrivate(Path file) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (FileAlreadyExistsException e) {
                Files.setPosixFilePermissions(file, OWNER_ONLY); // a log from an older Rapport was 644
            }
        } catch (IOException | UnsupportedOperationException e) {
            // logback still opens the file as it can; the warning goes to its status list, not the user's terminal
            addWarn("Cannot make the log file " + file + " private", e);
        }
    }
}
