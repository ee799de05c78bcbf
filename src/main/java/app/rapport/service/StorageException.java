package app.rapport.service;

import java.nio.file.Path;
import java.util.Optional;

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
    private final Path file;

    public StorageException(Reason reason, String message, Throwable cause) {
        this(reason, message, cause, null);
    }

    /** {@code file}: the file at fault when it is not the open database (a backup being read, a copy being written). */
    public StorageException(Reason reason, String message, Throwable cause, Path file) {
        super(message, cause);
        this.reason = reason;
        this.file = file;
    }

    public StorageException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }

    /** The file at fault, when it is not the open database; empty when it is (or is not known). */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }
}
