package app.rapport.ui.dashboard;

import app.rapport.domain.dashboard.Indicator;
import app.rapport.ui.common.I18n;
import java.time.LocalDate;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Setting a goal for one indicator: the target (a percentage for shares) and the day. */
final class GoalDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();

    GoalDialog(Window owner, I18n i18n, Indicator indicator, LocalDate today, DashboardViewModel vm) {
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("goal.title"));
        dialog.setHeaderText(i18n.format("goal.header", i18n.get("indicator." + indicator.name()),
                i18n.get(indicator.higherIsBetter() ? "goal.atLeast" : "goal.atMost")));
        ButtonType save = new ButtonType(i18n.get("goal.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("contacts.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        TextField target = new TextField();
        target.setId("goalTarget");
        target.setPromptText(i18n.get(indicator.percent() ? "goal.targetPercent" : "goal.targetCount"));
        DatePicker day = new DatePicker(today.plusMonths(6));
        i18n.calendar(day);
        day.setId("goalDay");
        Label error = new Label();
        error.setId("goalError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(i18n.get(indicator.percent() ? "goal.targetPercent" : "goal.targetCount")), target);
        grid.addRow(1, new Label(i18n.get("goal.day")), day);
        grid.add(error, 0, 2, 2, 1);
        dialog.getDialogPane().setContent(grid);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("goalSave");
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            double value;
            try {
                value = Double.parseDouble(target.getText().strip().replace(',', '.').replace("%", ""));
            } catch (NumberFormatException invalid) {
                error.setText(i18n.get(indicator.percent() ? "goal.problem.percent" : "goal.problem.count"));
                return;
            }
            vm.setGoal(indicator, value, day.getValue(), dialog::close, problem -> error.setText(i18n.get(problem)));
        });
    }

    void show() {
        dialog.show();
    }
}
