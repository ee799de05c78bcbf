package app.rapport.service;

/** A failure of the database, classified so the interface can tell the user what happened. */
public class StorageException extends RuntimeException {

    /** What went wrong, in terms a user can act on. */
    public enum Reason {
        /** the file is not a SQLite database, or not one Rapport made */
        NOT_RAPPORT,
        /** the file is damaged */
        CORRUPT,
        /** another running Rapport has the file open */
        LOCKED,
        /** the file was written by a newer Rapport */
        TOO_NEW,
        /** the file or its folder cannot be written */
        READ_ONLY,
        /** the disk is full */
        DISK_FULL,
        /** the file cannot be opened or found */
        CANNOT_OPEN,
        /** a saved row no longer exists */
        NOT_FOUND,
        /** anything else */
        OTHER
    }

    private final Reason reason;

    public StorageException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public StorageException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
