package app.rapport.service.backup;

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
        /** a Rapport backup holding a value Rapport cannot use (a hand-edited date, for example); see {@link #detail()} */
        INVALID_VALUE,
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
    private final String detail;

    public BackupException(Reason reason, String message, Throwable cause) {
        this(reason, message, cause, null);
    }

    /** {@code detail}: which record and field, in words that may be shown (no personal data). */
    public BackupException(Reason reason, String message, Throwable cause, String detail) {
        super(message, cause);
        this.reason = reason;
        this.detail = detail;
    }

    public BackupException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }

    /** Which record and field are at fault, such as {@code contact id 1, field created_at: "not-a-date" is not a date and time}; null when not known. */
    public String detail() {
        return detail;
    }
}
