package app.rapport.ui.contacts;

import app.rapport.domain.score.Score;
import app.rapport.domain.score.ScoreExplanation;
import app.rapport.ui.common.I18n;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The contact's score and each part of it in words, hidden until there is a score. */
final class ScoreLines {
    private ScoreLines() {
    }

    static void bind(VBox box, Label value, VBox lines, ObservableValue<Score> score, I18n i18n) {
        ScoreExplanation words = new ScoreExplanation(i18n.bundle(), i18n.locale());
        score.addListener((obs, old, s) -> {
            lines.getChildren().clear();
            box.setVisible(s != null);
            box.setManaged(s != null);
            if (s != null) {
                value.setText(words.title(s));
                for (var line : s.lines()) {
                    Label l = new Label(words.line(line));
                    l.setWrapText(true);
                    l.getStyleClass().add(line.lost() == 0 ? "score-line-full" : "score-line");
                    lines.getChildren().add(l);
                }
            }
        });
    }
}
