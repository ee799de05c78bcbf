package app.rapport.io.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedFileTest {
    /** Cheap parameters keep the tests fast; {@link #defaultParametersDeriveAWorkingKey} uses the real ones. */
    private static final KdfParameters CHEAP = new KdfParameters(1024, 1, 1);
    private static final int SMALL_CHUNK = 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    Path dir;

    private final Passphrase right = Passphrase.of("correct horse battery");
    private final RecipientKey key = RecipientKey.create(right, CHEAP, RANDOM);

    @Test
    void roundTripsEverySizeAroundTheChunkEdges() throws IOException {
        for (int size : new int[] {0, 1, SMALL_CHUNK - 1, SMALL_CHUNK, SMALL_CHUNK + 1, 3 * SMALL_CHUNK, 3 * SMALL_CHUNK + 17}) {
            byte[] plain = bytes(size, size);
            byte[] sealed = seal(plain, SMALL_CHUNK);
            assertThat(open(sealed, right)).as("size %d", size).isEqualTo(plain);
            int chunks = size / SMALL_CHUNK + (size % SMALL_CHUNK == 0 && size > 0 ? 0 : 1);
            assertThat(sealed.length - headerLength(sealed)).as("size %d", size).isEqualTo(size + 16 * chunks);
        }
    }

    @Test
    void theSameContentEncryptsDifferentlyEachTime() throws IOException {
        byte[] plain = bytes(5000, 1);
        assertThat(seal(plain, SMALL_CHUNK)).isNotEqualTo(seal(plain, SMALL_CHUNK));
    }

    @Test
    void aWrongPassphraseIsSaidSoAndNothingIsWritten() throws IOException {
        Path source = dir.resolve("backup.db.enc");
        Files.write(source, seal(bytes(10_000, 2), SMALL_CHUNK));
        Path target = dir.resolve("plain.db");
        assertThatThrownBy(() -> EncryptedFile.decrypt(source, target, Passphrase.of("correct horse battery!")))
                .isInstanceOfSatisfying(EncryptionException.class,
                        e -> assertThat(e.reason()).isEqualTo(EncryptionException.Reason.WRONG_PASSPHRASE));
        assertThat(target).doesNotExist();
    }

    @Test
    void aFlippedByteAnywhereAfterTheMagicIsDamage() throws IOException {
        byte[] sealed = seal(bytes(3 * SMALL_CHUNK + 100, 3), SMALL_CHUNK);
        int header = headerLength(sealed);
        int versionByte = FileHeader.MAGIC.length;
        for (int i = versionByte + 1; i < sealed.length; i += i < header ? 1 : 37) {
            byte[] damaged = sealed.clone();
            damaged[i] ^= 0x01;
            assertThat(failure(damaged)).as("byte %d of %d", i, sealed.length).isEqualTo(EncryptionException.Reason.DAMAGED);
        }
    }

    @Test
    void aFileCutShortOrWithBytesAddedIsDamage() throws IOException {
        byte[] sealed = seal(bytes(4 * SMALL_CHUNK, 4), SMALL_CHUNK);
        int header = headerLength(sealed);
        int sealedChunk = SMALL_CHUNK + 16;
        for (int cut : new int[] {FileHeader.MAGIC.length + 1, header - 1, header, header + 5, header + sealedChunk, header + 2 * sealedChunk,
                header + 3 * sealedChunk, header + 3 * sealedChunk + 100, sealed.length - 1}) {
            assertThat(failure(Arrays.copyOf(sealed, cut))).as("cut at %d of %d", cut, sealed.length)
                    .isEqualTo(EncryptionException.Reason.DAMAGED);
        }
        byte[] longer = Arrays.copyOf(sealed, sealed.length + 1);
        assertThat(failure(longer)).isEqualTo(EncryptionException.Reason.DAMAGED);
    }

    @Test
    void chunksSwappedOrRepeatedAreDamage() throws IOException {
        byte[] sealed = seal(bytes(3 * SMALL_CHUNK + 10, 5), SMALL_CHUNK);
        int header = headerLength(sealed);
        int c = SMALL_CHUNK + 16;
        byte[] swapped = sealed.clone();
        System.arraycopy(sealed, header, swapped, header + c, c);
        System.arraycopy(sealed, header + c, swapped, header, c);
        assertThat(failure(swapped)).isEqualTo(EncryptionException.Reason.DAMAGED);
        byte[] repeated = sealed.clone();
        System.arraycopy(sealed, header, repeated, header + c, c);
        assertThat(failure(repeated)).isEqualTo(EncryptionException.Reason.DAMAGED);
    }

    @Test
    void damagedChunksAreNeverHandedOut() throws IOException {
        byte[] plain = bytes(3 * SMALL_CHUNK, 6);
        byte[] sealed = seal(plain, SMALL_CHUNK);
        sealed[headerLength(sealed) + 2 * (SMALL_CHUNK + 16) + 3] ^= 0x40; // in the third chunk
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        try (InputStream in = EncryptedFile.decrypting(new ByteArrayInputStream(sealed), right)) {
            assertThatThrownBy(() -> in.transferTo(got)).isInstanceOf(EncryptionException.class);
        }
        assertThat(got.toByteArray()).isEqualTo(Arrays.copyOf(plain, 2 * SMALL_CHUNK));
    }

    @Test
    void notAnEncryptedFileIsToldApart() throws IOException {
        Path sqlite = dir.resolve("plain.db");
        Files.write(sqlite, "SQLite format 3\0 and more".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(EncryptedFile.isEncrypted(sqlite)).isFalse();
        assertThat(failure(Files.readAllBytes(sqlite))).isEqualTo(EncryptionException.Reason.NOT_ENCRYPTED);
        Path sealed = dir.resolve("sealed.enc");
        Files.write(sealed, seal(new byte[0], SMALL_CHUNK));
        assertThat(EncryptedFile.isEncrypted(sealed)).isTrue();
    }

    @Test
    void aLaterFormatVersionIsTooNew() throws IOException {
        byte[] sealed = seal(bytes(100, 7), SMALL_CHUNK);
        sealed[FileHeader.MAGIC.length] = 2;
        assertThat(failure(sealed)).isEqualTo(EncryptionException.Reason.TOO_NEW);
    }

    @Test
    void theHeaderCarriesTheKeyDerivationParametersAndTheReaderUsesThem() throws IOException {
        KdfParameters unusual = new KdfParameters(2048, 2, 2);
        RecipientKey other = RecipientKey.create(right, unusual, RANDOM);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream sealing = EncryptedFile.encrypting(out, other)) {
            sealing.write(bytes(300, 8));
        }
        FileHeader header = FileHeader.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(header.kdf()).isEqualTo(unusual);
        assertThat(header.salt()).isEqualTo(other.salt());
        assertThat(header.recipient()).isEqualTo(other.publicKey());
        assertThat(header.chunkSize()).isEqualTo(EncryptedFile.DEFAULT_CHUNK);
        assertThat(open(out.toByteArray(), right)).isEqualTo(bytes(300, 8));
        // the same passphrase and salt under other parameters is another key: the file's parameters are the ones used
        assertThat(RecipientKey.privateKey(right, CHEAP, other.salt()).generatePublicKey().getEncoded())
                .isNotEqualTo(other.publicKey());
    }

    @Test
    void absurdParametersInAHeaderAreDamageNotAnAttemptToAllocateThem() throws IOException {
        byte[] sealed = seal(bytes(10, 9), SMALL_CHUNK);
        ByteBuffer.wrap(sealed).putInt(FileHeader.MAGIC.length + 2, Integer.MAX_VALUE); // memory KiB
        rewriteCheck(sealed);
        assertThat(failure(sealed)).isEqualTo(EncryptionException.Reason.DAMAGED);
    }

    @Test
    void aHundredMegabytesStreamThroughInChunks() throws Exception {
        long size = 100L * 1024 * 1024;
        Path sealedFile = dir.resolve("big.enc");
        MessageDigest written = MessageDigest.getInstance("SHA-256");
        try (InputStream source = new DigestInputStream(new Generated(size), written);
             OutputStream out = EncryptedFile.encrypting(Files.newOutputStream(sealedFile), key)) {
            source.transferTo(out);
        }
        long chunks = (size + EncryptedFile.DEFAULT_CHUNK - 1) / EncryptedFile.DEFAULT_CHUNK;
        assertThat(Files.size(sealedFile) - headerLength(Files.newInputStream(sealedFile).readNBytes(200)))
                .isEqualTo(size + 16 * chunks);
        MessageDigest read = MessageDigest.getInstance("SHA-256");
        long count;
        try (InputStream in = EncryptedFile.decrypting(Files.newInputStream(sealedFile), right)) {
            count = new DigestInputStream(in, read).transferTo(OutputStream.nullOutputStream());
        }
        assertThat(count).isEqualTo(size);
        assertThat(read.digest()).isEqualTo(written.digest());
    }

    @Test
    void defaultParametersDeriveAWorkingKey() throws IOException {
        RecipientKey real = RecipientKey.create(right);
        assertThat(real.kdf()).isEqualTo(KdfParameters.DEFAULT);
        assertThat(real.opensWith(right)).isTrue();
        assertThat(real.opensWith(Passphrase.of("correct horse batterY"))).isFalse();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream sealing = EncryptedFile.encrypting(out, real)) {
            sealing.write(bytes(1000, 10));
        }
        assertThat(open(out.toByteArray(), right)).isEqualTo(bytes(1000, 10));
    }

    @Test
    void aPassphraseOpensHoweverItsAccentsWereTyped() throws IOException {
        RecipientKey composed = RecipientKey.create(Passphrase.of("gr\u00fc\u00dfe aus K\u00f6ln"), CHEAP, RANDOM);
        assertThat(composed.opensWith(Passphrase.of("gru\u0308\u00dfe aus Ko\u0308ln"))).isTrue();
    }

    @Test
    void theKeyTravelsAsOneLineOfSettingsWithNoSecretInIt() {
        String line = key.encode();
        assertThat(RecipientKey.decode(line)).contains(key);
        assertThat(line).doesNotContain("correct");
        assertThat(RecipientKey.decode("argon2id-x25519;1;1024;1;1;AAAA;BBBB")).isEmpty();
        assertThat(RecipientKey.decode("something else")).isEmpty();
        assertThat(RecipientKey.decode(null)).isEmpty();
        assertThat(Passphrase.of("secret words").toString()).doesNotContain("secret");
    }

    private byte[] seal(byte[] plain, int chunk) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream sealing = EncryptedFile.encrypting(out, key, RANDOM, chunk)) {
            sealing.write(plain);
        }
        return out.toByteArray();
    }

    private static byte[] open(byte[] sealed, Passphrase passphrase) throws IOException {
        try (InputStream in = EncryptedFile.decrypting(new ByteArrayInputStream(sealed), passphrase)) {
            return in.readAllBytes();
        }
    }

    private EncryptionException.Reason failure(byte[] sealed) {
        try {
            open(sealed, right);
        } catch (EncryptionException e) {
            return e.reason();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return null;
    }

    private static int headerLength(byte[] sealed) {
        int saltLength = sealed[FileHeader.MAGIC.length + 11] & 0xFF;
        return FileHeader.MAGIC.length + 12 + saltLength + 32 + 32 + 4 + FileHeader.NONCE_PREFIX_BYTES + FileHeader.CHECK_BYTES;
    }

    /** What a deliberate edit would do: a header whose check still matches. */
    private static void rewriteCheck(byte[] sealed) throws IOException {
        int end = headerLength(sealed) - FileHeader.CHECK_BYTES;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Arrays.copyOf(sealed, end));
            System.arraycopy(digest, 0, sealed, end, FileHeader.CHECK_BYTES);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
    }

    private static byte[] bytes(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** Pseudo-random content made as it is read: the test never holds it whole either. */
    private static final class Generated extends InputStream {
        private final Random random = new Random(42);
        private long left;

        Generated(long size) {
            left = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            byte[] chunk = new byte[n];
            random.nextBytes(chunk);
            System.arraycopy(chunk, 0, b, off, n);
            left -= n;
            return n;
        }
    }
}
