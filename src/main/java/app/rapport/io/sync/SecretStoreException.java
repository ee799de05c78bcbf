package app.rapport.io.sync;

/**
 * A credential store that could not keep, give back or forget a secret, and why. The message names the
 * store, the account and what the tool said; never the secret.
 */
public final class SecretStoreException extends RuntimeException {

    public enum Reason {
        /** no store answers: the tool is missing, there is no D-Bus session, or no keyring service on it */
        NO_KEYRING,
        /** the keyring is there but locked, and was not unlocked (the prompt was dismissed or could not be shown) */
        LOCKED,
        /** the store did not answer in time (an unlock prompt nobody answered, a hung service) */
        TIMED_OUT,
        /** any other refusal; the message says what the tool said */
        FAILED
    }

    private final Reason reason;

    public SecretStoreException(Reason reason, String message) {
        this(reason, message, null);
    }

    public SecretStoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
