package app.rapport.ui.common;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/** List and combo-box cells that show an item as words ({@code text} gets every item the list holds, null too). */
public final class TextCells {
    private TextCells() {
    }

    public static <T> ListCell<T> of(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : text.apply(item));
            }
        };
    }

    /** The box's list and its button show each choice as {@code text} says. */
    public static <T> void label(ComboBox<T> box, Function<T, String> text) {
        box.setCellFactory(v -> of(text));
        box.setButtonCell(of(text));
    }
}
