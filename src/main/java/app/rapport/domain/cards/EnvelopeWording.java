package app.rapport.domain.cards;

import app.rapport.domain.language.Messages;
import java.util.Locale;

/**
 * The patterns an envelope's addressee and salutation are made from, in the user's language
 * (ICU message patterns from the resource bundle, see {@link app.rapport.domain.language.Messages}).
 *
 * @param couple       "{0} &amp; {1} {2}": two given names and the shared family name
 * @param pair         "{0} &amp; {1}": two names
 * @param family       "The {0} family"
 * @param dear         "Dear {0}": one or more given names
 * @param dearFamily   "Dear {0} family"
 * @param dearFriends  "Dear friends at {0}": an organisation
 */
public record EnvelopeWording(Locale locale, String couple, String pair, String family, String dear,
                              String dearFamily, String dearFriends) {
    /** English wording, for tests and the command line's defaults. */
    public static EnvelopeWording english() {
        return new EnvelopeWording(Locale.ENGLISH, "{0} & {1} {2}", "{0} & {1}", "The {0} family", "Dear {0}",
                "Dear {0} family", "Dear friends at {0}");
    }

    String format(String pattern, Object... args) {
        return Messages.format(pattern, locale, args);
    }
}
