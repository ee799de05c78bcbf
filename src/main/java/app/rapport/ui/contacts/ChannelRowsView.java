package app.rapport.ui.contacts;

import app.rapport.ui.common.I18n;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Shows a list of {@link ChannelRow}s as editable rows (label, value, remove), each from {@code ChannelRowView.fxml}. Rows are rebuilt only
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
    /** {@code button} adds a row with {@code add} and puts the cursor in it. */
    void addedBy(Button button, Runnable add) {
        button.setOnAction(e -> {
            add.run();
            focusLast();
        });
    }

    void focusLast() {
        if (last != null) {
            last.requestFocus();
        }
    }

    private void rebuild() {
        box.getChildren().clear();
        last = null;
        for (ChannelRow row : rows) {
            ChannelRowView view = new ChannelRowView(rows, row, i18n, words, labels, labelColumns, promptKey,
                    accessibleKey);
            box.getChildren().add(view.root());
            last = view.value();
        }
    }
}
