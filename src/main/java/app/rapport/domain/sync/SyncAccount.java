package app.rapport.domain.sync;

import java.time.Instant;
import java.util.Objects;

/**
 * An address book on the user's CardDAV server that Rapport syncs with, and what the user chose for it. Holds no
 * password: that lives in the operating system's credential store or only for the session.
 *
 * @param id 0 until saved
 * @param bookHref the address book's absolute address
 * @param syncToken the server's sync token after the last run that finished, or null before the first
 * @param ctag the book's getctag after that run, or null
 * @param lastSyncedAt when that run finished, or null
 * @param passwordKept whether the user asked for the password to be kept in this computer's keyring
 * @param trustedCertificate the SHA-256 of a certificate the user trusted although no authority vouches for it,
 *                           or null
 * @param autoMinutes minutes between automatic syncs while the window is open; 0 for only when asked
 */
public record SyncAccount(long id, String serverUrl, String userName, String bookHref, String bookName,
        String syncToken, String ctag, Instant lastSyncedAt, boolean passwordKept, String trustedCertificate,
        int autoMinutes) {
    public SyncAccount {
        Objects.requireNonNull(serverUrl, "serverUrl");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(bookHref, "bookHref");
        if (autoMinutes < 0) {
            throw new IllegalArgumentException("autoMinutes must not be negative: " + autoMinutes);
        }
    }

    public static SyncAccount of(String serverUrl, String userName, String bookHref, String bookName) {
        return new SyncAccount(0, serverUrl, userName, bookHref, bookName, null, null, null, false, null, 0);
    }

    /** The address book's name as the user knows it: the name the server shows, else the last part of its address. */
    public String bookLabel() {
        if (bookName != null && !bookName.isBlank()) {
            return bookName;
        }
        return lastSegment(bookHref);
    }

    /** The last part of an address or path, without its closing slash: {@code /anna/contacts/} is "contacts". */
    public static String lastSegment(String href) {
        String path = href.endsWith("/") ? href.substring(0, href.length() - 1) : href;
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Whether an automatic sync is due at {@code now}. */
    public boolean autoDue(Instant now) {
        return autoMinutes > 0 && (lastSyncedAt == null || !lastSyncedAt.plusSeconds(60L * autoMinutes).isAfter(now));
    }
}
