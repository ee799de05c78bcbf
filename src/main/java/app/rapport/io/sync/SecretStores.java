package app.rapport.io.sync;

import java.util.Locale;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The credential store for this computer: the Secret Service on Linux and the BSDs, the keychain on
 * macOS, and this session's memory where neither answers. Windows has a credential store too
 * (Credential Manager, PasswordVault), but every way to it from Java needs native code (JNA is not
 * on the class path) or a PowerShell script that cannot be tested here, so on Windows passwords are
 * kept for the session only and the window says so.
 */
public final class SecretStores {
    private static final Logger LOG = LoggerFactory.getLogger(SecretStores.class);
    /**
     * Where {@link #forThisComputer()} keeps passwords when no store answers: one for the process, so a password
     * kept "for the session" outlives the dialog and a language change.
     */
    private static final SessionSecretStore SESSION = new SessionSecretStore();

    private SecretStores() {
    }

    /** The operating system's store if it answers now, otherwise a {@link SessionSecretStore}. */
    public static SecretStore forThisComputer() {
        return choose(System.getProperty("os.name", ""), SecretServiceStore::new, KeychainStore::new);
    }

    /** Memory only, for a user who would rather not keep the password on this computer. */
    public static SecretStore sessionOnly() {
        return new SessionSecretStore();
    }

    static SecretStore choose(String osName, Supplier<SecretStore> secretService, Supplier<SecretStore> keychain) {
        String os = osName.toLowerCase(Locale.ROOT);
        SecretStore candidate = null;
        if (os.startsWith("mac")) {
            candidate = keychain.get();
        } else if (!os.startsWith("windows")) {
            candidate = secretService.get();
        }
        if (candidate != null && candidate.available()) {
            LOG.info("Passwords are kept in {}", candidate.name());
            return candidate;
        }
        SecretStore session = SESSION;
        LOG.info("No credential store answers on {} ({}); passwords are kept for this session only", osName,
                candidate == null ? "none is supported without native code" : candidate.name() + " did not answer");
        return session;
    }
}
