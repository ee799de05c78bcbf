package app.rapport.cli;

import app.rapport.service.StorageException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.util.Locale;
import java.nio.file.Path;

/** Plain English for each storage failure. Scripts may match on these words, so they stay as they are. */
final class StorageMessages {
    private StorageMessages() {
    }

    /** {@code database}: the file the command works on; a failure naming another file (a backup being read) names that. */
    static String of(StorageException e, Path database) {
        Path file = e.file().orElse(database);
        return switch (e.reason()) {
            case LOCKED -> file + " is open in another Rapport; close it and try again.";
            case NOT_RAPPORT -> file + " is not a Rapport database.";
            case CORRUPT -> file + " is damaged and cannot be read; restore it from a backup.";
            case TOO_NEW -> file + " was written by a newer version of Rapport; update Rapport to open it.";
            case READ_ONLY -> onReadOnlyDisk(file)
                    ? file + " is on a disk that cannot be written; commands that only read it (search, stats, export) "
                            + "still work. To change it, copy it to a writable folder first."
                    : file + " cannot be written; check the permissions of the file and its folder.";
            case DISK_FULL -> "the disk holding " + file + " is full; free some space and try again.";
            case CANNOT_OPEN -> file + " cannot be opened.";
            case NOT_FOUND -> "a contact in " + file + " disappeared while Rapport was working on it; try again.";
            case OTHER -> file + " could not be used; details are in Rapport's log file.";
        };
    }

    /**
     * Read-only media (a write-protected stick, a read-only mount), not a question of permissions: the
     * file system says so, or refuses a new file beside the database as read-only (a read-only bind
     * mount shows the file system of what it mounts).
     */
    private static boolean onReadOnlyDisk(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        while (folder != null && !Files.isDirectory(folder)) {
            folder = folder.getParent();
        }
        if (folder == null) {
            return false;
        }
        try {
            if (Files.getFileStore(folder).isReadOnly()) {
                return true;
            }
            Files.delete(Files.createTempFile(folder, ".rapport-probe-", ".tmp"));
            return false;
        } catch (FileSystemException e) {
            return e.getReason() != null && e.getReason().toLowerCase(Locale.ROOT).contains("read-only");
        } catch (IOException e) {
            return false;
        }
    }
}
