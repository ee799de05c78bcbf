package app.rapport.io.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.io.sync.CardDavException.Reason;
import app.rapport.testing.RadicaleServer;
import app.rapport.testing.SelfSignedCertificate;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the client fails when the connection does: TLS with a self-signed certificate, answers cut short, nobody there. */
class CardDavConnectionTest {
    @TempDir
    Path dir;

    @Test
    void aSelfSignedCertificateIsRefusedWithItsFingerprintUntilTheUserTrustsIt() throws Exception {
        SelfSignedCertificate cert = SelfSignedCertificate.make(dir.resolve("tls"));
        try (RadicaleServer https = RadicaleServer.startWithTls(dir.resolve("radicale"), cert.certificate(), cert.key())) {
            CardDavAccount account = CardDavAccount.of(https.url(), RadicaleServer.USER, RadicaleServer.PASSWORD);

            assertThatThrownBy(() -> new CardDavClient(account).discover())
                    .isInstanceOfSatisfying(CardDavException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.CERTIFICATE_REFUSED);
                        assertThat(e.certificateSha256()).isEqualTo(cert.sha256());
                    });
            String other = "ab".repeat(32);
            assertThatThrownBy(() -> new CardDavClient(account.trusting(other)).discover())
                    .isInstanceOfSatisfying(CardDavException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.CERTIFICATE_REFUSED));

            // the fingerprint as a browser shows it, AB:CD:…, is accepted too
            String shown = cert.sha256().toUpperCase(Locale.ROOT).replaceAll("(..)(?!$)", "$1:");
            CardDavClient trusting = new CardDavClient(account.trusting(shown));
            AddressBook book = trusting.createAddressBook(https.home(), "tls", "Over TLS");
            assertThat(trusting.discover()).extracting(AddressBook::href).containsExactly(book.href());
        }
    }

    @Test
    void httpsToAServerWithoutItIsNoSecureConnectionNotACertificateRefused() throws Exception {
        try (RadicaleServer plain = RadicaleServer.start(dir.resolve("plain"))) {
            URI https = URI.create(plain.url().toString().replace("http://", "https://"));
            assertThatThrownBy(() -> new CardDavClient(CardDavAccount.of(https, RadicaleServer.USER,
                    RadicaleServer.PASSWORD)).discover()).isInstanceOfSatisfying(CardDavException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.NO_SECURE_CONNECTION);
                        assertThat(e.certificateSha256()).isNull();
                    });
        }
    }

    @Test
    void aFailureNamesThePathWithoutTheUsersName() throws Exception {
        try (RadicaleServer plain = RadicaleServer.start(dir.resolve("named"))) {
            CardDavClient client = new CardDavClient(CardDavAccount.of(plain.url(), RadicaleServer.USER,
                    RadicaleServer.PASSWORD));
            assertThatThrownBy(() -> client.addressBook(plain.home().resolve("no-such-book/")))
                    .isInstanceOfSatisfying(CardDavException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
                        // the log keeps these messages: no name of the user in them
                        assertThat(e.getMessage()).contains("/~user~/no-such-book/")
                                .doesNotContain(RadicaleServer.USER);
                    });
        }
    }

    @Test
    void nobodyListeningIsUnreachable() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        CardDavClient client = new CardDavClient(CardDavAccount.of(URI.create("http://127.0.0.1:" + port + "/"),
                "anna", "pw"));

        assertThatThrownBy(client::discover).isInstanceOfSatisfying(CardDavException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE));
    }

    @Test
    void anAnswerCutShortIsAConnectionLost() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread cutter = new Thread(() -> cutEveryAnswer(server), "cutter");
            cutter.setDaemon(true);
            cutter.start();
            CardDavClient client = new CardDavClient(CardDavAccount.of(
                    URI.create("http://127.0.0.1:" + server.getLocalPort() + "/"), "anna", "pw"));

            assertThatThrownBy(() -> client.read(URI.create("http://127.0.0.1:" + server.getLocalPort() + "/anna/b/"),
                    List.of("/anna/b/x.vcf"))).isInstanceOfSatisfying(CardDavException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.CONNECTION_LOST));
        }
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsAConnectionLost() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            URI url = URI.create("http://127.0.0.1:" + server.getLocalPort() + "/");
            // the connection is accepted by the system, and then nothing is ever said
            CardDavClient client = new CardDavClient(CardDavAccount.of(url, "anna", "pw")
                    .withTimeout(Duration.ofMillis(500)));

            assertThatThrownBy(() -> client.changesSince(url.resolve("/anna/b/"), null))
                    .isInstanceOfSatisfying(CardDavException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.CONNECTION_LOST));
        }
    }

    /** Reads each request's head, starts a multistatus answer and hangs up halfway. */
    private static void cutEveryAnswer(ServerSocket server) {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                InputStream in = s.getInputStream();
                byte[] buf = new byte[8192];
                int read = in.read(buf);
                if (read <= 0) {
                    continue;
                }
                OutputStream out = s.getOutputStream();
                out.write(("HTTP/1.1 207 Multi-Status\r\nContent-Type: application/xml\r\nContent-Length: 5000\r\n\r\n"
                        + "<?xml version=\"1.0\"?><d:multistatus xmlns:d=\"DAV:\"><d:response>")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (java.io.IOException closed) {
                return;
            }
        }
    }
}
