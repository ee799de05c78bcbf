package app.rapport.io.encryption;

/** An encrypted file that cannot be opened, and why. Nothing is written when this is thrown before output. */
public final class EncryptionException extends RuntimeException {

    public enum Reason {
        /** not a Rapport encrypted file at all */
        NOT_ENCRYPTED,
        /** the passphrase does not open this file */
        WRONG_PASSPHRASE,
        /** changed, cut short or otherwise damaged after it was written */
        DAMAGED,
        /** written in a later format version */
        TOO_NEW
    }

    private final Reason reason;

    public EncryptionException(Reason reason, String message) {
        this(reason, message, null);
    }

    public EncryptionException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
