package app.rapport.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.language.UserContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language choice: kept per computer user, the computer's when none, names as a list shows them. */
class LanguagePreferenceTest {
    private final Locale original = Locale.getDefault();
    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        Locale.setDefault(original);
    }

    @Test
    void languagesAreListedByTheirOwnCapitalisedNames() {
        assertThat(LanguagePreference.SUPPORTED.stream().map(LanguagePreference::nameOf))
                .containsExactly("English", "Deutsch", "Русский", "ไทย");
    }

    @Test
    void theChoiceIsKeptAndTheComputersLanguageServesWithoutOne() throws Exception {
        Locale.setDefault(Locale.forLanguageTag("de-AT"));
        LanguagePreference preference = new LanguagePreference(dir); // the computer's locale, read once here
        Locale.setDefault(Locale.JAPAN); // not read again
        assertThat(preference.chosen()).isNull();
        assertThat(preference.locale()).isEqualTo(Locale.forLanguageTag("de-AT"));
        assertThat(preference.userContext()).isEqualTo(UserContext.of(Locale.forLanguageTag("de-AT"), "AT"));

        preference.choose(Locale.forLanguageTag("th"));
        assertThat(Files.readString(dir.resolve("preferences.properties"))).contains("language=th");
        assertThat(preference.locale()).isEqualTo(Locale.forLanguageTag("th"));
        assertThat(preference.userContext()).as("Thai spoken in Austria")
                .isEqualTo(UserContext.of(Locale.forLanguageTag("th"), "AT"));

        LanguagePreference french = new LanguagePreference(dir, Locale.forLanguageTag("fr-FR"));
        french.choose(null);
        assertThat(french.locale()).as("French is not spoken: English").isEqualTo(Locale.ENGLISH);
        assertThat(french.userContext().region()).isEqualTo("FR");
    }
}
