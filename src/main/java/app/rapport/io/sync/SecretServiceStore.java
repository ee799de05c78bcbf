package app.rapport.io.sync;

import app.rapport.io.sync.SecretStoreException.Reason;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The freedesktop Secret Service (GNOME Keyring, KWallet through its bridge, KeePassXC) through
 * {@code secret-tool} from libsecret (Debian: {@code libsecret-tools}). The secret goes to
 * {@code secret-tool store} on standard input and comes back from {@code lookup} on standard output;
 * the command line holds only the attributes {@code application}, {@code server} and {@code user}.
 */
public final class SecretServiceStore implements SecretStore {
    private static final Logger LOG = LoggerFactory.getLogger(SecretServiceStore.class);
    static final String TOOL = "secret-tool";
    /** Long enough for the user to type the keyring's password into an unlock prompt. */
    static final Duration PROMPT_TIMEOUT = Duration.ofMinutes(2);
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);

    private final Map<String, String> environment;
    private final Duration timeout;

    /** The store of the user's own session. */
    public SecretServiceStore() {
        this(Map.of(), PROMPT_TIMEOUT);
    }

    /**
     * A store reached with {@code environment} added to this process's (a test's private
     * {@code DBUS_SESSION_BUS_ADDRESS}), waiting at most {@code timeout} for each answer.
     */
    public SecretServiceStore(Map<String, String> environment, Duration timeout) {
        Map<String, String> env = new HashMap<>(environment);
        // The tool's messages in English, so that the reason can be read from them; the secret is bytes either way.
        env.put("LC_ALL", "C");
        env.put("LANGUAGE", "");
        this.environment = Map.copyOf(env);
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return "the Secret Service (GNOME Keyring, KWallet)";
    }

    @Override
    public boolean keepsAfterExit() {
        return true;
    }

    @Override
    public boolean available() {
        // A lookup that matches nothing: answered with no message when a keyring service is there, and
        // it never prompts, since there is no item to unlock.
        try {
            ExternalCommand.Result result = ExternalCommand.run(
                    List.of(TOOL, "lookup", "application", SecretId.RAPPORT, "probe", "availability"),
                    environment, null, PROBE_TIMEOUT);
            boolean answered = !result.timedOut() && result.errLength() == 0;
            result.wipe();
            return answered;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void store(SecretId id, char[] secret) {
        byte[] input = SecretText.utf8(secret);
        try {
            ExternalCommand.Result result = run(storeCommand(id), input, id, "keep");
            if (!result.ok()) {
                throw failure(result, id, "keep");
            }
            LOG.info("Kept the password of {} in {}", id.forLog(), name());
        } finally {
            SecretText.wipe(input);
        }
    }

    @Override
    public Optional<char[]> read(SecretId id) {
        ExternalCommand.Result result = run(command("lookup", id), null, id, "read");
        try {
            if (result.ok()) {
                return Optional.of(SecretText.chars(result.out(), 0, result.outLength()));
            }
            if (result.timedOut() || !result.err().isEmpty()) {
                throw failure(result, id, "read");
            }
        } finally {
            result.wipe();
        }
        // Exit 1 and no message: nothing kept, or a locked keyring whose prompt was dismissed. Only the second is a failure.
        if (defaultKeyringLocked()) {
            throw new SecretStoreException(Reason.LOCKED,
                    "The keyring is locked, so the password of " + id.forLog() + " could not be read");
        }
        return Optional.empty();
    }

    @Override
    public void delete(SecretId id) {
        ExternalCommand.Result result = run(command("clear", id), null, id, "forget");
        if (result.ok()) {
            LOG.info("Forgot the password of {} in {}", id.forLog(), name());
            return;
        }
        if (result.timedOut() || !result.err().isEmpty()) {
            throw failure(result, id, "forget");
        }
        if (defaultKeyringLocked()) {
            throw new SecretStoreException(Reason.LOCKED,
                    "The keyring is locked, so the password of " + id.forLog() + " could not be forgotten");
        }
    }

    /** {@code secret-tool store --label=… application … server … user …}: no secret among the arguments. */
    static List<String> storeCommand(SecretId id) {
        List<String> command = new ArrayList<>(List.of(TOOL, "store",
                "--label=Rapport: " + SecretId.token(id.user()) + " at " + SecretId.token(id.server())));
        command.addAll(attributes(id));
        return command;
    }

    static List<String> command(String verb, SecretId id) {
        List<String> command = new ArrayList<>(List.of(TOOL, verb));
        command.addAll(attributes(id));
        return command;
    }

    private static List<String> attributes(SecretId id) {
        return List.of("application", SecretId.token(id.service()), "server", SecretId.token(id.server()),
                "user", SecretId.token(id.user()));
    }

    private ExternalCommand.Result run(List<String> command, byte[] input, SecretId id, String doing) {
        try {
            return ExternalCommand.run(command, environment, input, timeout);
        } catch (IOException e) {
            LOG.warn("Could not {} the password of {}: {} is not installed ({})", doing, id.forLog(), TOOL, e.getMessage());
            throw new SecretStoreException(Reason.NO_KEYRING,
                    "No keyring: " + TOOL + " is not installed (Debian and Ubuntu: libsecret-tools)", e);
        }
    }

    private SecretStoreException failure(ExternalCommand.Result result, SecretId id, String doing) {
        Reason reason = result.timedOut() ? Reason.TIMED_OUT : reasonOf(result.err());
        String said = result.timedOut() ? "no answer in " + timeout.toSeconds() + " s" : result.err();
        LOG.warn("Could not {} the password of {} in {}: {} ({})", doing, id.forLog(), name(), reason, said);
        return new SecretStoreException(reason, "Could not " + doing + " the password of " + id.forLog()
                + " in " + name() + ": " + said);
    }

    /** The reason in what secret-tool said (run under the C locale, so in English). */
    static Reason reasonOf(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        if (m.contains("locked") || m.contains("dismissed") || m.contains("cancelled")) {
            return Reason.LOCKED;
        }
        if (m.contains("autolaunch") || m.contains("could not connect") || m.contains("was not provided by any")
                || m.contains("serviceunknown") || m.contains("object does not exist") || m.contains("no such interface")
                || m.contains("name has no owner")) {
            return Reason.NO_KEYRING;
        }
        return Reason.FAILED;
    }

    /** Whether the default collection says it is locked; false when that cannot be asked ({@code dbus-send} missing). */
    private boolean defaultKeyringLocked() {
        try {
            ExternalCommand.Result result = ExternalCommand.run(List.of("dbus-send", "--session", "--print-reply=literal",
                    "--dest=org.freedesktop.secrets", "/org/freedesktop/secrets/aliases/default",
                    "org.freedesktop.DBus.Properties.Get", "string:org.freedesktop.Secret.Collection", "string:Locked"),
                    environment, null, PROBE_TIMEOUT);
            String said = new String(result.out(), 0, result.outLength(), java.nio.charset.StandardCharsets.UTF_8);
            return result.ok() && said.contains("boolean true");
        } catch (IOException e) {
            return false;
        }
    }
}
