package app.rapport.io.encryption;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;

/**
 * The public half of an X25519 key pair whose private half is Argon2id(passphrase, salt): files are
 * encrypted to it without the passphrase (a daily backup asks for nothing), and only the passphrase
 * opens them again. Holds no secret, so it may be kept in the database's settings.
 */
public final class RecipientKey {
    static final int SALT_BYTES = 16;
    static final int KEY_BYTES = X25519PrivateKeyParameters.KEY_SIZE;
    private static final String PREFIX = "argon2id-x25519;1;";

    private final KdfParameters kdf;
    private final byte[] salt;
    private final byte[] publicKey;

    RecipientKey(KdfParameters kdf, byte[] salt, byte[] publicKey) {
        if (salt.length < SALT_BYTES || salt.length > 64 || publicKey.length != KEY_BYTES) {
            throw new IllegalArgumentException("salt or key of the wrong length");
        }
        this.kdf = kdf;
        this.salt = salt.clone();
        this.publicKey = publicKey.clone();
    }

    /** A new key pair for {@code passphrase} with a fresh random salt; the private half is not kept. */
    public static RecipientKey create(Passphrase passphrase, KdfParameters kdf, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        X25519PrivateKeyParameters privateKey = privateKey(passphrase, kdf, salt);
        return new RecipientKey(kdf, salt, privateKey.generatePublicKey().getEncoded());
    }

    public static RecipientKey create(Passphrase passphrase) {
        return create(passphrase, KdfParameters.DEFAULT, new SecureRandom());
    }

    /** Whether {@code passphrase} is the one this key was made from (costs one key derivation). */
    public boolean opensWith(Passphrase passphrase) {
        return MessageDigest.isEqual(publicKey, privateKey(passphrase, kdf, salt).generatePublicKey().getEncoded());
    }

    /** Argon2id over the passphrase's UTF-8, 32 bytes used as the X25519 scalar (clamped by X25519 itself). */
    static X25519PrivateKeyParameters privateKey(Passphrase passphrase, KdfParameters kdf, byte[] salt) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(kdf.memoryKiB())
                .withIterations(kdf.iterations())
                .withParallelism(kdf.parallelism())
                .withSalt(salt)
                .build();
        Argon2BytesGenerator argon2 = new Argon2BytesGenerator();
        argon2.init(parameters);
        byte[] scalar = new byte[KEY_BYTES];
        try {
            argon2.generateBytes(passphrase.chars(), scalar);
            return new X25519PrivateKeyParameters(scalar);
        } finally {
            Arrays.fill(scalar, (byte) 0);
        }
    }

    public KdfParameters kdf() {
        return kdf;
    }

    byte[] salt() {
        return salt.clone();
    }

    byte[] publicKey() {
        return publicKey.clone();
    }

    /** One line of text for the settings: the parameters, the salt and the public key. */
    public String encode() {
        Base64.Encoder b64 = Base64.getEncoder();
        return PREFIX + kdf.memoryKiB() + ";" + kdf.iterations() + ";" + kdf.parallelism() + ";"
                + b64.encodeToString(salt) + ";" + b64.encodeToString(publicKey);
    }

    /** The key {@link #encode()} wrote; empty for anything else (a hand-edited or foreign value). */
    public static Optional<RecipientKey> decode(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = text.substring(PREFIX.length()).split(";", -1);
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            int memory = Integer.parseInt(parts[0]);
            int iterations = Integer.parseInt(parts[1]);
            int parallelism = Integer.parseInt(parts[2]);
            if (!KdfParameters.acceptable(memory, iterations, parallelism)) {
                return Optional.empty();
            }
            Base64.Decoder b64 = Base64.getDecoder();
            return Optional.of(new RecipientKey(new KdfParameters(memory, iterations, parallelism),
                    b64.decode(parts[3]), b64.decode(parts[4])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecipientKey k && kdf.equals(k.kdf) && Arrays.equals(salt, k.salt)
                && Arrays.equals(publicKey, k.publicKey);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(publicKey);
    }

    @Override
    public String toString() {
        return "RecipientKey[" + kdf + "]";
    }
}
