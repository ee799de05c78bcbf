package app.rapport.io.sync;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and as whom to connect. The password lives only in memory (the caller gets it from the
 * operating system's credential store or the user) and never appears in {@link #toString()}.
 *
 * @param server the address the user typed: the server's root (discovery through /.well-known/carddav) or any
 *               address on it that answers current-user-principal
 * @param trustedCertificateSha256 the fingerprint of a certificate the user confirmed although no authority
 *               vouches for it (a self-signed one), or null to trust only what the JDK trusts
 * @param timeout bound for connecting and for each request
 */
public record CardDavAccount(URI server, String user, String password, String trustedCertificateSha256,
        Duration timeout) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public CardDavAccount {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(timeout, "timeout");
        String scheme = server.getScheme();
        if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("A CardDAV server's address starts with https:// or http://");
        }
        if (trustedCertificateSha256 != null) {
            trustedCertificateSha256 = CertificateTrust.normalise(trustedCertificateSha256);
        }
    }

    public static CardDavAccount of(URI server, String user, String password) {
        return new CardDavAccount(server, user, password, null, DEFAULT_TIMEOUT);
    }

    public CardDavAccount trusting(String certificateSha256) {
        return new CardDavAccount(server, user, password, certificateSha256, timeout);
    }

    public CardDavAccount withTimeout(Duration newTimeout) {
        return new CardDavAccount(server, user, password, trustedCertificateSha256, newTimeout);
    }

    @Override
    public String toString() {
        return "CardDavAccount[" + user + " at " + server + "]";
    }
}
