package app.rapport.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real CardDAV server for a test: Debian's Radicale 3 run as a child process on 127.0.0.1 and a free
 * port, with its own configuration, storage folder and htpasswd users in a folder the test gives (a
 * {@code @TempDir}). Stopped by {@link #close()}. Fails, saying how to install it, when Radicale is missing.
 */
public final class RadicaleServer implements AutoCloseable {
    public static final String PYTHON = "/usr/bin/python3";
    public static final String USER = "anna";
    public static final String PASSWORD = "s3cret-Пароль";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Path dir;
    private final int port;
    private final boolean tls;
    private final Process process;

    private RadicaleServer(Path dir, int port, boolean tls, Process process) {
        this.dir = dir;
        this.port = port;
        this.tls = tls;
        this.process = process;
    }

    /** Radicale over plain HTTP. */
    public static RadicaleServer start(Path dir) throws IOException {
        return start(dir, null, null);
    }

    /** Radicale over HTTPS with this certificate and key (PEM files), as a self-hosted server with its own. */
    public static RadicaleServer startWithTls(Path dir, Path certificate, Path key) throws IOException {
        return start(dir, certificate, key);
    }

    private static RadicaleServer start(Path dir, Path certificate, Path key) throws IOException {
        requireRadicale();
        Path storage = Files.createDirectories(dir.resolve("storage"));
        Path users = dir.resolve("users");
        // plain htpasswd is fine for a throw-away user; the second user is there to be someone else
        Files.writeString(users, USER + ":" + PASSWORD + "\nboris:other\n", StandardCharsets.UTF_8);
        int port = freePort();
        List<String> config = new ArrayList<>(List.of(
                "[server]", "hosts = 127.0.0.1:" + port));
        if (certificate != null) {
            config.addAll(List.of("ssl = True", "certificate = " + certificate, "key = " + key));
        }
        config.addAll(List.of(
                "[auth]", "type = htpasswd", "htpasswd_filename = " + users, "htpasswd_encryption = plain",
                "delay = 0",
                "[rights]", "type = owner_only",
                "[storage]", "filesystem_folder = " + storage,
                "[web]", "type = none",
                "[logging]", "level = warning", "mask_passwords = True"));
        Files.write(dir.resolve("radicale.conf"), config, StandardCharsets.UTF_8);
        return launch(dir, port, certificate != null);
    }

    private static RadicaleServer launch(Path dir, int port, boolean tls) throws IOException {
        Path log = dir.resolve("radicale.log");
        Process process = new ProcessBuilder(PYTHON, "-m", "radicale", "--config", dir.resolve("radicale.conf").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
        RadicaleServer server = new RadicaleServer(dir, port, tls, process);
        server.awaitListening(log);
        return server;
    }

    /** The same server started again after {@link #close()}: same address, same cards (a server back after going away). */
    public RadicaleServer restarted() throws IOException {
        if (process.isAlive()) {
            throw new IllegalStateException("Radicale is still running");
        }
        return launch(dir, port, tls);
    }

    private static void requireRadicale() throws IOException {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            throw new IllegalStateException("These tests run Radicale with " + PYTHON + ": apt-get install -y python3-radicale");
        }
        Process check = new ProcessBuilder(PYTHON, "-c", "import radicale").redirectErrorStream(true).start();
        try {
            if (!check.waitFor(30, TimeUnit.SECONDS) || check.exitValue() != 0) {
                throw new IllegalStateException(
                        "Radicale is not installed; these tests need a real CardDAV server: apt-get install -y python3-radicale");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void awaitListening(Path log) throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Radicale stopped at start:\n" + Files.readString(log));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                try {
                    process.waitFor(50, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
        }
        close();
        throw new IllegalStateException("Radicale did not answer on port " + port + " within " + START_TIMEOUT
                + ":\n" + Files.readString(log));
    }

    /** The server's root, as a user would type it. */
    public URI url() {
        return URI.create((tls ? "https" : "http") + "://127.0.0.1:" + port + "/");
    }

    /** The user's home collection, where their address books are. */
    public URI home() {
        return url().resolve("/" + USER + "/");
    }

    /** Where Radicale keeps an address book's cards as .vcf files: collection-root/USER/BOOK. */
    public Path bookFolder(String book) {
        return dir.resolve("storage").resolve("collection-root").resolve(USER).resolve(book);
    }

    public String log() throws IOException {
        return Files.readString(dir.resolve("radicale.log"));
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
