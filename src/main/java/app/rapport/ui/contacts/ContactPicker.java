package app.rapport.ui.contacts;

import app.rapport.domain.ContactQuery;
import app.rapport.domain.ContactSummary;
import app.rapport.service.ContactService;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.TaskRunner;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * A text field that finds a contact as you type, with the same search as the list, and offers the
 * first matches in a popup. The chosen contact is {@link #selectedProperty()}.
 */
public final class ContactPicker extends TextField {
    private static final int SHOWN = 8;

    private final ContactService contacts;
    private final TaskRunner runner;
    private final ContextMenu popup = new ContextMenu();
    private final ObjectProperty<ContactSummary> selected = new SimpleObjectProperty<>();
    private long generation;
    private boolean choosing;

    public ContactPicker(ContactService contacts, TaskRunner runner, I18n i18n) {
        this.contacts = contacts;
        this.runner = runner;
        setPromptText(i18n.get("picker.prompt"));
        setAccessibleText(i18n.get("picker.prompt"));
        textProperty().addListener((obs, old, text) -> {
            if (choosing) {
                return;
            }
            selected.set(null);
            find(text);
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && popup.isShowing() && !popup.getItems().isEmpty()) {
                popup.getSkin().getNode().lookup(".menu-item").requestFocus();
            }
        });
    }

    private void find(String text) {
        long mine = ++generation;
        if (text == null || text.isBlank()) {
            popup.hide();
            return;
        }
        runner.run(() -> {
            long[] ids = contacts.search(ContactQuery.text(text));
            return contacts.summaries(Arrays.copyOf(ids, Math.min(SHOWN, ids.length)));
        }, found -> {
            if (mine == generation) {
                show(found);
            }
        }, failure -> popup.hide());
    }

    private void show(List<ContactSummary> found) {
        popup.getItems().clear();
        for (ContactSummary s : found) {
            String detail = s.organisation().isEmpty() || s.organisation().equals(s.displayName())
                    ? "" : " \u2014 " + s.organisation();
            Label text = new Label(s.displayName() + detail);
            if (s.flagged()) {
                // the flag shows wherever the contact appears, also when picking one
                org.kordamp.ikonli.javafx.FontIcon flag = new org.kordamp.ikonli.javafx.FontIcon("mdi2f-flag");
                flag.getStyleClass().add("flag-icon");
                text.setGraphic(flag);
            }
            CustomMenuItem item = new CustomMenuItem(text, true);
            item.setOnAction(e -> choose(s));
            popup.getItems().add(item);
        }
        if (found.isEmpty()) {
            popup.hide();
        } else if (!popup.isShowing() && getScene() != null) {
            popup.show(this, Side.BOTTOM, 0, 0);
        }
    }

    /** Chooses a contact as if the user had picked it. */
    public void choose(ContactSummary s) {
        choosing = true;
        try {
            setText(s.displayName());
            selected.set(s);
            popup.hide();
        } finally {
            choosing = false;
        }
    }

    public ObjectProperty<ContactSummary> selectedProperty() {
        return selected;
    }
}
