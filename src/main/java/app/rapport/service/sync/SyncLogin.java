package app.rapport.service.sync;

import app.rapport.io.sync.CardDavAccount;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * Where and as whom a sync connects: the server's address as the user typed it, the user, the password (in memory
 * only, never in {@link #toString()}) and the certificate the user trusted (null: only what the JDK trusts).
 */
public record SyncLogin(String serverUrl, String user, String password, String trustedCertificate) {
    public SyncLogin {
        Objects.requireNonNull(serverUrl, "serverUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    /**
     * The address as a URI, checked the way the client will use it.
     *
     * @throws IllegalArgumentException when it is not an http:// or https:// address
     */
    public static URI address(String serverUrl) {
        try {
            URI uri = new URI(serverUrl.strip());
            CardDavAccount.of(uri, "", "");
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not an address: " + e.getReason(), e);
        }
    }

    CardDavAccount account() {
        CardDavAccount account = CardDavAccount.of(address(serverUrl), user, password);
        return trustedCertificate == null || trustedCertificate.isBlank() ? account
                : account.trusting(trustedCertificate);
    }

    @Override
    public String toString() {
        return "SyncLogin[" + user + " at " + serverUrl + "]";
    }
}
