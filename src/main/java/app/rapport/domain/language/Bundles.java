package app.rapport.domain.language;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The messages bundles ({@code app/rapport/i18n/messages*.properties}). Loaded without the JDK's
 * fallback to the computer's language, so English asked for is English on a German computer (the
 * command line's wording is stable), and a language without a bundle gets the English base.
 */
public final class Bundles {
    public static final String NAME = "app.rapport.i18n.messages";
    /** The languages Rapport speaks, English first. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.forLanguageTag("ru"),
            Locale.forLanguageTag("th"));

    private Bundles() {
    }

    public static ResourceBundle of(Locale locale) {
        return ResourceBundle.getBundle(NAME, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The base bundle: English. */
    public static ResourceBundle english() {
        return of(Locale.ROOT);
    }
}
