package app.rapport.domain.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worked examples of docs/SCORING.md, computed by hand. */
class ScoreRulesTest {
    private static Score score(ScoreFacts f) {
        return ScoreRules.score(f, ScoreWeights.DEFAULT);
    }

    @Test
    void aCloseBalancedBridgingRelationshipScoresNearlyFull() {
        // 25 + 20 + 15 + 15 + 4.0/5*15=12 + 10
        Score s = score(new ScoreFacts(5, 10, 30, 12, 3, 3, 4.0, 2));
        assertThat(s.value()).isEqualTo(97);
        assertThat(s.line(ScorePart.ASSESSMENT).lost()).isEqualTo(3);
    }

    @Test
    void theDocumentedExampleLosesThirteenOnRecency() {
        // strength 3 → 12.5 → 13; 140 days on a 60-day cadence → 1 − 80/120 → 6.7 → 7 (−13);
        // 2 interactions → 2.5 → 3; given 0, received 5 → 1 − 5/7 → 4.3 → 4; not assessed → 7.5 → 8; no bridge → 0
        Score s = score(new ScoreFacts(3, 140, 60, 2, 0, 5, -1, 0));
        assertThat(s.lines()).extracting(ScoreLine::points).containsExactly(13, 7, 3, 4, 8, 0);
        assertThat(s.line(ScorePart.RECENCY).lost()).isEqualTo(13);
        assertThat(s.value()).isEqualTo(35);
    }

    @Test
    void aContactNeverReachedKeepsOnlyNeutralPoints() {
        Score s = score(new ScoreFacts(3, -1, 0, 0, 0, 0, -1, 0));
        assertThat(s.lines()).extracting(ScoreLine::points).containsExactly(13, 0, 0, 8, 8, 0);
        assertThat(s.value()).isEqualTo(29);
    }

    @ParameterizedTest(name = "{0} days on a {1}-day cadence → {2}")
    @CsvSource({"0, 30, 1.0", "30, 30, 1.0", "60, 30, 0.5", "90, 30, 0.0", "400, 30, 0.0", "-1, 30, 0.0",
            "135, 90, 0.75"})
    void recencyFallsEvenlyFromOneToThreeCadences(long days, int cadence, double expected) {
        assertThat(ScoreRules.recency(days, cadence)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "given {0}, received {1} → {2}")
    @CsvSource({"0, 0, 0.5", "3, 3, 1.0", "1, 0, 0.6666666666666667", "0, 1, 0.6666666666666667",
            "5, 0, 0.2857142857142857", "10, 8, 0.9"})
    void reciprocityIsLowerTheMoreOneSidedEitherWay(int given, int received, double expected) {
        assertThat(ScoreRules.reciprocity(given, received)).isEqualTo(expected);
    }

    @Test
    void noCadenceMeansNinetyDays() {
        assertThat(score(new ScoreFacts(3, 90, 0, 0, 0, 0, -1, 0)).line(ScorePart.RECENCY).points()).isEqualTo(20);
        assertThat(score(new ScoreFacts(3, 180, 0, 0, 0, 0, -1, 0)).line(ScorePart.RECENCY).points()).isEqualTo(10);
    }

    @Test
    void weightsAreScaledToAHundred() {
        ScoreWeights onlyStrength = new ScoreWeights(Map.of(ScorePart.STRENGTH, 1.0));
        assertThat(ScoreRules.score(new ScoreFacts(5, -1, 0, 0, 0, 0, -1, 0), onlyStrength).value()).isEqualTo(100);
        ScoreWeights doubled = new ScoreWeights(Map.of(ScorePart.STRENGTH, 50.0, ScorePart.RECENCY, 40.0,
                ScorePart.FREQUENCY, 30.0, ScorePart.RECIPROCITY, 30.0, ScorePart.ASSESSMENT, 30.0,
                ScorePart.NETWORK, 20.0));
        assertThat(doubled.of(ScorePart.STRENGTH)).isEqualTo(25.0);
    }

    @Test
    void strengthOutsideOneToFiveIsClamped() {
        assertThat(score(new ScoreFacts(9, -1, 0, 0, 0, 0, -1, 0)).line(ScorePart.STRENGTH).points()).isEqualTo(25);
    }
}
