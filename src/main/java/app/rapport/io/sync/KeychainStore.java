package app.rapport.io.sync;

import app.rapport.io.sync.SecretStoreException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The macOS login keychain through {@code /usr/bin/security}, as a generic password whose service is
 * {@code rapport:<server>} and whose account is the user. {@code add-generic-password -w secret} would
 * put the secret in {@code ps}, and a bare trailing {@code -w} prompts on the terminal, asks twice and
 * takes one line only; so the command goes to {@code security -i} on standard input with the secret
 * as {@code -X} hexadecimal (which needs no quoting and keeps any character). Reading uses {@code -g},
 * whose {@code password:} line is quoted text or, for anything beyond printable ASCII, hexadecimal;
 * {@code -w} alone prints either form without saying which, so "1234" could not be told from two bytes.
 * Written from Apple's manual page and the tool's source; not run here (no Mac), only its commands and
 * parsing are tested.
 */
public final class KeychainStore implements SecretStore {
    private static final Logger LOG = LoggerFactory.getLogger(KeychainStore.class);
    static final String TOOL = "/usr/bin/security";
    /** {@code security -i} reads lines of at most 4096 bytes; the hex doubles the secret. */
    static final int MAX_SECRET_BYTES = 1800;
    /** errSecItemNotFound (-25300) as an exit status. */
    static final int NOT_FOUND = 44;

    private final Duration timeout;

    public KeychainStore() {
        this(SecretServiceStore.PROMPT_TIMEOUT);
    }

    KeychainStore(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return "the macOS keychain";
    }

    @Override
    public boolean keepsAfterExit() {
        return true;
    }

