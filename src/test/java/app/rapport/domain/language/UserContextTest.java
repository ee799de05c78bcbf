package app.rapport.domain.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class UserContextTest {
    @Test
    void aLocaleGivesLanguageFormatsAndCountry() {
        UserContext austrian = UserContext.of(Locale.forLanguageTag("de-AT"));
        assertThat(austrian.language()).isEqualTo(Locale.forLanguageTag("de-AT"));
        assertThat(austrian.region()).isEqualTo("AT");
        assertThat(austrian.collation()).isEqualTo(NameCollation.of(Locale.GERMAN));
    }

    @Test
    void anotherLanguageKeepsTheCountryAndSortsNamesItsWay() {
        UserContext german = UserContext.of(Locale.GERMAN, "de");
        UserContext thai = german.withLanguage(Locale.forLanguageTag("th"));
        assertThat(thai.region()).isEqualTo("DE");
        assertThat(thai.collation()).isEqualTo(NameCollation.of(Locale.forLanguageTag("th")));
        assertThat(german.region()).isEqualTo("DE"); // immutable: the old one is unchanged
        assertThat(german.withRegion("CH").region()).isEqualTo("CH");
    }

    @Test
    void anUnknownCountryIsEmpty() {
        assertThat(UserContext.of(Locale.ENGLISH, null).region()).isEmpty();
        assertThat(UserContext.of(Locale.forLanguageTag("ru")).region()).isEmpty();
    }
}
