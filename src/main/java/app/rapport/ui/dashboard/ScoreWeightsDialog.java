package app.rapport.ui.dashboard;

import app.rapport.domain.score.ScorePart;
import app.rapport.domain.score.ScoreWeights;
import app.rapport.service.score.ScoreService;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.UserMessages;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * The score's weights (docs/SCORING.md), each 0–100 points; Rapport scales them to add up to 100. Saving
 * recomputes every score in the background.
 */
public final class ScoreWeightsDialog {
    private ScoreWeightsDialog() {
    }

    /** Reads the weights off the UI thread, asks, and saves; {@code onSaved} runs after the scores are recomputed. */
    public static void open(Window owner, I18n i18n, ScoreService scores, TaskRunner runner, Runnable onSaved,
                            Consumer<String> message) {
        runner.run(scores::weights, weights -> ask(owner, i18n, weights).ifPresent(chosen -> runner.run(() -> {
            chosen.forEach(scores::setWeight);
            return scores.recomputeAll(() -> false);
        }, count -> {
            message.accept(i18n.format("score.updated", count));
            onSaved.run();
        }, failure -> message.accept(i18n.get(UserMessages.keyFor(failure))))),
                failure -> message.accept(i18n.get(UserMessages.keyFor(failure))));
    }

    private static java.util.Optional<Map<ScorePart, Double>> ask(Window owner, I18n i18n, ScoreWeights weights) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("score.weights.title"));
        dialog.setHeaderText(i18n.get("score.weights.header"));
        ButtonType save = new ButtonType(i18n.get("score.weights.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save,
                new ButtonType(i18n.get("contacts.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        Map<ScorePart, Spinner<Integer>> spinners = new EnumMap<>(ScorePart.class);
        int row = 0;
        for (ScorePart part : ScorePart.values()) {
            Spinner<Integer> spinner = new Spinner<>(0, 100, (int) Math.round(weights.of(part)));
            spinner.setEditable(true);
            spinner.setPrefWidth(100);
            spinner.setId("weight-" + part.name());
            spinners.put(part, spinner);
            grid.addRow(row++, new Label(i18n.get("score.part." + part.name())), spinner);
        }
        dialog.getDialogPane().setContent(grid);
        return dialog.showAndWait().filter(b -> b == save).map(b -> {
            Map<ScorePart, Double> chosen = new EnumMap<>(ScorePart.class);
            spinners.forEach((part, s) -> chosen.put(part, s.getValue() == null ? 0.0 : s.getValue()));
            return chosen;
        });
    }
}
