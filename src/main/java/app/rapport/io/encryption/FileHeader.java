package app.rapport.io.encryption;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The clear-text start of an encrypted file (format version 1), all integers big-endian:
 * <pre>
 * magic "RAPPORT-ENC\n" (12) · version (1) · KDF id, 1 = Argon2id v1.3 (1) · memory KiB (4) ·
 * passes (4) · lanes (1) · salt length (1) · salt · recipient X25519 public key (32) ·
 * ephemeral X25519 public key (32) · plaintext bytes per chunk (4) · nonce prefix (7) ·
 * check: the first 8 bytes of SHA-256 of everything before it (8)
 * </pre>
 * The check only tells accidental damage from a wrong passphrase; what protects the header is that
 * all of it is the associated data of every chunk's AES-GCM.
 */
record FileHeader(KdfParameters kdf, byte[] salt, byte[] recipient, byte[] ephemeral, int chunkSize,
                  byte[] noncePrefix, byte[] encoded) {
    static final byte[] MAGIC = "RAPPORT-ENC\n".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    static final int KDF_ARGON2ID = 1;
    static final int NONCE_PREFIX_BYTES = 7;
    static final int CHECK_BYTES = 8;
    static final int MIN_CHUNK = 1024;
    static final int MAX_CHUNK = 16 * 1024 * 1024;

    static FileHeader create(KdfParameters kdf, byte[] salt, byte[] recipient, byte[] ephemeral, int chunkSize,
                             byte[] noncePrefix) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(MAGIC);
            out.writeByte(VERSION);
            out.writeByte(KDF_ARGON2ID);
            out.writeInt(kdf.memoryKiB());
            out.writeInt(kdf.iterations());
            out.writeByte(kdf.parallelism());
            out.writeByte(salt.length);
            out.write(salt);
            out.write(recipient);
            out.write(ephemeral);
            out.writeInt(chunkSize);
            out.write(noncePrefix);
            out.write(check(bytes.toByteArray()));
            return new FileHeader(kdf, salt, recipient, ephemeral, chunkSize, noncePrefix, bytes.toByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e); // a byte array does not fail
        }
    }

    /** Whether {@code start} (a file's first bytes) begins with the magic. */
    static boolean startsWithMagic(byte[] start, int length) {
        return length >= MAGIC.length && Arrays.equals(start, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /** Reads and checks a header, leaving {@code in} at the first chunk. */
    static FileHeader read(InputStream in) throws IOException {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        DataInputStream data = new DataInputStream(new InputStream() {
            @Override
            public int read() throws IOException {
                int b = in.read();
                if (b >= 0) {
                    copy.write(b);
                }
                return b;
            }
        });
        try {
            byte[] magic = new byte[MAGIC.length];
            int n = data.readNBytes(magic, 0, magic.length);
            if (!startsWithMagic(magic, n)) {
                throw new EncryptionException(EncryptionException.Reason.NOT_ENCRYPTED, "no Rapport encryption header");
            }
            int version = data.readUnsignedByte();
            if (version > VERSION) {
                throw new EncryptionException(EncryptionException.Reason.TOO_NEW, "format version " + version);
            }
            if (version != VERSION || data.readUnsignedByte() != KDF_ARGON2ID) {
                throw damaged("unknown version or key derivation");
            }
            int memory = data.readInt();
            int iterations = data.readInt();
            int parallelism = data.readUnsignedByte();
            byte[] salt = new byte[data.readUnsignedByte()];
            data.readFully(salt);
            byte[] recipient = new byte[RecipientKey.KEY_BYTES];
            data.readFully(recipient);
            byte[] ephemeral = new byte[RecipientKey.KEY_BYTES];
            data.readFully(ephemeral);
            int chunkSize = data.readInt();
            byte[] noncePrefix = new byte[NONCE_PREFIX_BYTES];
            data.readFully(noncePrefix);
            byte[] expected = check(copy.toByteArray());
            byte[] found = new byte[CHECK_BYTES];
            data.readFully(found);
            if (!MessageDigest.isEqual(expected, found)) {
                throw damaged("header check does not match");
            }
            // checked after the check: parameters a damaged header made absurd are reported as damage
            if (!KdfParameters.acceptable(memory, iterations, parallelism) || salt.length < RecipientKey.SALT_BYTES
                    || chunkSize < MIN_CHUNK || chunkSize > MAX_CHUNK) {
                throw damaged("parameters out of range");
            }
            return new FileHeader(new KdfParameters(memory, iterations, parallelism), salt, recipient, ephemeral,
                    chunkSize, noncePrefix, copy.toByteArray());
        } catch (EOFException e) {
            throw damaged("the header is cut short");
        }
    }

    private static byte[] check(byte[] bytes) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(bytes), CHECK_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }

    private static EncryptionException damaged(String why) {
        return new EncryptionException(EncryptionException.Reason.DAMAGED, why);
    }
}
