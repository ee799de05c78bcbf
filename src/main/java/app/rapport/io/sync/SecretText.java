package app.rapport.io.sync;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A secret between {@code char[]} and UTF-8 bytes without ever becoming a {@link String}, and wiped after. */
final class SecretText {
    private SecretText() {
    }

    /** The UTF-8 bytes of {@code secret}; the caller wipes them. */
    static byte[] utf8(char[] secret) {
        try {
            ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(secret));
            byte[] bytes = Arrays.copyOfRange(encoded.array(), encoded.position(), encoded.limit());
            wipe(encoded);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("The secret is not valid text (a lone surrogate)", e);
        }
    }

    /** The text of {@code length} UTF-8 bytes of {@code bytes} from {@code offset}. */
    static char[] chars(byte[] bytes, int offset, int length) {
        try {
            CharBuffer decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length));
            char[] chars = Arrays.copyOfRange(decoded.array(), decoded.position(), decoded.limit());
            Arrays.fill(decoded.array(), '\0');
            return chars;
        } catch (CharacterCodingException e) {
            throw new SecretStoreException(SecretStoreException.Reason.FAILED,
                    "The stored secret is not UTF-8 text (it was not written by Rapport)", e);
        }
    }

    /** {@code bytes} as upper-case hexadecimal digits; the caller wipes them. */
    static char[] hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = Character.toUpperCase(Character.forDigit((bytes[i] >> 4) & 0xf, 16));
            out[2 * i + 1] = Character.toUpperCase(Character.forDigit(bytes[i] & 0xf, 16));
        }
        return out;
    }

    /** The bytes written as {@code count} hexadecimal digits from {@code offset} of {@code digits}. */
    static byte[] unhex(char[] digits, int offset, int count) {
        if (count % 2 != 0) {
            throw new IllegalArgumentException("An odd number of hexadecimal digits");
        }
        byte[] out = new byte[count / 2];
        for (int i = 0; i < out.length; i++) {
            int high = Character.digit(digits[offset + 2 * i], 16);
            int low = Character.digit(digits[offset + 2 * i + 1], 16);
            if (high < 0 || low < 0) {
                throw new IllegalArgumentException("Not a hexadecimal digit");
            }
            out[i] = (byte) (high << 4 | low);
        }
        return out;
    }

    static void wipe(byte[] bytes) {
        if (bytes != null) {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    static void wipe(char[] chars) {
        if (chars != null) {
            Arrays.fill(chars, '\0');
        }
    }

    private static void wipe(ByteBuffer buffer) {
        if (buffer.hasArray()) {
            Arrays.fill(buffer.array(), (byte) 0);
        }
    }
}
