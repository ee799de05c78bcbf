package app.rapport.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text rules shared by the domain: trimming and the folded form used for sorting and search. */
public final class Text {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Text() {
    }

    /** Null becomes empty; surrounding white space goes. */
    public static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    /**
     * Lower case without diacritics on Latin letters, ß as ss and ё as е: "Müller" and "muller" fold
     * alike. Marks on other scripts carry meaning (Russian й, Thai vowels and tones) and stay, matching
     * what SQLite's trigram tokenizer folds.
     */
    public static String fold(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String lower = s.toLowerCase(Locale.ROOT).replace("ß", "ss").replace('ё', 'е');
        StringBuilder out = new StringBuilder(lower.length());
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        char base = ' ';
        for (int i = 0; i < decomposed.length(); i++) {
            char ch = decomposed.charAt(i);
            if (Character.getType(ch) == Character.NON_SPACING_MARK) {
                if (isLatin(base)) {
                    continue;
                }
            } else {
                base = ch;
            }
            out.append(ch);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /**
     * The key names sort by: {@link #fold} (so Müller sorts among the M's, ё with е), with Thai's leading
     * vowels (เ แ โ ใ ไ) put after the consonant they are written before, as Thai dictionaries and
     * ICU's Thai collation order them: เพชร sorts under พ.
     */
    public static String sortKey(String s) {
        String folded = fold(s);
        StringBuilder out = new StringBuilder(folded);
        for (int i = 0; i + 1 < out.length(); i++) {
            char ch = out.charAt(i);
            char next = out.charAt(i + 1);
            if (ch >= '\u0E40' && ch <= '\u0E44' && next >= '\u0E01' && next <= '\u0E2E') {
                out.setCharAt(i, next);
                out.setCharAt(i + 1, ch);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isLatin(char ch) {
        return ch < '\u0250' || (ch >= '\u1E00' && ch <= '\u1EFF');
    }
}
