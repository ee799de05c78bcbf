package app.rapport.io.importing;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Bytes to text. A byte order mark decides (UTF-8, UTF-16); without one, text that is valid UTF-8 is
 * UTF-8 (also when a vCard line fold splits a character's bytes), UTF-16 is recognised by its zero
 * bytes, and anything else is what ICU's {@link CharsetDetector} finds (Windows-1252 for Latin text, as
 * Outlook and older Excel write it). A chosen encoding always wins. {@code sure} is false when the
 * detector's confidence is low: the preview then says so, and the user can choose.
 */
final class TextDecoder {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /**
     * ICU's confidence (0–100) from which a detected encoding is taken without a word. Latin text
     * rarely scores above 50 (a kilobyte of French and German Windows-1252 scores 42); two lines of it
     * score 36, and then the user is asked to check.
     */
    static final int SURE = 40;

    record Decoded(String text, Charset charset, boolean sure) {
    }

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes, Charset chosen) {
        Charset fromMark = byteOrderMark(bytes);
        int skip = fromMark == null ? 0 : fromMark == StandardCharsets.UTF_8 ? 3 : 2;
        if (chosen != null) {
            // a mark of the chosen encoding is not part of the text
            int skipChosen = chosen.equals(fromMark) ? skip : 0;
            return new Decoded(new String(bytes, skipChosen, bytes.length - skipChosen, chosen), chosen, true);
        }
        if (fromMark != null) {
            return new Decoded(new String(bytes, skip, bytes.length - skip, fromMark), fromMark, true);
        }
        Charset utf16 = utf16WithoutMark(bytes);
        if (utf16 != null) {
            return new Decoded(new String(bytes, utf16), utf16, true);
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 == null) {
            utf8 = strictUtf8(mendSplitCharacters(bytes));
        }
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8, true);
        }
        Detected detected = detect(bytes);
        return new Decoded(new String(bytes, detected.charset()), detected.charset(), detected.sure());
    }

    record Detected(Charset charset, boolean sure) {
    }

    /** ICU's best guess for bytes that are not UTF-8; Windows-1252 when it has none Java can read. */
    static Detected detect(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch[] matches = detector.detectAll();
        for (CharsetMatch match : matches == null ? new CharsetMatch[0] : matches) {
            String name = match.getName().toUpperCase(Locale.ROOT);
            if (name.startsWith("UTF") || name.endsWith("_RTL") || name.endsWith("_LTR")
                    || !Charset.isSupported(match.getName())) {
                continue; // not UTF-8 (checked before), and ICU's Hebrew visual orders are no file's encoding
            }
            Charset charset = Charset.forName(match.getName());
            // ISO-8859-1 files are in practice Windows-1252, which only adds letters in the unused C1 range
            if (charset.equals(StandardCharsets.ISO_8859_1)) {
                charset = WINDOWS_1252;
            }
            return new Detected(charset, match.getConfidence() >= SURE);
        }
        return new Detected(WINDOWS_1252, false);
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Moves each vCard line fold (a line break and a space) that falls inside a UTF-8 character to just
     * after it: some programs fold at 75 bytes, not characters. Unfolded, the text is the same.
     */
    static byte[] mendSplitCharacters(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        int i = 0;
        while (i < b.length) {
            int fold = foldAt(b, i);
            if (fold > 0 && i > 0 && (b[i - 1] & 0x80) != 0 && i + fold < b.length && continuation(b[i + fold])) {
                int j = i + fold;
                while (j < b.length && continuation(b[j])) {
                    out.write(b[j++]);
                }
                out.write(b, i, fold);
                i = j;
            } else {
                out.write(b[i++]);
            }
        }
        return out.toByteArray();
    }

    private static int foldAt(byte[] b, int i) {
        int n = b[i] == '\r' && i + 1 < b.length && b[i + 1] == '\n' ? 2 : b[i] == '\n' ? 1 : 0;
        return n > 0 && i + n < b.length && (b[i + n] == ' ' || b[i + n] == '\t') ? n + 1 : 0;
    }

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    private static Charset byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** Mostly-ASCII UTF-16 has a zero in every other byte. */
    private static Charset utf16WithoutMark(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += b[i] == 0 ? 1 : 0;
            oddZeros += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }
}
