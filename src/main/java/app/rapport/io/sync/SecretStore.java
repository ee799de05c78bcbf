package app.rapport.io.sync;

import java.util.Optional;

/**
 * Where a password is kept between syncs: the operating system's credential store where there is
 * one, or this session's memory. Secrets go in and come out as {@code char[]} so the caller can wipe
 * them; no implementation logs a secret or passes it on a command line.
 */
public interface SecretStore {

    /** The store's name in the user's words ("the Secret Service (GNOME Keyring, KWallet)", "this session only"). */
    String name();

    /** Whether a secret kept here is still there after Rapport is closed. */
    boolean keepsAfterExit();

    /** Whether the store answers now (the tool is there and, for a keyring, a keyring answers). */
    boolean available();

    /**
     * Keeps {@code secret} for {@code id}, replacing one kept before. The caller still owns
     * {@code secret} and wipes it.
     *
     * @throws SecretStoreException when the store does not answer or refuses
     */
    void store(SecretId id, char[] secret);

    /**
     * The secret kept for {@code id}, a fresh array the caller wipes when done, or empty when none is kept.
     *
     * @throws SecretStoreException when the store does not answer or stays locked
     */
    Optional<char[]> read(SecretId id);

    /**
     * Forgets the secret kept for {@code id}; nothing kept is not an error.
     *
     * @throws SecretStoreException when the store does not answer or stays locked
     */
    void delete(SecretId id);
}
