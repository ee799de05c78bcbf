package app.rapport.testing;

import app.rapport.io.sync.CardDavAccount;
import app.rapport.io.sync.CardDavClient;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Radicale on 127.0.0.1 for one test class, its storage in memory: registered as
 * {@code @RegisterExtension static final RadicaleExtension radicale = new RadicaleExtension();}, started before the
 * class's first test and stopped, its folder removed, after the last.
 */
public final class RadicaleExtension implements BeforeAllCallback, AfterAllCallback {
    private Path folder;
    private RadicaleServer server;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = MemoryTempDir.create();
        server = RadicaleServer.start(folder.resolve("radicale"));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (server != null) {
            server.close();
        }
        if (folder != null) {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    public URI url() {
        return server.url();
    }

    public URI home() {
        return server.home();
    }

    public Path bookFolder(String book) {
        return server.bookFolder(book);
    }

    /** A client as the server's first user. */
    public CardDavClient client() {
        return new CardDavClient(CardDavAccount.of(server.url(), RadicaleServer.USER, RadicaleServer.PASSWORD));
    }

    /** Stops the server, as one that goes away mid-sync. */
    public void close() {
        server.close();
    }

    /** Starts it again on the same port and storage. */
    public void restart() throws IOException {
        server = server.restarted();
    }
}
