package app.rapport.io.encryption;

import java.io.BufferedInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.X25519PublicKeyParameters;

/**
 * Rapport's encrypted files: a {@link FileHeader}, then the content in chunks, each sealed with
 * AES-256-GCM. The key is HKDF-SHA256 of X25519(a fresh ephemeral key, the {@link RecipientKey});
 * the nonce is the header's random prefix, the chunk's number and a flag on the last chunk, so
 * chunks cannot be reordered, dropped or cut off without failing; the whole header is the
 * associated data of every chunk. Content streams through a chunk at a time, however large.
 */
public final class EncryptedFile {
    /** Appended to the name of an encrypted copy: {@code rapport-2026-11-22T101500.db.enc}. */
    public static final String EXTENSION = ".enc";
    static final int DEFAULT_CHUNK = 64 * 1024;
    private static final int TAG_BYTES = 16;
    private static final byte[] HKDF_INFO = "rapport encrypted file v1 aes-256-gcm".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private EncryptedFile() {
    }

    /** Whether {@code file} starts like an encrypted file (its first bytes only; nothing is checked). */
    public static boolean isEncrypted(Path file) {
        byte[] start = new byte[FileHeader.MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            return FileHeader.startsWithMagic(start, in.readNBytes(start, 0, start.length));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A stream that encrypts what is written to it into {@code out} for {@code to}; the header is
     * written at once, the last chunk on {@link OutputStream#close()}, which also closes {@code out}.
     * A stream not closed leaves a file that reads as damaged, never as a shorter whole.
     */
    public static OutputStream encrypting(OutputStream out, RecipientKey to) throws IOException {
        return encrypting(out, to, new SecureRandom(), DEFAULT_CHUNK);
    }

    static OutputStream encrypting(OutputStream out, RecipientKey to, SecureRandom random, int chunkSize)
            throws IOException {
        X25519PrivateKeyParameters ephemeral = new X25519PrivateKeyParameters(random);
        byte[] ephemeralPublic = ephemeral.generatePublicKey().getEncoded();
        byte[] noncePrefix = new byte[FileHeader.NONCE_PREFIX_BYTES];
        random.nextBytes(noncePrefix);
        FileHeader header = FileHeader.create(to.kdf(), to.salt(), to.publicKey(), ephemeralPublic, chunkSize, noncePrefix);
        byte[] key = fileKey(agree(ephemeral, to.publicKey()), ephemeralPublic, to.publicKey());
        out.write(header.encoded());
        return new Sealing(out, new Chunks(header, key), chunkSize);
    }

    /**
     * A stream of the plaintext of {@code in}. The header and the passphrase are checked before this
     * returns (wrong passphrase, damaged header, later version: an {@link EncryptionException} and
     * nothing read); each chunk is authenticated before a byte of it is handed out, and the end of
     * the stream is reported only after the last chunk was. A damaged chunk throws an
     * {@link EncryptionException} from {@code read}: whatever was read before must then be discarded.
     */
    public static InputStream decrypting(InputStream in, Passphrase passphrase) throws IOException {
        FileHeader header = FileHeader.read(in);
        X25519PrivateKeyParameters privateKey = RecipientKey.privateKey(passphrase, header.kdf(), header.salt());
        if (!java.security.MessageDigest.isEqual(privateKey.generatePublicKey().getEncoded(), header.recipient())) {
            throw new EncryptionException(EncryptionException.Reason.WRONG_PASSPHRASE, "the passphrase does not open this file");
        }
        byte[] key;
        try {
            key = fileKey(agree(privateKey, header.ephemeral()), header.ephemeral(), header.recipient());
        } catch (IllegalStateException e) {
            throw new EncryptionException(EncryptionException.Reason.DAMAGED, "unusable ephemeral key", e); // a low-order point
        }
        return new Opening(in, new Chunks(header, key), header.chunkSize());
    }

    /**
     * Checks that {@code passphrase} opens {@code file}, reading its header only (one key derivation):
     * an {@link EncryptionException} when it does not. The content is checked when it is read.
     */
    public static void checkPassphrase(Path file, Passphrase passphrase) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 512)) {
            decrypting(in, passphrase).getClass(); // the header and passphrase are checked on opening
        }
    }

    /** Encrypts the file {@code plain} into {@code target} (created or replaced; callers write to a temporary name). */
    public static void encrypt(Path plain, Path target, RecipientKey to) throws IOException {
        try (InputStream in = Files.newInputStream(plain);
             OutputStream out = encrypting(Files.newOutputStream(target), to)) {
            in.transferTo(out);
        }
    }

    /**
     * Decrypts {@code source} into {@code target}. On any failure {@code target} may hold a part of
     * the plaintext and must be deleted by the caller (it is a private temporary file).
     */
    public static void decrypt(Path source, Path target, Passphrase passphrase) throws IOException {
        try (InputStream in = decrypting(new BufferedInputStream(Files.newInputStream(source), 1 << 16), passphrase);
             OutputStream out = Files.newOutputStream(target)) {
            in.transferTo(out);
        }
    }

    /** X25519 between {@code own} and {@code peer}: the same secret on both sides, or an error for a low-order point. */
    private static byte[] agree(X25519PrivateKeyParameters own, byte[] peer) {
        byte[] shared = new byte[X25519PrivateKeyParameters.SECRET_SIZE];
        own.generateSecret(new X25519PublicKeyParameters(peer), shared, 0);
        return shared;
    }

