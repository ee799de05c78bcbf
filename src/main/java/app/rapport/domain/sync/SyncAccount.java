package app.rapport.domain.sync;

import java.time.Instant;
import java.util.Objects;

/**
 * An address book on the user's CardDAV server that Rapport syncs with. Holds no password: that lives in the
 * operating system's credential store or only for the session.
 *
 * @param id 0 until saved
 * @param bookHref the address book's absolute address
 * @param syncToken the server's sync token after the last run that finished, or null before the first
 * @param ctag the book's getctag after that run, or null
 * @param lastSyncedAt when that run finished, or null
 */
public record SyncAccount(long id, String serverUrl, String userName, String bookHref, String bookName,
        String syncToken, String ctag, Instant lastSyncedAt) {
    public SyncAccount {
        Objects.requireNonNull(serverUrl, "serverUrl");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(bookHref, "bookHref");
    }

    public static SyncAccount of(String serverUrl, String userName, String bookHref, String bookName) {
        return new SyncAccount(0, serverUrl, userName, bookHref, bookName, null, null, null);
    }
}
