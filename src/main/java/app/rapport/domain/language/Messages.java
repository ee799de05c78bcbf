package app.rapport.domain.language;

import com.ibm.icu.text.MessageFormat;
import java.util.Locale;

/**
 * Formats a message pattern from the resource bundles with ICU4J's MessageFormat, which knows each
 * language's plural rules ({@code {0,plural,one{# контакт} few{# контакта} many{# контактов} other{…}}})
 * as well as the {@code number}, {@code date} and {@code choice} formats of {@link java.text.MessageFormat}.
 * Every user-facing pattern goes through here, so a translation may use plurals anywhere.
 */
public final class Messages {
    private Messages() {
    }

    public static String format(String pattern, Locale locale, Object... args) {
        return new MessageFormat(pattern, locale).format(args);
    }
}
