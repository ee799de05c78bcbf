package app.rapport.ui.dashboard;

import app.rapport.domain.dashboard.Indicator;
import app.rapport.ui.common.FormDialog;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import java.time.LocalDate;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** Setting a goal for one indicator: the target (a percentage for shares) and the day. */
final class GoalDialog {
    private final FormDialog dialog;
    @FXML private Label targetLabel;
    @FXML private TextField goalTarget;
    @FXML private Label dayLabel;
    @FXML private DatePicker goalDay;
    @FXML private Label goalError;

    GoalDialog(Window owner, I18n i18n, Indicator indicator, LocalDate today, DashboardViewModel vm) {
        Parent form = FxmlView.load(this, i18n);
        dialog = new FormDialog(owner, i18n, "goal.title", "goal.save");
        dialog.setHeaderText(i18n.format("goal.header", i18n.get("indicator." + indicator.name()),
                i18n.get(indicator.higherIsBetter() ? "goal.atLeast" : "goal.atMost")));
        dialog.getDialogPane().setContent(form);
        String targetKey = indicator.percent() ? "goal.targetPercent" : "goal.targetCount";
        targetLabel.setText(i18n.get(targetKey));
        targetLabel.setLabelFor(goalTarget);
        goalTarget.setPromptText(i18n.get(targetKey));
        dayLabel.setLabelFor(goalDay);
        goalDay.setValue(today.plusMonths(6));
        i18n.calendar(goalDay);
        dialog.goAheadButton().setId("goalSave");
        // the dialog stays open until the goal is saved; a refusal shows under the fields
        dialog.goAheadButton().addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.setGoal(indicator, goalTarget.getText(), goalDay.getValue(), dialog::close,
                    problem -> goalError.setText(i18n.get(problem)));
        });
    }

    void show() {
        dialog.show();
    }
}
