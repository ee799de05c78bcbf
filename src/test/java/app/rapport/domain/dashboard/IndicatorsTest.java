package app.rapport.domain.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    @Test
    void sharesCountsAndAverages() {
        IndicatorValues v = Indicators.of(DAY, new IndicatorFacts(40, 10, 6, 18, 5, 2, 3, 48, 20, 15, 5_500, 100, 7));
        assertThat(v.get(Indicator.KEPT_IN_TOUCH)).isEqualTo(0.75);
        assertThat(v.get(Indicator.OVERDUE)).isEqualTo(10);
        assertThat(v.get(Indicator.RECIPROCITY)).isEqualTo(0.25);
        assertThat(v.get(Indicator.REFERRALS_RECEIVED)).isEqualTo(5);
        assertThat(v.get(Indicator.REFERRALS_GIVEN)).isEqualTo(2);
        assertThat(v.get(Indicator.NEW_TIES_QUARTER)).isEqualTo(3);
        assertThat(v.get(Indicator.CARDS_SENT)).isEqualTo(48);
        assertThat(v.get(Indicator.CARD_FOLLOW_UPS_DONE)).isEqualTo(0.75);
        assertThat(v.get(Indicator.AVERAGE_SCORE)).isEqualTo(55);
        assertThat(v.get(Indicator.AT_RISK)).isEqualTo(7);
    }

    @Test
    void nothingToDivideIsNeutral() {
        IndicatorValues v = Indicators.of(DAY, new IndicatorFacts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(v.get(Indicator.KEPT_IN_TOUCH)).isEqualTo(1);
        assertThat(v.get(Indicator.RECIPROCITY)).isEqualTo(0.5);
        assertThat(v.get(Indicator.CARD_FOLLOW_UPS_DONE)).isEqualTo(1);
        assertThat(v.get(Indicator.AVERAGE_SCORE)).isZero();
    }

    @ParameterizedTest
    @CsvSource({"2026-11-22, 2026-10-01", "2026-01-01, 2026-01-01", "2026-03-31, 2026-01-01", "2026-04-01, 2026-04-01",
            "2026-09-30, 2026-07-01"})
    void quartersStartOnTheFirstOfJanuaryAprilJulyAndOctober(LocalDate day, LocalDate start) {
        assertThat(Indicators.quarterStart(day)).isEqualTo(start);
    }

    @Test
    void aGoalUpwardsCountsTheWayFromWhereItStarted() {
        Goal kept = new Goal(1, Indicator.KEPT_IN_TOUCH, 0.8, 0.6, LocalDate.of(2027, 6, 30), LocalDate.of(2026, 11, 1));
        GoalProgress p = GoalProgress.of(kept, 0.7, DAY);
        assertThat(p.met()).isFalse();
        assertThat(p.share()).isCloseTo(0.5, within(1e-9));
        assertThat(p.daysLeft()).isEqualTo(220);
        assertThat(GoalProgress.of(kept, 0.85, DAY).met()).isTrue();
        assertThat(GoalProgress.of(kept, 0.5, DAY).share()).isZero();
    }

    @Test
    void aGoalDownwardsIsMetAtOrBelowItsTarget() {
        Goal overdue = new Goal(2, Indicator.OVERDUE, 10, 30, LocalDate.of(2026, 12, 31), LocalDate.of(2026, 11, 1));
        assertThat(GoalProgress.of(overdue, 20, DAY).share()).isCloseTo(0.5, within(1e-9));
        assertThat(GoalProgress.of(overdue, 10, DAY).met()).isTrue();
        assertThat(GoalProgress.of(overdue, 35, DAY).share()).isZero();
        // a goal already met when set, then lost: no way travelled
        Goal easy = new Goal(3, Indicator.OVERDUE, 10, 5, LocalDate.of(2026, 12, 31), LocalDate.of(2026, 11, 1));
        assertThat(GoalProgress.of(easy, 12, DAY).share()).isZero();
    }
}
