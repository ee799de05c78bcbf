package app.rapport.domain.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class ScoreExplanationTest {
    @Test
    void saysWhatEachPartGaveAndWhy() {
        ScoreExplanation words = new ScoreExplanation(app.rapport.domain.language.Bundles.english(),
                Locale.ENGLISH);
        var score = ScoreRules.score(new ScoreFacts(3, 140, 60, 2, 0, 5, -1, 0), ScoreWeights.DEFAULT);
        assertThat(words.title(score)).isEqualTo("Score 35 of 100");
        assertThat(words.lines(score)).containsExactly(
                "Strength 13 of 25 (\u221212): strength 3 of 5",
                "Recency 7 of 20 (\u221213): last contact 140 days ago, cadence 60 days",
                "Frequency 3 of 15 (\u221212): 2 interactions in the last 12 months; about monthly is full",
                "Reciprocity 4 of 15 (\u221211): given 0, received 5",
                "Assessment 8 of 15 (\u22127): not assessed yet",
                "Network 0 of 10 (\u221210): 0 other groups reached through their ties; two is full");
        var never = ScoreRules.score(new ScoreFacts(5, -1, 0, 12, 0, 0, 4.5, 2), ScoreWeights.DEFAULT);
        assertThat(words.lines(never)).contains("Strength 25 of 25: strength 5 of 5",
                "Recency 0 of 20 (\u221220): never in touch yet",
                "Reciprocity 8 of 15 (\u22127): no favours, referrals or gifts either way yet",
                "Assessment 14 of 15 (\u22121): eight principles average 4.5 of 5");
    }
}
