package app.rapport.domain.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One of a thing reads as one in every language: "1 interaction", "1 Umschlag", "1 взаимодействие". */
class PluralWordsTest {
    private static String format(Locale locale, String key, Object... args) {
        return Messages.format(Bundles.of(locale).getString(key), locale, args);
    }

    @Test
    void englishSaysOneAndMany() {
        assertThat(format(Locale.ENGLISH, "score.why.FREQUENCY", 1)).startsWith("1 interaction in");
        assertThat(format(Locale.ENGLISH, "score.why.FREQUENCY", 13)).startsWith("13 interactions in");
        assertThat(format(Locale.ENGLISH, "score.why.RECENCY", 1, 30)).isEqualTo("last contact 1 day ago, cadence 30 days");
        assertThat(format(Locale.ENGLISH, "cards.builder.chosen", 1, 1)).isEqualTo("On the list: 1 person in 1 envelope");
        assertThat(format(Locale.ENGLISH, "cards.builder.chosen", 50, 1200)).isEqualTo("On the list: 50 people in 1,200 envelopes");
        assertThat(format(Locale.ENGLISH, "ledger.asked", "Anna", 1)).isEqualTo("You have asked Anna once since you last gave.");
        assertThat(format(Locale.ENGLISH, "brief.cadence", 1)).isEqualTo("Keep in touch every day");
    }

    @Test
    void germanSaysOneAndMany() {
        assertThat(format(Locale.GERMAN, "score.why.FREQUENCY", 1)).startsWith("1 Interaktion in");
        assertThat(format(Locale.GERMAN, "cards.builder.chosen", 1, 1)).isEqualTo("Auf der Liste: 1 Person in 1 Umschlag");
        assertThat(format(Locale.GERMAN, "cards.builder.chosen", 50, 48)).isEqualTo("Auf der Liste: 50 Personen in 48 Umschlägen");
        assertThat(format(Locale.GERMAN, "goal.progress", 40, 1)).isEqualTo("40 % des Wegs geschafft; noch 1 Tag");
    }

    @Test
    void russianHasItsThreeForms() {
        Locale ru = Locale.forLanguageTag("ru");
        assertThat(format(ru, "score.why.FREQUENCY", 1)).startsWith("1 взаимодействие ");
        assertThat(format(ru, "score.why.FREQUENCY", 3)).startsWith("3 взаимодействия ");
        assertThat(format(ru, "score.why.FREQUENCY", 5)).startsWith("5 взаимодействий ");
    }
}
