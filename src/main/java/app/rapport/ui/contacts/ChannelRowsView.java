package app.rapport.ui.contacts;

import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.I18n;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Shows a list of {@link ChannelRow}s as editable rows (label, value, remove). Rows are rebuilt only
 * when rows are added or removed, never while the user types, so focus stays where it is.
 */
final class ChannelRowsView {
    private final VBox box;
    private final ObservableList<ChannelRow> rows;
    private final I18n i18n;
    private final String promptKey;
    private final String accessibleKey;
    private final List<String> labels;
    private final ChannelLabels words;
    private final int labelColumns;
    private TextField last;

    ChannelRowsView(VBox box, ObservableList<ChannelRow> rows, I18n i18n, String promptKey, String accessibleKey) {
        this.box = box;
        this.rows = rows;
        this.i18n = i18n;
        this.promptKey = promptKey;
        this.accessibleKey = accessibleKey;
        this.words = new ChannelLabels(i18n);
        this.labels = words.choices();
        this.labelColumns = labels.stream().mapToInt(String::length).max().orElse(0) - 2;
        rows.addListener((ListChangeListener<ChannelRow>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved() || change.wasPermutated()) {
                    rebuild();
                    return;
                }
            }
        });
        rebuild();
    }

    /** Puts the cursor in the last row's value, for a row the user just added. */
    void focusLast() {
        if (last != null) {
            last.requestFocus();
        }
    }

    private void rebuild() {
        box.getChildren().clear();
        last = null;
        for (ChannelRow row : rows) {
            ComboBox<String> label = new ComboBox<>();
            label.getItems().setAll(labels);
            label.setEditable(true);
            // room for the longest suggestion in the user's language ("мобильный", "geschäftlich")
            label.getEditor().setPrefColumnCount(labelColumns);
            label.getEditor().textProperty().bindBidirectional(row.labelProperty(), words);
            label.setAccessibleText(i18n.get("editor.label"));

            TextField value = new TextField();
            value.textProperty().bindBidirectional(row.valueProperty());
            value.setPromptText(i18n.get(promptKey));
            value.setAccessibleText(i18n.get(accessibleKey));
            HBox.setHgrow(value, Priority.ALWAYS);

            Button remove = new Button(null, new FontIcon("mdi2c-close"));
            remove.getStyleClass().addAll("flat", "small");
            remove.setTooltip(new Tooltip(i18n.get("editor.remove")));
            remove.setAccessibleText(i18n.get("editor.remove"));
            remove.setOnAction(e -> rows.remove(row));

            HBox line = new HBox(6, label, value, remove);
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            ErrorText.bind(error, row.errorProperty(), i18n);
            box.getChildren().add(new VBox(2, line, error));
            last = value;
        }
    }
}
