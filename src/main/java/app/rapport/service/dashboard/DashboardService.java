package app.rapport.service.dashboard;

import app.rapport.domain.contacts.Problem;
import app.rapport.domain.dashboard.Goal;
import app.rapport.domain.dashboard.GoalProgress;
import app.rapport.domain.dashboard.Indicator;
import app.rapport.domain.dashboard.IndicatorValues;
import app.rapport.domain.dashboard.Indicators;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.service.SaveOutcome;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The dashboard: today's indicators, kept once a day so their history survives; goals and
 * how far each has come; the charts' data. Blocking calls.
 */
public class DashboardService {
    /** Days of history the sparklines show. */
    public static final int HISTORY_DAYS = 90;
    /** Months the charts show. */
    public static final int CHART_MONTHS = 12;

    private final DashboardRepository repository;
    private final Clock clock;

    public DashboardService(DashboardRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Today's indicators, computed now; nothing is kept (the command line reads, the window keeps). */
    public IndicatorValues indicators() {
        return Indicators.of(today(), repository.facts(today()));
    }

    /** Today's indicators, computed now and kept as today's snapshot. */
    public IndicatorValues snapshot() {
        return snapshot(today());
    }

    /** The indicators on {@code day}, kept as that day's snapshot (time passed in, for tests and catch-up). */
    public IndicatorValues snapshot(LocalDate day) {
        IndicatorValues values = Indicators.of(day, repository.facts(day));
        repository.saveSnapshot(values);
        return values;
    }

    /** The kept snapshots of the last {@link #HISTORY_DAYS} days, oldest first. */
    public List<IndicatorValues> history() {
        LocalDate today = today();
        return repository.snapshots(today.minusDays(HISTORY_DAYS - 1L), today);
    }

    public List<GoalProgress> goals(IndicatorValues now) {
        List<GoalProgress> progress = new ArrayList<>();
        for (Goal goal : repository.goals()) {
            progress.add(GoalProgress.of(goal, now.get(goal.indicator()), now.day()));
        }
        return progress;
    }

    /**
     * Sets a goal; rejected (nothing written) when the day is not after today or a share is outside
     * 0–100 % or a count below 0.
     */
    public SaveOutcome<Goal> setGoal(Indicator indicator, double target, LocalDate dueOn) {
        LocalDate today = today();
        List<Problem> problems = new ArrayList<>();
        if (dueOn == null || !dueOn.isAfter(today)) {
            problems.add(Problem.of("dueOn", "goal.problem.day"));
        }
        if (Double.isNaN(target) || target < 0 || indicator.percent() && target > 1) {
            problems.add(Problem.of("target", indicator.percent() ? "goal.problem.percent" : "goal.problem.count"));
        }
        if (!problems.isEmpty()) {
            return SaveOutcome.rejected(problems);
        }
        double start = Indicators.of(today, repository.facts(today)).get(indicator);
        Goal goal = new Goal(0, indicator, target, start, dueOn, today);
        long id = repository.addGoal(goal);
        return SaveOutcome.saved(new Goal(id, indicator, target, start, dueOn, today));
    }

    public void removeGoal(long id) {
        repository.removeGoal(id);
    }

    public int[] scoreDistribution() {
        return repository.scoreDistribution();
    }

    public Map<YearMonth, Map<InteractionType, Integer>> interactionsPerMonth() {
        return repository.interactionsPerMonth(YearMonth.from(today()).minusMonths(CHART_MONTHS - 1L));
    }

    public Map<YearMonth, int[]> ledgerPerMonth() {
        return repository.ledgerPerMonth(YearMonth.from(today()).minusMonths(CHART_MONTHS - 1L));
    }
}
