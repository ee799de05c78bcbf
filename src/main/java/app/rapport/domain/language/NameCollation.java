package app.rapport.domain.language;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Locale;

/**
 * The order names sort in for one language: ICU's collation for that language (CLDR's rules: Müller
 * among the M's, ё beside е, Thai leading vowels after their consonant, the language's own script
 * first). SQL cannot call ICU, so each name is kept with its collation key, which SQLite then compares
 * as plain text: the key's bytes become the characters U+0001…U+00FF, whose UTF-8 (and UTF-16) order is
 * the bytes' order. Thread-safe (the collator is frozen).
 */
public final class NameCollation {
    /** CLDR's root order, which English uses too. */
    public static final NameCollation ROOT = of(Locale.ROOT);

    private final Locale language;
    private final Collator collator;

    private NameCollation(Locale language, Collator collator) {
        this.language = language;
        this.collator = collator;
    }

    /** The collation of {@code locale}'s language (the country does not change how names sort here). */
    public static NameCollation of(Locale locale) {
        Locale language = locale == null || locale.getLanguage().isEmpty() || "en".equals(locale.getLanguage())
                ? Locale.ROOT : new Locale(locale.getLanguage());
        return new NameCollation(language, Collator.getInstance(ULocale.forLocale(language)).freeze());
    }

    /** The collation named by {@link #tag()}. */
    public static NameCollation forTag(String tag) {
        return of(Locale.forLanguageTag(tag));
    }

    /** "de", "ru", "th", or "und" for the root order: what the database records its keys were made with. */
    public String tag() {
        return language.toLanguageTag();
    }

    /** A key whose plain comparison (Java's, or SQLite's BINARY) orders texts as this language does. */
    public String key(String text) {
        byte[] bytes = collator.getCollationKey(text == null ? "" : text).toByteArray();
        // ICU ends the key with its only zero byte; the rest are 1…255
        StringBuilder out = new StringBuilder(bytes.length);
        for (int i = 0; i < bytes.length && bytes[i] != 0; i++) {
            out.append((char) (bytes[i] & 0xFF));
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NameCollation other && other.language.equals(language);
    }

    @Override
    public int hashCode() {
        return language.hashCode();
    }

    @Override
    public String toString() {
        return "NameCollation[" + tag() + "]";
    }
}
