package app.rapport.io.sync;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets kept in this process's memory only, gone when Rapport closes: the user's choice when they
 * would rather type the password once per session, and the fallback where no credential store answers.
 * Each secret is a copy that is wiped when it is replaced or forgotten.
 */
public final class SessionSecretStore implements SecretStore {
    private static final Logger LOG = LoggerFactory.getLogger(SessionSecretStore.class);

    private final Map<SecretId, char[]> secrets = new HashMap<>();

    @Override
    public String name() {
        return "this session only";
    }

    @Override
    public boolean keepsAfterExit() {
        return false;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public synchronized void store(SecretId id, char[] secret) {
        SecretText.wipe(secrets.put(id, secret.clone()));
        LOG.info("Kept the password of {} for this session only", id.forLog());
    }

    @Override
    public synchronized Optional<char[]> read(SecretId id) {
        char[] secret = secrets.get(id);
        return secret == null ? Optional.empty() : Optional.of(secret.clone());
    }

    @Override
    public synchronized void delete(SecretId id) {
        SecretText.wipe(secrets.remove(id));
    }

    /** Forgets every secret, wiping each; for closing the session. */
    public synchronized void clear() {
        secrets.values().forEach(s -> Arrays.fill(s, '\0'));
        secrets.clear();
    }
}
