package app.rapport.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.keepintouch.PlaybookRules;
import app.rapport.domain.language.Bundles;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo's words in each language, as many of each as in English so the same seed draws alike. */
class DemoWordsTest {
    @ParameterizedTest
    @ValueSource(strings = {"de", "ru", "th"})
    void everyLanguageHasAsManyWordsAsEnglish(String language) {
        DemoWords english = DemoWords.of(Locale.ENGLISH);
        DemoWords words = DemoWords.of(Locale.forLanguageTag(language));
        assertThat(words.met()).hasSameSizeAs(english.met()).doesNotContainAnyElementsOf(english.met().subList(1, 8));
        assertThat(words.personFlags()).hasSameSizeAs(english.personFlags());
        assertThat(words.organisationFlags()).hasSameSizeAs(english.organisationFlags());
        assertThat(words.notes()).hasSameSizeAs(english.notes()).contains("");
        assertThat(english.met()).hasSize(8).startsWith("").contains("Trade fair");
        assertThat(english.notes()).hasSize(10);
        // every role tag, translated, and the prospect's the word the rules know it by
        assertThat(words.tags()).hasSameSizeAs(english.tags()).containsOnlyKeys(Tags.ROLES);
        assertThat(words.tags().values()).doesNotContain("client", "supplier").doesNotHaveDuplicates();
        assertThat(words.tag(Tags.PROSPECT)).isEqualTo(Bundles.of(Locale.forLanguageTag(language)).getString("tag.prospect"));
        assertThat(PlaybookRules.PROSPECT_TAGS).contains(words.tag(Tags.PROSPECT), "prospect");
        assertThat(words.tag("Berlin")).as("city tags are names").isEqualTo("Berlin");
    }
}
