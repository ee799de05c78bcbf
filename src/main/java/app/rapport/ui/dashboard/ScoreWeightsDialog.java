package app.rapport.ui.dashboard;

import app.rapport.domain.score.ScorePart;
import app.rapport.domain.score.ScoreWeights;
import app.rapport.service.score.ScoreService;
import app.rapport.ui.common.FormDialog;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.TaskRunner;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * The score's weights (docs/SCORING.md), each 0–100 points; Rapport scales them to add up to 100. Saving
 * recomputes every score in the background ({@link ScoreWeightsViewModel}).
 */
public final class ScoreWeightsDialog {
    private final Map<ScorePart, Spinner<Integer>> spinners = new EnumMap<>(ScorePart.class);
    private final Parent root;
    @FXML private GridPane grid;

    private ScoreWeightsDialog(I18n i18n, ScoreWeights weights) {
        root = FxmlView.load(this, i18n);
        for (ScorePart part : ScorePart.values()) {
            Spinner<Integer> spinner = new Spinner<>(0, 100, (int) Math.round(weights.of(part)));
            spinner.setEditable(true);
            spinner.setPrefWidth(100);
            spinner.setId("weight-" + part.name());
            spinners.put(part, spinner);
            Label name = new Label(i18n.get("score.part." + part.name()));
            name.setLabelFor(spinner);
            grid.addRow(part.ordinal(), name, spinner);
        }
    }

    /** Reads the weights off the UI thread, asks, and saves; {@code onSaved} runs after the scores are recomputed. */
    public static void open(Window owner, I18n i18n, ScoreService scores, TaskRunner runner, Runnable onSaved,
                            Consumer<String> message) {
        new ScoreWeightsViewModel(scores, runner).edit(weights -> ask(owner, i18n, weights), count -> {
            message.accept(i18n.format("score.updated", count));
            onSaved.run();
        }, key -> message.accept(i18n.get(key)));
    }

    private static Optional<Map<ScorePart, Double>> ask(Window owner, I18n i18n, ScoreWeights weights) {
        ScoreWeightsDialog form = new ScoreWeightsDialog(i18n, weights);
        FormDialog dialog = new FormDialog(owner, i18n, "score.weights.title", "score.weights.save");
        dialog.setHeaderText(i18n.get("score.weights.header"));
        dialog.getDialogPane().setContent(form.root);
        return dialog.ask() ? Optional.of(form.chosen()) : Optional.empty();
    }

    private Map<ScorePart, Double> chosen() {
        Map<ScorePart, Double> chosen = new EnumMap<>(ScorePart.class);
        spinners.forEach((part, s) -> chosen.put(part, s.getValue() == null ? 0.0 : s.getValue()));
        return chosen;
    }
}