    /** HKDF-SHA256 of the shared secret, salted with both public keys, ephemeral first. */
    private static byte[] fileKey(byte[] shared, byte[] ephemeralPublic, byte[] recipientPublic) {
        byte[] salt = new byte[ephemeralPublic.length + recipientPublic.length];
        System.arraycopy(ephemeralPublic, 0, salt, 0, ephemeralPublic.length);
        System.arraycopy(recipientPublic, 0, salt, ephemeralPublic.length, recipientPublic.length);
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(shared, salt, HKDF_INFO));
        byte[] key = new byte[32];
        hkdf.generateBytes(key, 0, key.length);
        Arrays.fill(shared, (byte) 0);
        return key;
    }

    /** AES-256-GCM of one chunk: nonce = prefix (7) · chunk number (4) · 1 on the last chunk, else 0 (1). */
    private static final class Chunks {
        private final FileHeader header;
        private final SecretKeySpec key;
        private long number;

        Chunks(FileHeader header, byte[] key) {
            this.header = header;
            this.key = new SecretKeySpec(key, "AES");
            Arrays.fill(key, (byte) 0);
        }

        int seal(byte[] plain, int length, boolean last, byte[] out) throws IOException {
            try {
                return cipher(Cipher.ENCRYPT_MODE, last).doFinal(plain, 0, length, out, 0);
            } catch (GeneralSecurityException e) {
                throw new IOException("Cannot encrypt", e);
            }
        }

        int open(byte[] sealed, int length, boolean last, byte[] out) {
            try {
                return cipher(Cipher.DECRYPT_MODE, last).doFinal(sealed, 0, length, out, 0);
            } catch (AEADBadTagException e) {
                throw new EncryptionException(EncryptionException.Reason.DAMAGED,
                        "chunk " + (number - 1) + " fails authentication" + (last ? " (or the file is cut short)" : ""), e);
            } catch (GeneralSecurityException e) {
                throw new EncryptionException(EncryptionException.Reason.DAMAGED, "chunk " + (number - 1) + " is unreadable", e);
            }
        }

        private Cipher cipher(int mode, boolean last) throws GeneralSecurityException {
            if (number > 0xFFFF_FFFFL) {
                throw new GeneralSecurityException("too many chunks for one file");
            }
            byte[] nonce = new byte[12];
            System.arraycopy(header.noncePrefix(), 0, nonce, 0, FileHeader.NONCE_PREFIX_BYTES);
            nonce[7] = (byte) (number >>> 24);
            nonce[8] = (byte) (number >>> 16);
            nonce[9] = (byte) (number >>> 8);
            nonce[10] = (byte) number;
            nonce[11] = (byte) (last ? 1 : 0);
            number++;
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
            cipher.updateAAD(header.encoded());
            return cipher;
        }
    }

    /** Collects a chunk; seals it once more follows (so the last chunk, possibly full, is sealed on close). */
    private static final class Sealing extends FilterOutputStream {
        private final Chunks chunks;
        private final byte[] plain;
        private final byte[] sealed;
        private int filled;
        private boolean closed;

        Sealing(OutputStream out, Chunks chunks, int chunkSize) {
            super(out);
            this.chunks = chunks;
            this.plain = new byte[chunkSize];
            this.sealed = new byte[chunkSize + TAG_BYTES];
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (closed) {
                throw new IOException("closed");
            }
            while (len > 0) {
                if (filled == plain.length) {
                    seal(false);
                }
                int n = Math.min(len, plain.length - filled);
                System.arraycopy(b, off, plain, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        private void seal(boolean last) throws IOException {
            int n = chunks.seal(plain, filled, last, sealed);
            out.write(sealed, 0, n);
            filled = 0;
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                seal(true);
                out.flush();
            } finally {
                Arrays.fill(plain, (byte) 0);
                out.close();
            }
        }
    }

    /** Hands out one authenticated chunk at a time; a chunk is the last when the file ends after it. */
    private static final class Opening extends InputStream {
        private final PushbackInputStream in;
        private final Chunks chunks;
        private final byte[] sealed;
        private final byte[] plain;
        private int position;
        private int limit;
        private boolean finished;

        Opening(InputStream in, Chunks chunks, int chunkSize) {
            this.in = new PushbackInputStream(in, 1);
            this.chunks = chunks;
            this.sealed = new byte[chunkSize + TAG_BYTES];
            this.plain = new byte[chunkSize];
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (position == limit) {
                if (finished) {
                    return -1;
                }
                next();
            }
            int n = Math.min(len, limit - position);
            System.arraycopy(plain, position, b, off, n);
            position += n;
            return n;
        }

        private void next() throws IOException {
            int n = in.readNBytes(sealed, 0, sealed.length);
            boolean last = n < sealed.length;
            if (!last) {
                int peek = in.read();
                if (peek < 0) {
                    last = true;
                } else {
                    in.unread(peek);
                }
            }
            if (n < TAG_BYTES) {
                throw new EncryptionException(EncryptionException.Reason.DAMAGED, "the file is cut short");
            }
            limit = chunks.open(sealed, n, last, plain);
            position = 0;
            finished = last;
        }

        @Override
        public void close() throws IOException {
            Arrays.fill(plain, (byte) 0);
            in.close();
        }
    }
}
