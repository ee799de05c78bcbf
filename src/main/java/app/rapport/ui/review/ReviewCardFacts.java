package app.rapport.ui.review;

import app.rapport.domain.review.ReviewItem;
import java.time.LocalDate;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The upper part of a review card (ReviewCardFacts.fxml, included by ReviewView.fxml): who, why, and the facts. */
public final class ReviewCardFacts {
    @FXML private Label nameLabel;
    @FXML private Label organisationLabel;
    @FXML private VBox reasonsBox;
    @FXML private Label lastLabel;
    @FXML private Label dueLabel;
    @FXML private Label cadenceLabel;
    @FXML private Label scoreLabel;
    @FXML private Label addressLabel;
    @FXML private Label tagsLabel;

    /** The loader makes it; {@link ReviewView} fills it. */
    public ReviewCardFacts() {
    }

    void show(ReviewItem item, LocalDate today, ReviewCardWords words) {
        nameLabel.setText(item.name());
        organisationLabel.setText(item.organisation());
        organisationLabel.setVisible(!item.organisation().isEmpty());
        organisationLabel.setManaged(!item.organisation().isEmpty());
        reasonsBox.getChildren().setAll(words.reasons(item, today).stream().map(ReviewCardFacts::reason).toList());
        lastLabel.setText(words.last(item, today));
        dueLabel.setText(words.due(item));
        cadenceLabel.setText(words.cadence(item));
        scoreLabel.setText(words.score(item));
        addressLabel.setText(words.address(item));
        tagsLabel.setText(words.tags(item));
    }

    private static Label reason(ReviewCardWords.Reason r) {
        Label label = new Label(r.text(), new FontIcon(r.icon()));
        label.getStyleClass().add("review-reason");
        label.setWrapText(true);
        return label;
    }
}
