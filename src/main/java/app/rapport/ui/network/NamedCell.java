package app.rapport.ui.network;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/** A choice shown in the user's words, in the list and on the button of a combo box. */
final class NamedCell<T> extends ListCell<T> {
    private final Function<T, String> text;

    private NamedCell(Function<T, String> text) {
        this.text = text;
    }

    @SafeVarargs
    static <T> void use(ComboBox<T> box, Function<T, String> text, T... values) {
        box.getItems().setAll(values);
        box.setCellFactory(v -> new NamedCell<>(text));
        box.setButtonCell(new NamedCell<>(text));
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : text.apply(item));
    }
}
