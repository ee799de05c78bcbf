package app.rapport.service.dashboard;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.dashboard.GoalProgress;
import app.rapport.domain.dashboard.Indicator;
import app.rapport.domain.dashboard.IndicatorValues;
import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.ties.Relationship;
import app.rapport.testing.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard on a real database: the indicators counted, their history across days, goals. */
class DashboardServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    @TempDir
    Path dir;

    @Test
    void indicatorsAreCountedAndTheirHistoryKeptDayByDay() {
        try (TestDatabase db = new TestDatabase(dir)) {
            long anna = db.repository().insert(person("Anna", "Schmidt").build());
            long boris = db.repository().insert(person("Boris", "Ivanov").build());
            db.relationships().saveRelationship(Relationship.empty(anna).withCadence(Cadence.days(30)));
            db.relationships().saveRelationship(Relationship.empty(boris).withCadence(Cadence.days(30)));
            // Anna: a call ten days ago, within cadence; Boris: last a referral in 2025, long overdue
            db.interactions().log(Interaction.with(InteractionType.CALL, LocalDateTime.of(2026, 11, 12, 9, 0),
                    Direction.MUTUAL, "", anna));
            db.interactions().log(Interaction.with(InteractionType.REFERRAL, LocalDateTime.of(2026, 5, 1, 9, 0),
                    Direction.RECEIVED, "", anna));
            db.interactions().log(Interaction.with(InteractionType.REFERRAL, LocalDateTime.of(2025, 5, 1, 9, 0),
                    Direction.GIVEN, "more than a year ago", boris));
            IndicatorValues before = db.dashboard().snapshot(TODAY.minusDays(1));
            assertThat(before.get(Indicator.KEPT_IN_TOUCH)).isEqualTo(0.5);
            assertThat(before.get(Indicator.OVERDUE)).isEqualTo(1);
            assertThat(before.get(Indicator.REFERRALS_RECEIVED)).isEqualTo(1);
            assertThat(before.get(Indicator.REFERRALS_GIVEN)).isZero();
            assertThat(before.get(Indicator.RECIPROCITY)).isEqualTo(0.5);

            // six weeks on, Anna's cadence has run out too
            IndicatorValues later = db.dashboard().snapshot(TODAY.plusDays(45));
            assertThat(later.get(Indicator.OVERDUE)).isEqualTo(2);
            assertThat(later.get(Indicator.KEPT_IN_TOUCH)).isZero();
            db.dashboard().snapshot(TODAY);
            List<IndicatorValues> history = db.dashboard().history();
            assertThat(history).extracting(IndicatorValues::day).containsExactly(TODAY.minusDays(1), TODAY);
            // taken again the same day, a snapshot replaces that day's
            db.dashboard().snapshot(TODAY);
            assertThat(db.dashboard().history()).hasSize(2);
        }
    }

    @Test
    void goalsShowHowFarTheyHaveComeAndBadGoalsAreRefused() {
        try (TestDatabase db = new TestDatabase(dir)) {
            long anna = db.repository().insert(person("Anna", "Schmidt").build());
            db.relationships().saveRelationship(Relationship.empty(anna).withCadence(Cadence.days(30)));
            assertThat(db.dashboard().setGoal(Indicator.KEPT_IN_TOUCH, 1.5, TODAY.plusMonths(6)).problems())
                    .extracting(p -> p.messageKey()).containsExactly("goal.problem.percent");
            assertThat(db.dashboard().setGoal(Indicator.OVERDUE, 3, TODAY).problems())
                    .extracting(p -> p.messageKey()).containsExactly("goal.problem.day");
            assertThat(db.count("SELECT count(*) FROM goal")).isZero();
            var saved = db.dashboard().setGoal(Indicator.REFERRALS_RECEIVED, 4, TODAY.plusMonths(6));
            assertThat(saved.ok()).isTrue();
            IndicatorValues now = db.dashboard().snapshot();
            db.interactions().log(Interaction.with(InteractionType.REFERRAL, LocalDateTime.of(2026, 11, 20, 9, 0),
                    Direction.RECEIVED, "", anna));
            db.interactions().log(Interaction.with(InteractionType.REFERRAL, LocalDateTime.of(2026, 11, 21, 9, 0),
                    Direction.RECEIVED, "", anna));
            IndicatorValues after = db.dashboard().snapshot();
            GoalProgress p = db.dashboard().goals(after).get(0);
            assertThat(now.get(Indicator.REFERRALS_RECEIVED)).isZero();
            assertThat(p.value()).isEqualTo(2);
            assertThat(p.share()).isEqualTo(0.5);
            assertThat(p.met()).isFalse();
            db.dashboard().removeGoal(saved.saved().id());
            assertThat(db.dashboard().goals(after)).isEmpty();
        }
    }

    @Test
    void chartsCountByMonthAndByScore() {
        try (TestDatabase db = new TestDatabase(dir)) {
            long anna = db.repository().insert(person("Anna", "Schmidt").build());
            db.interactions().log(Interaction.with(InteractionType.CALL, LocalDateTime.of(2026, 10, 3, 9, 0),
                    Direction.MUTUAL, "", anna));
            db.interactions().log(Interaction.with(InteractionType.FAVOUR, LocalDateTime.of(2026, 10, 9, 9, 0),
                    Direction.GIVEN, "", anna));
            db.interactions().log(Interaction.with(InteractionType.GIFT, LocalDateTime.of(2026, 11, 9, 9, 0),
                    Direction.RECEIVED, "", anna));
            assertThat(db.dashboard().interactionsPerMonth().get(YearMonth.of(2026, 10)))
                    .containsEntry(InteractionType.CALL, 1).containsEntry(InteractionType.FAVOUR, 1);
            assertThat(db.dashboard().ledgerPerMonth().get(YearMonth.of(2026, 10))).containsExactly(1, 0);
            assertThat(db.dashboard().ledgerPerMonth().get(YearMonth.of(2026, 11))).containsExactly(0, 1);
            db.scores().recomputeAll(() -> false);
            int[] buckets = db.dashboard().scoreDistribution();
            assertThat(java.util.Arrays.stream(buckets).sum()).isEqualTo(1);
        }
    }

    @Test
    void cardsSentCountsEveryCardLoggedInTwelveMonths() {
        try (TestDatabase db = new TestDatabase(dir)) {
            long anna = db.repository().insert(person("Anna", "Schmidt").build());
            for (int month = 1; month <= 4; month++) {
                db.interactions().log(Interaction.with(InteractionType.CARD, TODAY.minusMonths(month).atTime(9, 0),
                        Direction.GIVEN, "", anna));
            }
            // one received and one sent too long ago do not count
            db.interactions().log(Interaction.with(InteractionType.CARD, TODAY.minusMonths(2).atTime(9, 0),
                    Direction.RECEIVED, "", anna));
            db.interactions().log(Interaction.with(InteractionType.CARD, TODAY.minusMonths(13).atTime(9, 0),
                    Direction.GIVEN, "", anna));
            assertThat(db.dashboard().snapshot(TODAY).get(Indicator.CARDS_SENT)).isEqualTo(4);
        }
    }
}
