package app.rapport.ui.dashboard;

import app.rapport.domain.dashboard.GoalProgress;
import app.rapport.domain.dashboard.Indicator;
import app.rapport.domain.dashboard.IndicatorValues;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.service.dashboard.DashboardService;
import app.rapport.ui.common.DialogService.Words;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.UserMessages;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The Dashboard: today's indicators (kept as today's snapshot when shown), their history for the
 * sparklines, the goals with their progress, and the charts' data — all read off the UI thread in one go.
 */
public final class DashboardViewModel {
    /** Everything the dashboard shows, read together so it is consistent. */
    public record Data(IndicatorValues today, List<IndicatorValues> history, List<GoalProgress> goals,
                       int[] scoreDistribution, Map<YearMonth, Map<InteractionType, Integer>> interactions,
                       Map<YearMonth, int[]> ledger) {
    }

    private final DashboardService dashboard;
    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<Data> data = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> errorKey = new ReadOnlyObjectWrapper<>();

    public DashboardViewModel(DashboardService dashboard, TaskRunner runner) {
        this.dashboard = dashboard;
        this.runner = runner;
    }

    public void refresh() {
        runner.run(() -> {
            IndicatorValues today = dashboard.snapshot();
            return new Data(today, dashboard.history(), dashboard.goals(today), dashboard.scoreDistribution(),
                    dashboard.interactionsPerMonth(), dashboard.ledgerPerMonth());
        }, d -> {
            errorKey.set(null);
            data.set(d);
        }, failure -> errorKey.set(UserMessages.keyFor(failure)));
    }

    /**
     * Sets a goal from what was typed; {@code onProblem} gets the message key when it is refused (not a
     * number, out of range, a day not after today), else the dashboard reloads. A share is typed in
     * percent ("80", "80 %", "80,5").
     */
    public void setGoal(Indicator indicator, String typedTarget, LocalDate dueOn, Runnable onSaved,
                        Consumer<String> onProblem) {
        double shown;
        try {
            shown = Double.parseDouble(typedTarget == null ? ""
                    : typedTarget.strip().replace(',', '.').replace("%", "").strip());
        } catch (NumberFormatException invalid) {
            onProblem.accept(indicator.percent() ? "goal.problem.percent" : "goal.problem.count");
            return;
        }
        double target = indicator.percent() ? shown / 100.0 : shown;
        runner.run(() -> dashboard.setGoal(indicator, target, dueOn), outcome -> {
            if (outcome.ok()) {
                onSaved.run();
                refresh();
            } else {
                onProblem.accept(outcome.problems().get(0).messageKey());
            }
        }, failure -> onProblem.accept(UserMessages.keyFor(failure)));
    }

    public void removeGoal(long id) {
        runner.run(() -> {
            dashboard.removeGoal(id);
            return Boolean.TRUE;
        }, ok -> refresh(), failure -> errorKey.set(UserMessages.keyFor(failure)));
    }

    /** How far a goal has come: met; missed, with how far it got; or how far with the days left. */
    public static Words progress(GoalProgress g) {
        long percent = Math.round(g.share() * 100);
        return g.met() ? Words.of("goal.met")
                : g.daysLeft() < 0 ? Words.of("goal.missed", percent) : Words.of("goal.progress", percent, g.daysLeft());
    }

    public LocalDate today() {
        return dashboard.today();
    }

    public ReadOnlyObjectProperty<Data> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }
}
