package app.rapport.arch.bad.locale;

import java.util.Locale;

/** Written to break {@code app.rapport.arch.UserContextRuleTest}: it writes and reads the JVM's default locale. */
public final class GlobalLocale {
    private GlobalLocale() {
    }

    public static String region(Locale language) {
        Locale.setDefault(language);
        return Locale.getDefault(Locale.Category.FORMAT).getCountry();
    }

    /** Reads the default without saying so: "%02d" in Arabic digits, "i" upper-cased to a dotted "İ" in Turkish. */
    public static String code(String name, int number) {
        return String.format("%s-%02d", name.toUpperCase(), number);
    }
}
