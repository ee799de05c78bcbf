package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.language.Messages;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every key of the English bundle exists in every translation, nothing extra, and every pattern formats. */
class BundleCompletenessTest {
    private static final Path FOLDER = Path.of("src/main/resources/app/rapport/i18n");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(FOLDER.resolve(name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "ru", "th"})
    void theTranslationHasEveryKeyAndNoOther(String language) throws IOException {
        Properties base = load("messages.properties");
        Properties translated = load("messages_" + language + ".properties");
        TreeSet<String> missing = new TreeSet<>(base.stringPropertyNames());
        missing.removeAll(translated.stringPropertyNames());
        TreeSet<String> extra = new TreeSet<>(translated.stringPropertyNames());
        extra.removeAll(base.stringPropertyNames());
        assertThat(missing).as("keys missing from messages_%s.properties", language).isEmpty();
        assertThat(extra).as("keys only in messages_%s.properties", language).isEmpty();
        for (String key : translated.stringPropertyNames()) {
            if (!base.getProperty(key).isBlank()) {
                assertThat(translated.getProperty(key)).as(key).isNotBlank();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "de", "ru", "th"})
    void everyPatternFormatsInItsLanguage(String language) throws IOException {
        Properties bundle = load(language.isEmpty() ? "messages.properties" : "messages_" + language + ".properties");
        Locale locale = language.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(language);
        Object[] counts = {2, 5, 21, 1, 3, 4, 6, 7, 8, 9};
        for (String key : bundle.stringPropertyNames()) {
            String pattern = bundle.getProperty(key);
            if (pattern.contains("{0") || pattern.contains("{1")) {
                assertThat(Messages.format(pattern, locale, counts)).as(key).doesNotContain("{0").doesNotContain("{1");
            }
        }
    }
}
