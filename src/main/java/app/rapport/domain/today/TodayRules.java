package app.rapport.domain.today;

import app.rapport.domain.keepintouch.DueItem;
import app.rapport.domain.keepintouch.DueReason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How the keep-in-touch items are laid out on the Today area.
 *
 * <p><b>Lanes.</b> Today holds birthdays and anniversaries falling today and follow-ups (card and hand-set) due
 * today or before: a follow-up is a promise, it stays in Today until done or snoozed rather than sinking into the
 * backlog. Overdue holds the cadences past their due day. This week holds the rest of the next seven days:
 * cadences due from today on, birthdays, anniversaries and follow-ups in the six days after today.
 *
 * <p><b>Rank</b> (highest first), within each lane:
 * <pre>
 *   rank = urgency × (flagged ? 1.5 : 1)
 *   urgency = (days past due + cadence days) / cadence days × strength / 3      ({@link app.rapport.domain.keepintouch.DueRules})
 * </pre>
 * so the relationship's strength (1–5), how far past the cadence it is (as a fraction of the cadence, not in days)
 * and the user's flag all count; ties go to the earlier due day, then the older contact. This week is read as
 * a week is planned, day by day (tomorrow before Friday), ranked within each day: ranked alone, a week of
 * cadences read "today, in 6 days, tomorrow, in 5 days".
 *
 * <p><b>Daily budget.</b> The backlog is to be worked down over one cadence period, so
 * {@code N = ceil(overdue / typical cadence days)}, the typical cadence being the median cadence of the overdue
 * contacts (30 days when unknown); N is kept between {@link #MIN_BUDGET} and {@link #MAX_BUDGET} (a day of 40
 * calls helps nobody; a short backlog still gets a few) and never above the backlog. The people picked are the
 * first N of the overdue lane.
 */
public final class TodayRules {
    /** How many rows a lane shows before "show all". */
    public static final int LANE_CAP = 7;
    public static final int MIN_BUDGET = 3;
    public static final int MAX_BUDGET = 10;
    /** The cadence the budget assumes when no overdue contact has one. */
    public static final int DEFAULT_CADENCE_DAYS = 30;
    public static final double FLAG_WEIGHT = 1.5;
    /** Today and the six days after it. */
    public static final int WEEK_DAYS = 7;

    private static final Comparator<DueItem> BY_RANK = Comparator.comparingDouble(TodayRules::rank).reversed()
            .thenComparing(DueItem::dueOn).thenComparingLong(DueItem::contactId);
    private static final Comparator<DueItem> BY_DAY_THEN_RANK = Comparator.comparing(DueItem::dueOn).thenComparing(BY_RANK);

    private TodayRules() {
    }

    public static Lane lane(DueItem item, LocalDate today) {
        if (item.reason() == DueReason.CADENCE) {
            return item.dueOn().isBefore(today) ? Lane.OVERDUE : Lane.THIS_WEEK;
        }
        if (item.reason() == DueReason.FOLLOW_UP) {
            return item.dueOn().isAfter(today) ? Lane.THIS_WEEK : Lane.TODAY;
        }
        return item.dueOn().equals(today) ? Lane.TODAY : Lane.THIS_WEEK;
    }

    /** See the class comment. */
    public static double rank(DueItem item) {
        return item.urgency() * (item.flagged() ? FLAG_WEIGHT : 1.0);
    }

    /** The median of the overdue contacts' cadences, given as cadence days → how many; 30 when there are none. */
    public static int typicalCadenceDays(SortedMap<Integer, Long> overdueByCadence) {
        long total = overdueByCadence.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return DEFAULT_CADENCE_DAYS;
        }
        long seen = 0;
        for (Map.Entry<Integer, Long> e : overdueByCadence.entrySet()) {
            seen += e.getValue();
            if (seen * 2 >= total) {
                return e.getKey();
            }
        }
        return overdueByCadence.lastKey();
    }

    /** The backlog for {@link #typicalCadenceDays}: the cadence items due before {@code today}, counted by cadence days. */
    public static SortedMap<Integer, Long> overdueByCadence(List<DueItem> items, LocalDate today) {
        SortedMap<Integer, Long> counts = new TreeMap<>();
        for (DueItem item : items) {
            if (item.reason() == DueReason.CADENCE && item.dueOn().isBefore(today)) {
                counts.merge(item.cadenceDays(), 1L, Long::sum);
            }
        }
        return counts;
    }

    /** How many people to reach today; see the class comment. */
    public static int budget(int overdue, int cadenceDays) {
        if (overdue <= 0) {
            return 0;
        }
        int n = (int) Math.ceil(overdue / (double) Math.max(1, cadenceDays));
        return Math.min(overdue, Math.max(MIN_BUDGET, Math.min(MAX_BUDGET, n)));
    }

    /** The plan for {@code today} from the keep-in-touch items due until six days ahead. */
    public static TodayPlan plan(LocalDate today, List<DueItem> items, SortedMap<Integer, Long> overdueByCadence,
                                 List<UpcomingBirthday> birthdays) {
        Map<Lane, List<DueItem>> lanes = new EnumMap<>(Lane.class);
        for (Lane lane : Lane.values()) {
            lanes.put(lane, new ArrayList<>());
        }
        for (DueItem item : items) {
            lanes.get(lane(item, today)).add(item);
        }
        lanes.values().forEach(list -> list.sort(BY_RANK));
        lanes.get(Lane.THIS_WEEK).sort(BY_DAY_THEN_RANK);
        List<DueItem> overdue = lanes.get(Lane.OVERDUE);
        int cadence = typicalCadenceDays(overdueByCadence);
        int size = budget(overdue.size(), cadence);
        DailyBudget budget = new DailyBudget(size, overdue.size(), cadence, overdue.subList(0, size));
        return new TodayPlan(today, new LaneContents(Lane.TODAY, lanes.get(Lane.TODAY)),
                new LaneContents(Lane.THIS_WEEK, lanes.get(Lane.THIS_WEEK)),
                new LaneContents(Lane.OVERDUE, overdue), budget,
                birthdays.stream().sorted(Comparator.comparing(UpcomingBirthday::on)
                        .thenComparing(UpcomingBirthday::name)).toList());
    }
}
