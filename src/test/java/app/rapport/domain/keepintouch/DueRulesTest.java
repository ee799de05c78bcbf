package app.rapport.domain.keepintouch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class DueRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void dueDateRunsFromTheLastInteraction() {
        // last call 1 October, every 4 weeks: due 29 October
        assertThat(DueRules.dueDate(LocalDate.of(2026, 10, 1), LocalDate.of(2024, 1, 1), Cadence.weeks(4), null))
                .isEqualTo(LocalDate.of(2026, 10, 29));
    }

    @Test
    void withoutInteractionsTheCadenceRunsFromWhenTheContactWasAdded() {
        assertThat(DueRules.dueDate(null, LocalDate.of(2026, 11, 1), Cadence.days(10), null))
                .isEqualTo(LocalDate.of(2026, 11, 11));
    }

    @Test
    void aMonthCountsAsThirtyDays() {
        assertThat(Cadence.months(2).days()).isEqualTo(60);
        assertThat(DueRules.dueDate(LocalDate.of(2026, 1, 31), null, Cadence.months(1), null))
                .isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void noCadenceMeansNeverDue() {
        assertThat(DueRules.dueDate(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 1, 1), null, null)).isNull();
        assertThat(DueRules.isOverdue(null, TODAY)).isFalse();
    }

    @Test
    void aSnoozeMovesTheDueDateOnlyLater() {
        LocalDate last = LocalDate.of(2026, 10, 1);
        assertThat(DueRules.dueDate(last, null, Cadence.days(30), LocalDate.of(2026, 12, 5)))
                .isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(DueRules.dueDate(last, null, Cadence.days(30), LocalDate.of(2026, 10, 5)))
                .isEqualTo(LocalDate.of(2026, 10, 31));
    }

    @Test
    void ownCadenceWinsElseTheShortestTagDefault() {
        assertThat(DueRules.effectiveCadence(Cadence.months(6), List.of(Cadence.weeks(2))))
                .isEqualTo(Cadence.months(6));
        assertThat(DueRules.effectiveCadence(null, List.of(Cadence.months(3), Cadence.weeks(2), Cadence.days(20))))
                .isEqualTo(Cadence.weeks(2));
        assertThat(DueRules.effectiveCadence(null, List.of())).isNull();
    }

    @Test
    void urgencyIsTheLateFractionOfTheCadenceWeightedByStrength() {
        // due today, strength 3: 1.0
        assertThat(DueRules.urgency(TODAY, 30, 3, TODAY)).isCloseTo(1.0, within(1e-9));
        // 30 days late on 30 days: (30 + 30) / 30 = 2.0
        assertThat(DueRules.urgency(TODAY.minusDays(30), 30, 3, TODAY)).isCloseTo(2.0, within(1e-9));
        // 30 days late on 180 days: 210 / 180 = 1.1667
        assertThat(DueRules.urgency(TODAY.minusDays(30), 180, 3, TODAY)).isCloseTo(7.0 / 6, within(1e-9));
        // due in a week on four weeks: 21 / 28 = 0.75
        assertThat(DueRules.urgency(TODAY.plusDays(7), 28, 3, TODAY)).isCloseTo(0.75, within(1e-9));
        // strength 5 weighs 5/3, strength 1 a third: 10 days late on 10 days
        assertThat(DueRules.urgency(TODAY.minusDays(10), 10, 5, TODAY)).isCloseTo(10.0 / 3, within(1e-9));
        assertThat(DueRules.urgency(TODAY.minusDays(10), 10, 1, TODAY)).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void daysOverdueAreNegativeWhileAhead() {
        assertThat(DueRules.daysOverdue(TODAY.minusDays(3), TODAY)).isEqualTo(3);
        assertThat(DueRules.daysOverdue(TODAY.plusDays(2), TODAY)).isEqualTo(-2);
        assertThat(DueRules.isOverdue(TODAY, TODAY)).isFalse();
        assertThat(DueRules.isOverdue(TODAY.minusDays(1), TODAY)).isTrue();
        assertThat(DueRules.isDueWithin(TODAY.plusDays(7), TODAY, 7)).isTrue();
        assertThat(DueRules.isDueWithin(TODAY.plusDays(8), TODAY, 7)).isFalse();
    }

    @Test
    void nextBirthdayIsThisYearOrNext() {
        assertThat(DueRules.nextBirthday(MonthDay.of(11, 22), TODAY)).isEqualTo(TODAY);
        assertThat(DueRules.nextBirthday(MonthDay.of(12, 1), TODAY)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(DueRules.nextBirthday(MonthDay.of(1, 5), TODAY)).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void twentyNinthOfFebruaryFallsOnTheTwentyEighthInOtherYears() {
        assertThat(DueRules.nextBirthday(MonthDay.of(2, 29), TODAY)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(DueRules.nextBirthday(MonthDay.of(2, 29), LocalDate.of(2028, 1, 1)))
                .isEqualTo(LocalDate.of(2028, 2, 29));
    }
}
