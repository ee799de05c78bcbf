package app.rapport.domain.contacts;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Locale;

/**
 * A phone number reduced to what identifies it: E.164 ("+493012345678") when libphonenumber can read
 * it, read with {@code defaultRegion} when it has no country code; otherwise its digits. "030 1234567"
 * and "+49 30 123 4567" have the same key in Germany.
 */
public final class PhoneKey {
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final String defaultRegion;

    public PhoneKey(String defaultRegion) {
        this.defaultRegion = defaultRegion == null || defaultRegion.isBlank() ? "US"
                : defaultRegion.toUpperCase(Locale.ROOT);
    }

    /** The country numbers without a country code are read in ("US" when none was given). */
    public String region() {
        return defaultRegion;
    }

    /**
     * True when the key of {@code number} is the same in every region: it is written with its country
     * code (begins with +). Other numbers may read otherwise in another country.
     */
    public static boolean anyRegion(String number) {
        return number == null || number.strip().startsWith("+");
    }

    /** The key of {@code number}, or empty when it holds no digits. */
    public String of(String number) {
        if (number == null || number.isBlank()) {
            return "";
        }
        try {
            var parsed = PHONES.parse(number, defaultRegion);
            if (PHONES.isPossibleNumber(parsed)) {
                return PHONES.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164);
            }
        } catch (NumberParseException e) {
            // falls back to the digits below
        }
        String digits = number.replaceAll("\\D", "");
        return digits.isEmpty() ? "" : (number.strip().startsWith("+") ? "+" : "") + digits;
    }
}
