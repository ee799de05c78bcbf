package app.rapport.domain.contacts;

import app.rapport.domain.Text;
import java.util.Arrays;

/**
 * A name reduced for matching: folded (case and Latin diacritics ignored, see {@link Text#fold}),
 * punctuation dropped, words sorted. "Müller, Anna" and "anna muller" have the same key.
 */
public final class NameKey {
    private NameKey() {
    }

    public static String of(String name) {
        String folded = Text.fold(name).replaceAll("[^\\p{L}\\p{N}\\p{M}]+", " ").strip();
        if (folded.isEmpty()) {
            return "";
        }
        String[] words = folded.split(" ");
        Arrays.sort(words);
        return String.join(" ", words);
    }

    /** A person's given and family names, or the nickname when both are empty; an organisation's name. */
    public static String of(Contact c) {
        if (!c.isPerson()) {
            return of(c.organisation());
        }
        PersonName n = c.name();
        String name = (n.given() + " " + n.family()).strip();
        return of(name.isEmpty() ? n.nickname() : name);
    }
}