    @Override
    public boolean available() {
        if (!Files.isExecutable(Path.of(TOOL))) {
            return false;
        }
        try {
            ExternalCommand.Result result = ExternalCommand.run(List.of(TOOL, "default-keychain"), Map.of(), null,
                    SecretServiceStore.PROBE_TIMEOUT);
            result.wipe();
            return result.ok();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void store(SecretId id, char[] secret) {
        byte[] line = storeLine(id, secret);
        try {
            ExternalCommand.Result result = run(List.of(TOOL, "-i"), line, id, "keep");
            try {
                if (!result.ok()) {
                    throw failure(result, id, "keep");
                }
            } finally {
                result.wipe();
            }
            LOG.info("Kept the password of {} in {}", id.forLog(), name());
        } finally {
            SecretText.wipe(line);
        }
    }

    @Override
    public Optional<char[]> read(SecretId id) {
        ExternalCommand.Result result = run(List.of(TOOL, "find-generic-password", "-s", service(id), "-a", account(id), "-g"),
                null, id, "read");
        try {
            if (result.ok()) {
                // -g writes the attributes to standard output and the password line to standard error
                char[] secret = passwordOf(result.errBytes(), result.errLength());
                if (secret == null) {
                    secret = passwordOf(result.out(), result.outLength());
                }
                if (secret == null) {
                    throw new SecretStoreException(Reason.FAILED,
                            "The keychain answered without a password line for " + id.forLog());
                }
                return Optional.of(secret);
            }
            if (!result.timedOut() && result.exitCode() == NOT_FOUND) {
                return Optional.empty();
            }
            throw failure(result, id, "read");
        } finally {
            result.wipe();
        }
    }

    @Override
    public void delete(SecretId id) {
        ExternalCommand.Result result = run(List.of(TOOL, "delete-generic-password", "-s", service(id), "-a", account(id)),
                null, id, "forget");
        try {
            if (!result.ok() && (result.timedOut() || result.exitCode() != NOT_FOUND)) {
                throw failure(result, id, "forget");
            }
        } finally {
            result.wipe();
        }
        LOG.info("Forgot the password of {} in {}", id.forLog(), name());
    }

    static String service(SecretId id) {
        return SecretId.token(id.service()) + ":" + SecretId.token(id.server());
    }

    static String account(SecretId id) {
        return SecretId.token(id.user());
    }

    /** {@code add-generic-password -U -s … -a … -X <hex>} and a newline, for {@code security -i}; the caller wipes it. */
    static byte[] storeLine(SecretId id, char[] secret) {
        byte[] utf8 = SecretText.utf8(secret);
        char[] hex = SecretText.hex(utf8);
        try {
            if (utf8.length > MAX_SECRET_BYTES) {
                throw new SecretStoreException(Reason.FAILED,
                        "A password of more than " + MAX_SECRET_BYTES + " bytes cannot be kept in the macOS keychain by Rapport");
            }
            byte[] head = ("add-generic-password -U -s " + service(id) + " -a " + account(id) + " -X ")
                    .getBytes(StandardCharsets.US_ASCII);
            byte[] line = new byte[head.length + hex.length + 1];
            System.arraycopy(head, 0, line, 0, head.length);
            for (int i = 0; i < hex.length; i++) {
                line[head.length + i] = (byte) hex[i];
            }
            line[line.length - 1] = '\n';
            return line;
        } finally {
            SecretText.wipe(utf8);
            SecretText.wipe(hex);
        }
    }

    /**
     * The secret in the {@code password:} line that {@code find-generic-password -g} writes to standard
     * error: {@code password: "text"} for printable ASCII, {@code password: 0x<HEX>  "escaped"} otherwise,
     * {@code password: } for an empty one; null when there is no such line.
     */
    static char[] passwordOf(byte[] err, int length) {
        byte[] key = "password:".getBytes(StandardCharsets.US_ASCII);
        for (int start = 0; start < length; start = next(err, start, length)) {
            if (startsWith(err, start, length, key)) {
                int i = start + key.length;
                while (i < length && err[i] == ' ') {
                    i++;
                }
                int end = i;
                while (end < length && err[end] != '\n') {
                    end++;
                }
                if (end - i >= 2 && err[i] == '0' && err[i + 1] == 'x') {
                    int digits = i + 2;
                    int stop = digits;
                    while (stop < end && Character.digit(err[stop], 16) >= 0) {
                        stop++;
                    }
                    char[] hex = new char[stop - digits];
                    for (int k = 0; k < hex.length; k++) {
                        hex[k] = (char) err[digits + k];
                    }
                    byte[] bytes = SecretText.unhex(hex, 0, hex.length);
                    SecretText.wipe(hex);
                    try {
                        return SecretText.chars(bytes, 0, bytes.length);
                    } finally {
                        SecretText.wipe(bytes);
                    }
                }
                int from = i;
                int to = end;
                if (to - from >= 2 && err[from] == '"' && err[to - 1] == '"') {
                    from++;
                    to--;
                }
                return SecretText.chars(err, from, to - from);
            }
        }
        return null;
    }

    private static int next(byte[] bytes, int from, int length) {
        int i = from;
        while (i < length && bytes[i] != '\n') {
            i++;
        }
        return i + 1;
    }

    private static boolean startsWith(byte[] bytes, int at, int length, byte[] prefix) {
        if (at + prefix.length > length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (bytes[at + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    private ExternalCommand.Result run(List<String> command, byte[] input, SecretId id, String doing) {
        try {
            return ExternalCommand.run(command, Map.of(), input, timeout);
        } catch (IOException e) {
            LOG.warn("Could not {} the password of {}: {} could not be started", doing, id.forLog(), TOOL);
            throw new SecretStoreException(Reason.NO_KEYRING, "No keychain: " + TOOL + " could not be started", e);
        }
    }

    /** Only for failures: then standard error holds the tool's message, not a password. */
    private SecretStoreException failure(ExternalCommand.Result result, SecretId id, String doing) {
        Reason reason = result.timedOut() ? Reason.TIMED_OUT : reasonOf(result.exitCode());
        String said = result.timedOut() ? "no answer in " + timeout.toSeconds() + " s"
                : result.err() + " (status " + result.exitCode() + ")";
        LOG.warn("Could not {} the password of {} in {}: {} ({})", doing, id.forLog(), name(), reason, said);
        return new SecretStoreException(reason, "Could not " + doing + " the password of " + id.forLog()
                + " in " + name() + ": " + said);
    }

    /** The reason in an exit status, which is the Security framework's error code modulo 256. */
    static Reason reasonOf(int exitCode) {
        return switch (exitCode) {
            // errSecInteractionNotAllowed, errSecAuthFailed, userCanceledErr
            case 36, 51, 128 -> Reason.LOCKED;
            // errSecNoSuchKeychain, errSecNoDefaultKeychain
            case 50, 37 -> Reason.NO_KEYRING;
            default -> Reason.FAILED;
        };
    }
}
