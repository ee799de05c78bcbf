package app.rapport.ui.dashboard;

import app.rapport.domain.dashboard.GoalProgress;
import app.rapport.domain.dashboard.Indicator;
import app.rapport.ui.common.DialogService.Words;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import java.util.List;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/** One indicator's tile on the Dashboard: its value, a sparkline of its history, its goal or "Set a goal…". */
final class IndicatorTile {
    private static final Color GOOD = Color.web("#1f883d");
    private static final Color WATCH = Color.web("#cf222e");

    private final Parent root;
    @FXML private Label name;
    @FXML private Label value;
    @FXML private Sparkline spark;
    @FXML private Hyperlink setGoal;
    @FXML private VBox goalBox;
    @FXML private Label goalLine;
    @FXML private ProgressBar goalBar;
    @FXML private Label goalProgress;
    @FXML private Hyperlink removeGoal;

    IndicatorTile(I18n i18n, IndicatorText text, Indicator indicator, DashboardViewModel.Data data,
                  Runnable onSetGoal, DashboardViewModel vm) {
        root = FxmlView.load(this, i18n);
        root.setId("tile-" + indicator.name());
        value.setId("value-" + indicator.name());
        setGoal.setId("setGoal-" + indicator.name());
        goalProgress.setId("goal-" + indicator.name());
        name.setText(i18n.get("indicator." + indicator.name()));
        value.setText(text.value(indicator, data.today().get(indicator)));
        List<Double> history = data.history().stream().map(v -> v.get(indicator)).toList();
        spark.draw(history, indicator.higherIsBetter() ? GOOD : WATCH);
        Optional<GoalProgress> goal = data.goals().stream().filter(g -> g.goal().indicator() == indicator).findFirst();
        // only the one that applies is in the tile: a goal, or the link to set one
        ((VBox) root).getChildren().remove(goal.isPresent() ? setGoal : goalBox);
        setGoal.setOnAction(e -> onSetGoal.run());
        goal.ifPresent(g -> {
            goalLine.setText(i18n.format(indicator.higherIsBetter() ? "goal.line.atLeast" : "goal.line.atMost",
                    text.value(indicator, g.goal().target()), i18n.date(g.goal().dueOn())));
            goalBar.setProgress(g.share());
            Words progress = DashboardViewModel.progress(g);
            goalProgress.setText(i18n.format(progress.key(), progress.args().toArray()));
            removeGoal.setOnAction(e -> vm.removeGoal(g.goal().id()));
        });
    }

    Parent root() {
        return root;
    }
}
