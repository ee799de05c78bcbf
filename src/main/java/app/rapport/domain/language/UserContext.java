package app.rapport.domain.language;

import java.util.Locale;
import java.util.Objects;

/**
 * Who Rapport works for, as far as words and numbers go: the language it speaks and formats dates and
 * numbers in, the country the user lives in (phone numbers written without a country code are read
 * there; it is the home country when the settings name none) and the order names sort in. Immutable:
 * made once at start-up from the saved preferences and the computer's locale, handed to what needs it,
 * and replaced by a new one when the user chooses another language. Never read from, nor written to,
 * the JVM's default locale.
 */
public final class UserContext {
    private final Locale language;
    private final String region;
    private final NameCollation collation;

    private UserContext(Locale language, String region) {
        this.language = Objects.requireNonNull(language, "language");
        this.region = region == null ? "" : region.strip().toUpperCase(Locale.ROOT);
        this.collation = NameCollation.of(language);
    }

    /**
     * @param language the language, with the country whose formats it uses ("de-AT"), or a bare language
     * @param region   the user's country, ISO 3166 ("DE"); "" or null when unknown
     */
    public static UserContext of(Locale language, String region) {
        return new UserContext(language, region);
    }

    /** A locale's language, formats and country as one: de-AT speaks German and lives in Austria. */
    public static UserContext of(Locale locale) {
        return new UserContext(locale, locale.getCountry());
    }

    /** The language words, dates and numbers are written in. */
    public Locale language() {
        return language;
    }

    /** The user's country ("DE"), "" when unknown: phone numbers without a country code are read in it. */
    public String region() {
        return region;
    }

    /** The order names sort in: the language's. */
    public NameCollation collation() {
        return collation;
    }

    /** The same user speaking {@code next}; the country stays. */
    public UserContext withLanguage(Locale next) {
        return new UserContext(next, region);
    }

    /** The same user living in {@code next}. */
    public UserContext withRegion(String next) {
        return new UserContext(language, next);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserContext other && other.language.equals(language) && other.region.equals(region);
    }

    @Override
    public int hashCode() {
        return Objects.hash(language, region);
    }

    @Override
    public String toString() {
        return "UserContext[" + language.toLanguageTag() + ", " + (region.isEmpty() ? "no region" : region) + "]";
    }
}
