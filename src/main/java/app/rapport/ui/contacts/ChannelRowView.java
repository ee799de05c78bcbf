package app.rapport.ui.contacts;

import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** One editable e-mail address, phone number or website of the form. Binds and forwards. */
final class ChannelRowView {
    private final ObservableList<ChannelRow> rows;
    private final ChannelRow row;
    private final Node root;

    @FXML private ComboBox<String> label;
    @FXML private TextField value;
    @FXML private Label error;

    /**
     * @param labelColumns room for the longest suggested label in the user's language ("мобильный", "geschäftlich")
     */
    ChannelRowView(ObservableList<ChannelRow> rows, ChannelRow row, I18n i18n, ChannelLabels words, List<String> labels,
                   int labelColumns, String promptKey, String accessibleKey) {
        this.rows = rows;
        this.row = row;
        this.root = FxmlView.load(this, i18n);
        label.getItems().setAll(labels);
        label.getEditor().setPrefColumnCount(labelColumns);
        label.getEditor().textProperty().bindBidirectional(row.labelProperty(), words);
        value.textProperty().bindBidirectional(row.valueProperty());
        value.setPromptText(i18n.get(promptKey));
        value.setAccessibleText(i18n.get(accessibleKey));
        ErrorText.bind(error, row.errorProperty(), i18n);
    }

    @FXML
    private void remove() {
        rows.remove(row);
    }

    Node root() {
        return root;
    }

    /** The value's field, for the cursor. */
    TextField value() {
        return value;
    }
}
