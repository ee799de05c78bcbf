package app.rapport.service;

/**
 * A backup file Rapport will not use or write, and why. Thrown before anything changed: the open
 * database is as it was. (Failures of the open database itself stay {@link StorageException}s.)
 */
public class BackupException extends RuntimeException {

    /** Why, in terms the user can act on. */
    public enum Reason {
        /** neither a Rapport database nor a Rapport JSON backup */
        NOT_A_BACKUP,
        /** a Rapport backup, but damaged or cut short */
        DAMAGED,
        /** written by a newer Rapport */
        TOO_NEW,
        /** a JSON import goes into an empty database only */
        NOT_EMPTY,
        /** an encrypted backup: opening it needs its passphrase */
        PASSPHRASE_NEEDED,
        /** an encrypted backup the passphrase given does not open */
        WRONG_PASSPHRASE
    }

    private final Reason reason;

    public BackupException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public BackupException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
