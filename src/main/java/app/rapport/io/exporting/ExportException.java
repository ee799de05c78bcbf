package app.rapport.io.exporting;

import java.nio.file.Path;

/** A file that could not be written, with what the user can do about it; nothing was left half written. */
public final class ExportException extends RuntimeException {

    public enum Reason {
        /** the folder does not exist */
        NO_FOLDER,
        /** the folder or the file may not be written */
        NOT_ALLOWED,
        /** the name is a folder's */
        IS_FOLDER,
        /** the disk is full */
        DISK_FULL,
        /** anything else */
        FAILED,
        /** refused: the database Rapport has open (or a link to it) */
        OPEN_DATABASE,
        /** refused: one of the open database's working files (-wal, -shm, -journal, .lock) */
        DATABASE_FILE,
        /** refused: inside the folder Rapport keeps its backups in */
        BACKUPS_FOLDER,
        /** refused: another Rapport database or backup */
        RAPPORT_DATABASE,
        /** refused: neither a file nor a device or pipe that can take bytes (a disk, a socket) */
        NOT_A_FILE;

        /** The output was refused to protect the user's data, before a byte was written. */
        public boolean protectsData() {
            return switch (this) {
                case OPEN_DATABASE, DATABASE_FILE, BACKUPS_FOLDER, RAPPORT_DATABASE, NOT_A_FILE -> true;
                case NO_FOLDER, NOT_ALLOWED, IS_FOLDER, DISK_FULL, FAILED -> false;
            };
        }
    }

    private final Reason reason;
    private final Path target;

    public ExportException(Reason reason, Path target, Throwable cause) {
        super(reason.name(), cause); // not the file's name: it reaches the log, and may be a contact's ("Anna Weber.pdf")
        this.reason = reason;
        this.target = target;
    }

    public Reason reason() {
        return reason;
    }

    public Path target() {
        return target;
    }
}
