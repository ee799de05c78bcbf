package app.rapport.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;

/**
 * Keeps words whole where a layout would cut them: a column never narrower than its header's words,
 * a search field never narrower than its prompt. The widths come from the words as drawn, so each
 * language gets what it needs ("Телефон", "กำหนดครั้งถัดไป") without a width per language.
 */
public final class WholeWords {
    private WholeWords() {
    }

    /**
     * Each column's minimum width becomes at least its header's words, once the headers exist. Only the
     * words are reserved (not the sort arrow's room), so the user can still widen a column at the others'
     * expense; the minimums the view set itself stay when they are wider.
     */
    public static void inHeaders(TableView<?> table) {
        inHeaders(table, null);
    }

    /** As {@link #inHeaders(TableView)}, for these columns only (null: all). */
    public static void inHeaders(TableView<?> table, java.util.Collection<? extends TableColumn<?, ?>> columns) {
        table.widthProperty().addListener((obs, old, width) -> {
            if (old.doubleValue() <= 0 && width.doubleValue() > 0) {
                Platform.runLater(() -> fitHeaders(table, columns));
            }
        });
    }

    private static void fitHeaders(TableView<?> table, java.util.Collection<? extends TableColumn<?, ?>> columns) {
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() instanceof TableColumn<?, ?> column
                    && (columns == null || columns.contains(column))
                    && header.lookup(".label") instanceof Label label && label.getText() != null
                    && !label.getText().isEmpty()) {
                Text words = new Text(label.getText());
                words.setFont(label.getFont());
                double needed = Math.ceil(words.getLayoutBounds().getWidth() + label.snappedLeftInset()
                        + label.snappedRightInset() + header.snappedLeftInset() + header.snappedRightInset() + 2);
                column.setMinWidth(Math.max(column.getMinWidth(), needed));
            }
        }
    }

    /** The field is at least as wide as its prompt, in the field's font, whatever the language. */
    public static void inPrompt(TextField field) {
        Runnable fit = () -> {
            Text prompt = new Text(field.getPromptText() == null ? "" : field.getPromptText());
            prompt.setFont(field.getFont());
            double width = Math.ceil(prompt.getLayoutBounds().getWidth() + field.snappedLeftInset()
                    + field.snappedRightInset() + 4);
            field.setMinWidth(width);
            field.setPrefWidth(Math.max(field.getPrefWidth(), width));
        };
        field.fontProperty().addListener((obs, old, font) -> fit.run());
        field.promptTextProperty().addListener((obs, old, text) -> fit.run());
        field.skinProperty().addListener((obs, old, skin) -> fit.run()); // insets are known once styled
        fit.run();
    }
}
