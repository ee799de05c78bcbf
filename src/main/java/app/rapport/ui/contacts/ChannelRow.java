package app.rapport.ui.contacts;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One email, phone or website being edited: its label, its value and what is wrong with it. */
public final class ChannelRow {
    private final StringProperty label = new SimpleStringProperty("");
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty();

    public ChannelRow(String label, String value) {
        this.label.set(label);
        this.value.set(value);
    }

    public StringProperty labelProperty() {
        return label;
    }

    public StringProperty valueProperty() {
        return value;
    }

    /** Resource-bundle key of the problem, or null. */
    public StringProperty errorProperty() {
        return error;
    }
}
