package app.rapport.domain.today;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import app.rapport.domain.keepintouch.DueItem;
import app.rapport.domain.keepintouch.DueReason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TodayRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static DueItem item(long id, DueReason reason, LocalDate due, double urgency, boolean flagged) {
        return item(id, reason, due, urgency, flagged, reason == DueReason.CADENCE ? 30 : 0);
    }

    private static DueItem item(long id, DueReason reason, LocalDate due, double urgency, boolean flagged, int cadence) {
        return new DueItem(id, "P" + id, reason, due, TODAY.toEpochDay() - due.toEpochDay(), urgency,
                reason == DueReason.FOLLOW_UP ? id : 0, "", flagged, cadence);
    }

    @Test
    void itemsGoToTheirLanes() {
        assertThat(TodayRules.lane(item(1, DueReason.BIRTHDAY, TODAY, 1, false), TODAY)).isEqualTo(Lane.TODAY);
        assertThat(TodayRules.lane(item(1, DueReason.ANNIVERSARY, TODAY, 1, false), TODAY)).isEqualTo(Lane.TODAY);
        assertThat(TodayRules.lane(item(1, DueReason.BIRTHDAY, TODAY.plusDays(2), 1, false), TODAY)).isEqualTo(Lane.THIS_WEEK);
        assertThat(TodayRules.lane(item(1, DueReason.FOLLOW_UP, TODAY, 1, false), TODAY)).isEqualTo(Lane.TODAY);
        assertThat(TodayRules.lane(item(1, DueReason.FOLLOW_UP, TODAY.minusDays(3), 1, false), TODAY)).isEqualTo(Lane.TODAY);
        assertThat(TodayRules.lane(item(1, DueReason.FOLLOW_UP, TODAY.plusDays(1), 1, false), TODAY)).isEqualTo(Lane.THIS_WEEK);
        assertThat(TodayRules.lane(item(1, DueReason.CADENCE, TODAY, 1, false), TODAY)).isEqualTo(Lane.THIS_WEEK);
        assertThat(TodayRules.lane(item(1, DueReason.CADENCE, TODAY.minusDays(1), 1, false), TODAY)).isEqualTo(Lane.OVERDUE);
    }

    @Test
    void aFlagWeighsHalfAgainInTheRanking() {
        List<DueItem> items = List.of(item(1, DueReason.CADENCE, TODAY.minusDays(5), 1.2, false),
                item(2, DueReason.CADENCE, TODAY.minusDays(5), 1.0, true),
                item(3, DueReason.CADENCE, TODAY.minusDays(5), 1.6, false));
        TodayPlan plan = TodayRules.plan(TODAY, items, new TreeMap<>(), List.of());
        assertThat(plan.overdue().items()).extracting(DueItem::contactId).containsExactly(3L, 2L, 1L);
    }

    @Test
    void theBudgetWorksTheBacklogDownOverACadenceWithinBounds() {
        assertThat(TodayRules.budget(0, 30)).isZero();
        assertThat(TodayRules.budget(2, 30)).isEqualTo(2);     // never more than the backlog
        assertThat(TodayRules.budget(20, 30)).isEqualTo(3);    // at least three
        assertThat(TodayRules.budget(150, 30)).isEqualTo(5);   // 150 over 30 days
        assertThat(TodayRules.budget(151, 30)).isEqualTo(6);   // rounded up
        assertThat(TodayRules.budget(1200, 30)).isEqualTo(10); // at most ten
    }

    @Test
    void theTypicalCadenceIsTheMedianOfTheBacklog() {
        TreeMap<Integer, Long> counts = new TreeMap<>();
        assertThat(TodayRules.typicalCadenceDays(counts)).isEqualTo(TodayRules.DEFAULT_CADENCE_DAYS);
        counts.put(14, 10L);
        counts.put(30, 30L);
        counts.put(180, 50L);
        assertThat(TodayRules.typicalCadenceDays(counts)).isEqualTo(180);
        counts.put(14, 60L);
        assertThat(TodayRules.typicalCadenceDays(counts)).isEqualTo(30);
    }

    @Test
    void theBacklogIsCountedByCadenceFromTheOverdueCadencesOnly() {
        List<DueItem> items = List.of(item(1, DueReason.CADENCE, TODAY.minusDays(3), 1, false, 14),
                item(2, DueReason.CADENCE, TODAY.minusDays(1), 1, false, 14),
                item(3, DueReason.CADENCE, TODAY.minusDays(40), 1, true, 180),
                item(4, DueReason.CADENCE, TODAY, 1, false, 7),              // due today: this week, not the backlog
                item(5, DueReason.CADENCE, TODAY.plusDays(2), 1, false, 7),
                item(6, DueReason.FOLLOW_UP, TODAY.minusDays(9), 1, false),  // a promise, in Today
                item(7, DueReason.BIRTHDAY, TODAY, 1, false));
        assertThat(TodayRules.overdueByCadence(items, TODAY)).containsExactly(entry(14, 2L), entry(180, 1L));
        assertThat(TodayRules.overdueByCadence(List.of(), TODAY)).isEmpty();
    }

    @Test
    void laneCountsAreWholeWhileTheShownRowsAreCapped() {
        List<DueItem> items = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            items.add(item(i, DueReason.CADENCE, TODAY.minusDays(i), i, false));
        }
        TreeMap<Integer, Long> counts = new TreeMap<>();
        counts.put(10, 40L);
        TodayPlan plan = TodayRules.plan(TODAY, items, counts, List.of());
        assertThat(plan.overdue().count()).isEqualTo(40);
        assertThat(plan.overdue().top(TodayRules.LANE_CAP)).hasSize(7);
        assertThat(plan.overdue().capped(TodayRules.LANE_CAP)).isTrue();
        assertThat(plan.today().capped(TodayRules.LANE_CAP)).isFalse();
        // 40 over 10 days: 4 a day, the four most urgent
        assertThat(plan.budget().size()).isEqualTo(4);
        assertThat(plan.budget().picked()).extracting(DueItem::contactId).containsExactly(40L, 39L, 38L, 37L);
    }

    @Test
    void thisWeekReadsDayByDayRankedWithinEachDay() {
        List<DueItem> items = List.of(item(1, DueReason.CADENCE, TODAY.plusDays(6), 3.0, false),
                item(2, DueReason.CADENCE, TODAY, 0.5, false),
                item(3, DueReason.CADENCE, TODAY.plusDays(1), 0.9, false),
                item(4, DueReason.BIRTHDAY, TODAY.plusDays(1), 2.0, false),
                item(5, DueReason.CADENCE, TODAY, 1.5, false));
        TodayPlan plan = TodayRules.plan(TODAY, items, new TreeMap<>(), List.of());
        assertThat(plan.lane(Lane.THIS_WEEK).items()).extracting(DueItem::contactId).containsExactly(5L, 2L, 4L, 3L, 1L);
    }
}
