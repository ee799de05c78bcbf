package app.rapport.app;

import java.util.Locale;

/**
 * Tells JavaFX the language the window speaks. JavaFX takes it from the JVM's default locale and from
 * nowhere else: its own words (a text field's Copy and Paste, a date picker's months and weekdays) and
 * how it breaks and shapes wrapped text (Thai at dictionary words), and it keeps state made with it
 * across windows. So the window's language is written there, on the FX thread, each time the frame is
 * built ({@link Shell}); this is the only place Rapport writes the default, and nothing of Rapport reads
 * it back: its own words, formats, country and name order come from the
 * {@link app.rapport.domain.language.UserContext}. (UserContextRuleTest keeps both so.)
 */
final class ToolkitLocale {
    private ToolkitLocale() {
    }

    /** JavaFX speaks {@code language} from now on (its controls made from now on). */
    static void speak(Locale language) {
        Locale.setDefault(language);
    }
}
