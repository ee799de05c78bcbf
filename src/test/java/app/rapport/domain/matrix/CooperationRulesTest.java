package app.rapport.domain.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.contacts.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The matrix's quadrants from our willingness and theirs; 5 and up is high. */
class CooperationRulesTest {

    @ParameterizedTest(name = "ours {0}, theirs {1}: {2}")
    @CsvSource({
            // the corners
            "10, 10, HIGH_POTENTIALS",
            "0,  0,  TRANSACTIONALS",
            "0,  10, DEVELOPERS",
            "10, 0,  CANDIDATES",
            // both sides of the threshold, on each axis
            "5,  5,  HIGH_POTENTIALS",
            "4,  4,  TRANSACTIONALS",
            "4,  5,  DEVELOPERS",
            "5,  4,  CANDIDATES",
            "4,  10, DEVELOPERS",
            "5,  10, HIGH_POTENTIALS",
            "10, 4,  CANDIDATES",
            "10, 5,  HIGH_POTENTIALS",
            "0,  4,  TRANSACTIONALS",
            "0,  5,  DEVELOPERS",
            "4,  0,  TRANSACTIONALS",
            "5,  0,  CANDIDATES"})
    void quadrantFollowsFromBothValues(int ours, int theirs, Quadrant expected) {
        assertThat(CooperationRules.quadrant(ours, theirs)).isEqualTo(expected);
        assertThat(new MatrixEntry(1, app.rapport.domain.contacts.ContactKind.ORGANISATION, "Acme", ours, theirs, false)
                .quadrant()).isEqualTo(expected);
    }

    @Test
    void fiveIsTheFirstHighValue() {
        assertThat(CooperationRules.HIGH_FROM).isEqualTo(5);
        assertThat(CooperationRules.high(4)).isFalse();
        assertThat(CooperationRules.high(5)).isTrue();
    }

    @Test
    void candidatesAreWhereOurWillingnessOutweighsTheirs() {
        assertThat(Quadrant.CANDIDATES.oursHigh()).isTrue();
        assertThat(Quadrant.CANDIDATES.theirsHigh()).isFalse();
        assertThat(Quadrant.DEVELOPERS.oursHigh()).isFalse();
        assertThat(Quadrant.DEVELOPERS.theirsHigh()).isTrue();
        // Transactionals and Developers share the seed's verdict: cooperation is not our strength there
        assertThat(Quadrant.TRANSACTIONALS.oursHigh()).isFalse();
        for (Quadrant q : Quadrant.values()) {
            int ours = q.oursHigh() ? 7 : 2;
            int theirs = q.theirsHigh() ? 7 : 2;
            assertThat(CooperationRules.quadrant(ours, theirs)).isEqualTo(q);
        }
    }

    @ParameterizedTest
    @CsvSource({"-1, 5", "11, 5", "5, -1", "5, 11"})
    void valuesOutsideTheScaleHaveNoQuadrantAndAreRefused(int ours, int theirs) {
        assertThatThrownBy(() -> CooperationRules.quadrant(ours, theirs)).isInstanceOf(IllegalArgumentException.class);
        assertThat(CooperationRules.check(new Cooperation(1, ours, theirs, "", "", "")))
                .extracting(Problem::messageKey).containsExactly("matrix.error.range");
    }

    @Test
    void theEndsOfTheScaleAreAllowedAndNotesAreTrimmed() {
        assertThat(CooperationRules.check(new Cooperation(1, 0, 10, null, " a ", "b\n"))).isEmpty();
        Cooperation c = new Cooperation(1, 0, 10, null, " a ", "b\n");
        assertThat(c.mutual()).isEmpty();
        assertThat(c.assets()).isEqualTo("a");
        assertThat(c.credible()).isEqualTo("b");
    }
}
