package app.rapport.cli;

import app.rapport.service.StorageException;
import java.nio.file.Path;

/** Plain English for each storage failure. Scripts may match on these words, so they stay as they are. */
final class StorageMessages {
    private StorageMessages() {
    }

    static String of(StorageException e, Path file) {
        return switch (e.reason()) {
            case LOCKED -> file + " is open in another Rapport; close it and try again.";
            case NOT_RAPPORT -> file + " is not a Rapport database.";
            case CORRUPT -> file + " is damaged and cannot be read; restore it from a backup.";
            case TOO_NEW -> file + " was written by a newer version of Rapport; update Rapport to open it.";
            case READ_ONLY -> file + " cannot be written; check the permissions of the file and its folder.";
            case DISK_FULL -> "the disk holding " + file + " is full; free some space and try again.";
            case CANNOT_OPEN -> file + " cannot be opened.";
            case NOT_FOUND -> "a contact in " + file + " disappeared while Rapport was working on it; try again.";
            case OTHER -> file + " could not be used; details are in Rapport's log file.";
        };
    }
}
