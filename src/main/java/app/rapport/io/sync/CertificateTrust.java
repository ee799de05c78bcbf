package app.rapport.io.sync;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts what the JDK trusts and, besides, the one certificate the user confirmed by its SHA-256 fingerprint
 * (a self-signed server at home). A refused certificate is reported with its fingerprint so the window can
 * show it to the user.
 */
final class CertificateTrust extends X509ExtendedTrustManager {
    private final X509ExtendedTrustManager system;
    private final String pinnedSha256;

    /** Thrown from the handshake when neither the JDK nor the user trusts the server's certificate. */
    static final class Untrusted extends CertificateException {
        private static final long serialVersionUID = 1L;
        final String sha256;

        Untrusted(String sha256, Throwable cause) {
            super("The server's certificate is not trusted (SHA-256 " + sha256 + ")", cause);
            this.sha256 = sha256;
        }
    }

    private CertificateTrust(X509ExtendedTrustManager system, String pinnedSha256) {
        this.system = system;
        this.pinnedSha256 = pinnedSha256;
    }

    static SSLContext context(String pinnedSha256) {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            X509ExtendedTrustManager system = null;
            for (TrustManager tm : factory.getTrustManagers()) {
                if (tm instanceof X509ExtendedTrustManager x) {
                    system = x;
                }
            }
            if (system == null) {
                throw new IllegalStateException("The JDK offers no X.509 trust manager");
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new CertificateTrust(system, pinnedSha256)}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this JDK", e);
        }
    }

    /** "AB:CD:…" or "abcd…" → "abcd…"; refuses anything that is not 32 bytes of hex. */
    static String normalise(String fingerprint) {
        String hex = fingerprint.replace(":", "").replace(" ", "").strip().toLowerCase(Locale.ROOT);
        if (hex.length() != 64 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("A SHA-256 fingerprint is 64 hexadecimal digits");
        }
        return hex;
    }

    static String sha256(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("Cannot take a certificate's fingerprint", e);
        }
    }

    @FunctionalInterface
    private interface Check {
        void run() throws CertificateException;
    }

    private void check(X509Certificate[] chain, Check systemCheck) throws CertificateException {
        String presented = chain == null || chain.length == 0 ? "" : sha256(chain[0]);
        // the confirmed certificate is trusted as it is, whatever its issuer or the name it was made for
        if (pinnedSha256 != null && pinnedSha256.equals(presented)) {
            return;
        }
        try {
            systemCheck.run();
        } catch (CertificateException e) {
            throw new Untrusted(presented, e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        check(chain, () -> system.checkServerTrusted(chain, authType, socket));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        check(chain, () -> system.checkServerTrusted(chain, authType, engine));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain, () -> system.checkServerTrusted(chain, authType));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        system.checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        system.checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        system.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return system.getAcceptedIssuers();
    }
}
