package app.rapport.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;

/** Binds a label to a message key: shown with the translated text when set, gone when null. */
public final class ErrorText {
    private ErrorText() {
    }

    public static void bind(Label label, ObservableValue<String> key, I18n i18n) {
        label.textProperty().bind(Bindings.createStringBinding(
                () -> key.getValue() == null ? "" : i18n.get(key.getValue()), key));
        label.visibleProperty().bind(Bindings.createBooleanBinding(() -> key.getValue() != null, key));
        label.managedProperty().bind(label.visibleProperty());
    }
}
