package app.rapport.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text rules shared by the domain: trimming and the folded form that search matches on. */
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

    private static boolean isLatin(char ch) {
        return ch < '\u0250' || (ch >= '\u1E00' && ch <= '\u1EFF');
    }
}
