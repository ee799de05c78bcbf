package app.rapport.io.sync;

import java.io.IOException;

/**
 * Why a CardDAV exchange failed, in terms the window can put into words. Never carries the password
 * or a card's contents: only the reason, the address asked and the status the server gave.
 */
public final class CardDavException extends IOException {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** 401: the server refused the user name or password. */
        WRONG_PASSWORD,
        /** 403: signed in, but this user may not do that here. */
        NOT_ALLOWED,
        /** 404 or 410: no such address book, principal or card. */
        NOT_FOUND,
        /** No connection could be made: wrong address, server down, no network. */
        UNREACHABLE,
        /** The connection was made but broke or timed out before the answer was complete. */
        CONNECTION_LOST,
        /** TLS: the server's certificate is not trusted; {@link #certificateSha256()} says which one. */
        CERTIFICATE_REFUSED,
        /** TLS could not be set up before any certificate was weighed: most often a server without HTTPS. */
        NO_SECURE_CONNECTION,
        /** The server answered something a CardDAV server should not (a status or a body we cannot read). */
        UNEXPECTED_ANSWER
    }

    private final Reason reason;
    private final int status;
    private final String certificateSha256;

    CardDavException(Reason reason, String message, int status, String certificateSha256, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.status = status;
        this.certificateSha256 = certificateSha256;
    }

    CardDavException(Reason reason, String message, int status) {
        this(reason, message, status, null, null);
    }

    public Reason reason() {
        return reason;
    }

    /** The HTTP status the server answered, or 0 when there was no answer. */
    public int status() {
        return status;
    }

    /**
     * The SHA-256 fingerprint (hex, lower case, no separators) of the certificate the server presented
     * when the reason is {@link Reason#CERTIFICATE_REFUSED} and it could be read; null otherwise. The
     * window shows it so the user can compare it with the one their server shows before trusting it.
     */
    public String certificateSha256() {
        return certificateSha256;
    }
}
