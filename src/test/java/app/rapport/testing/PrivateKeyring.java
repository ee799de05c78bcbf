package app.rapport.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A D-Bus session bus and a GNOME Keyring of the test's own, with HOME and the XDG folders under the
 * test's folder: the Secret Service a desktop has, without a desktop and without touching the user's
 * keyring. The bus has no service files, so nothing starts behind the test's back: until
 * {@link #unlockKeyring()} no keyring answers on it. The tools are Debian's {@code dbus-daemon},
 * {@code gnome-keyring}, {@code libsecret-tools} and {@code libglib2.0-bin}; a missing one fails the
 * test saying how to install it.
 */
public final class PrivateKeyring implements AutoCloseable {
    private static final List<String> TOOLS = List.of("dbus-daemon", "gnome-keyring-daemon", "secret-tool", "gdbus", "dbus-send");

    private final Path folder;
    private final Process bus;
    private final String address;
    private final List<Process> keyrings = new ArrayList<>();

    private PrivateKeyring(Path folder, Process bus, String address) {
        this.folder = folder;
        this.bus = bus;
        this.address = address;
    }

    /** Starts a bus of its own in {@code folder}, with no keyring on it yet. */
    public static PrivateKeyring startBus(Path folder) throws IOException {
        List<String> missing = TOOLS.stream().filter(t -> !onPath(t)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Missing " + missing + ": install them with "
                    + "`apt-get install dbus-daemon gnome-keyring libsecret-tools libglib2.0-bin` (.ci/run does)");
        }
        Path config = folder.resolve("bus.conf");
        Files.writeString(config, """
                <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
                 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
                <busconfig>
                  <type>session</type>
                  <listen>unix:tmpdir=%s</listen>
                  <auth>EXTERNAL</auth>
                  <policy context="default">
                    <allow send_destination="*" eavesdrop="true"/>
                    <allow eavesdrop="true"/>
                    <allow own="*"/>
                  </policy>
                </busconfig>
                """.formatted(folder));
        Process bus = new ProcessBuilder("dbus-daemon", "--config-file=" + config, "--nofork", "--print-address=1")
                .redirectError(folder.resolve("bus.log").toFile()).start();
        String address = new BufferedReader(new InputStreamReader(bus.getInputStream(), StandardCharsets.UTF_8)).readLine();
        if (address == null || address.isBlank()) {
            bus.destroyForcibly();
            throw new IllegalStateException("dbus-daemon gave no address: " + Files.readString(folder.resolve("bus.log")));
        }
        return new PrivateKeyring(folder, bus, address.strip());
    }

    /** The environment that points {@code secret-tool} at this bus. */
    public Map<String, String> environment() {
        return Map.of("DBUS_SESSION_BUS_ADDRESS", address);
    }

    /**
     * Starts gnome-keyring-daemon on the bus, creating and unlocking its login keyring with a
     * password given on standard input as a login manager would, and returns once the Secret Service
     * answers (or fails after 20 seconds, with the daemon's own words).
     */
    public void unlockKeyring() throws IOException, InterruptedException {
        Path home = Files.createDirectories(folder.resolve("home"));
        Path runtime = Files.createDirectories(folder.resolve("runtime"));
        Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwx------"));
        ProcessBuilder builder = new ProcessBuilder("gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets")
                .redirectOutput(folder.resolve("keyring.out").toFile()).redirectError(folder.resolve("keyring.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("DBUS_SESSION_BUS_ADDRESS", address);
        env.put("HOME", home.toString());
        env.put("XDG_DATA_HOME", home.resolve("data").toString());
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
        env.put("XDG_CACHE_HOME", home.resolve("cache").toString());
        env.put("XDG_RUNTIME_DIR", runtime.toString());
        env.remove("DISPLAY");
        Process keyring = builder.start();
        keyrings.add(keyring);
        try (OutputStream in = keyring.getOutputStream()) {
            in.write("the login password".getBytes(StandardCharsets.UTF_8));
        }
        Process wait = onThisBus(new ProcessBuilder("gdbus", "wait", "--session", "--timeout", "20", "org.freedesktop.secrets"))
                .start();
        wait.getOutputStream().close();
        String said = new String(wait.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!wait.waitFor(30, TimeUnit.SECONDS) || wait.exitValue() != 0) {
            throw new IllegalStateException("The keyring did not come up on the bus: " + said
                    + Files.readString(folder.resolve("keyring.log")));
        }
    }

    /** Locks the login keyring (the default one), as the desktop does after a while or on the screen lock. */
    public void lockKeyring() throws IOException, InterruptedException {
        dbusSend("org.freedesktop.Secret.Service.Lock", "array:objpath:/org/freedesktop/secrets/collection/login");
    }

    private void dbusSend(String method, String argument) throws IOException, InterruptedException {
        Process send = onThisBus(new ProcessBuilder("dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.secrets",
                "/org/freedesktop/secrets", method, argument)).start();
        String said = new String(send.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!send.waitFor(20, TimeUnit.SECONDS) || send.exitValue() != 0) {
            throw new IllegalStateException(method + " failed: " + said);
        }
    }

    private ProcessBuilder onThisBus(ProcessBuilder builder) {
        builder.environment().put("DBUS_SESSION_BUS_ADDRESS", address);
        return builder.redirectErrorStream(true);
    }

    @Override
    public void close() throws InterruptedException {
        for (Process p : keyrings) {
            p.destroy();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        bus.destroy();
        if (!bus.waitFor(5, TimeUnit.SECONDS)) {
            bus.destroyForcibly();
        }
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
