package app.rapport.io.encryption;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * A passphrase the user typed. Normalised to NFC, so "ü" typed as one character or as u and a
 * combining mark opens the same files. Never printed: {@link #toString()} hides it, and
 * {@link #close()} overwrites it once used.
 */
public final class Passphrase implements AutoCloseable {
    /** Shorter passphrases are refused when a file is encrypted (any passphrase may be tried to open one). */
    public static final int MIN_LENGTH = 8;

    private final char[] chars;

    private Passphrase(char[] chars) {
        this.chars = chars;
    }

    public static Passphrase of(CharSequence typed) {
        return new Passphrase(Normalizer.normalize(typed, Normalizer.Form.NFC).toCharArray());
    }

    /** Takes a copy; the caller clears its own array. */
    public static Passphrase of(char[] typed) {
        return of(CharBuffer.wrap(typed));
    }

    /** Characters as the user counts them (code points). */
    public int length() {
        return Character.codePointCount(chars, 0, chars.length);
    }

    public boolean isLongEnough() {
        return length() >= MIN_LENGTH;
    }

    /** Whether two typings agree, in time that does not depend on where they differ. */
    public boolean sameAs(Passphrase other) {
        byte[] a = utf8();
        byte[] b = other.utf8();
        try {
            return MessageDigest.isEqual(a, b);
        } finally {
            Arrays.fill(a, (byte) 0);
            Arrays.fill(b, (byte) 0);
        }
    }

    /** The characters for the key derivation; the caller must not keep or change them. */
    char[] chars() {
        return chars;
    }

    private byte[] utf8() {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }

    @Override
    public void close() {
        Arrays.fill(chars, '\0');
    }

    @Override
    public String toString() {
        return "Passphrase[hidden]";
    }
}
