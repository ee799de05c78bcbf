package app.rapport.ui.common;

import app.rapport.domain.contacts.ContactSummary;
import app.rapport.service.contacts.ContactService;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Popup;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A text field that finds a contact as you type, with the same search as the list, and offers the
 * matches in a popup list: the name as typed first, then names starting with it, then the rest
 * (so "Isar Software GmbH" typed in full offers the company before its employees). Matches come a
 * page at a time from SQL; scrolling to the end of the list fetches the next page. The chosen
 * contact is {@link #selectedProperty()}. Focus stays in the field: Up, Down and Enter move through
 * the list and choose, as in any search box with suggestions.
 */
public final class ContactPicker extends TextField {
    /** Matches per page; enough to fill the popup, so scrolling is what asks for more. */
    static final int PAGE = 20;
    private static final double ROW_HEIGHT = 26;
    private static final double MIN_WIDTH = 320;

    private final ContactService contacts;
    private final TaskRunner runner;
    private final Popup popup = new Popup();
    private final ListView<ContactSummary> list = new ListView<>();
    private final ObjectProperty<ContactSummary> selected = new SimpleObjectProperty<>();
    private long generation;
    private boolean choosing;
    private boolean exhausted;
    private boolean loading;
    private String searched = "";

    public ContactPicker(ContactService contacts, TaskRunner runner, I18n i18n) {
        this.contacts = contacts;
        this.runner = runner;
        setPromptText(i18n.get("picker.prompt"));
        setAccessibleText(i18n.get("picker.prompt"));
        list.getStyleClass().add("contact-picker-list");
        list.setFocusTraversable(false);
        list.setCellFactory(v -> new MatchCell());
        list.setPrefHeight(ROW_HEIGHT * 8 + 4);
        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        textProperty().addListener((obs, old, text) -> {
            if (choosing) {
                return;
            }
            selected.set(null);
            find(text);
        });
        setOnKeyPressed(e -> {
            if (!popup.isShowing() || list.getItems().isEmpty()) {
                return;
            }
            int at = list.getSelectionModel().getSelectedIndex();
            if (e.getCode() == KeyCode.DOWN) {
                move(Math.min(at + 1, list.getItems().size() - 1));
                e.consume();
            } else if (e.getCode() == KeyCode.UP) {
                move(Math.max(at - 1, 0));
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && at >= 0) {
                choose(list.getItems().get(at));
                e.consume();
            }
        });
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                popup.hide();
            }
        });
    }

    private void move(int index) {
        list.getSelectionModel().clearAndSelect(index);
        list.scrollTo(Math.max(0, index - 3));
    }

    private void find(String text) {
        long mine = ++generation;
        exhausted = false;
        loading = false;
        searched = text == null ? "" : text;
        if (searched.isBlank()) {
            list.getItems().clear();
            popup.hide();
            return;
        }
        load(mine, 0);
    }

    /** Fetches the page after the matches shown, when the user has scrolled to the end of them. */
    private void loadMore() {
        if (!exhausted && !loading && popup.isShowing()) {
            load(generation, list.getItems().size());
        }
    }

    private void load(long mine, int offset) {
        loading = true;
        String text = searched;
        runner.run(() -> contacts.pick(text, offset, PAGE), found -> {
            if (mine != generation) {
                return;
            }
            loading = false;
            exhausted = found.size() < PAGE;
            if (offset == 0) {
                list.getItems().setAll(found);
                list.scrollTo(0);
            } else {
                list.getItems().addAll(found);
            }
            show();
        }, failure -> {
            loading = false;
            popup.hide();
        });
    }

    private void show() {
        if (list.getItems().isEmpty()) {
            popup.hide();
            return;
        }
        if (getScene() == null || getScene().getWindow() == null || !getScene().getWindow().isShowing()) {
            return;
        }
        list.setPrefHeight(ROW_HEIGHT * Math.min(8, list.getItems().size()) + 4);
        double width = Math.max(getWidth(), MIN_WIDTH);
        list.setPrefWidth(width);
        Bounds field = localToScreen(getBoundsInLocal());
        if (field == null) {
            return;
        }
        // kept inside the window: a picker at the right edge opens leftwards, not off the window
        double x = PopupPlacement.clampX(getScene().getWindow(), field.getMinX(), width);
        if (popup.isShowing()) {
            popup.setX(x);
            popup.setY(field.getMaxY());
        } else {
            popup.show(this, x, field.getMaxY());
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

    private final class MatchCell extends ListCell<ContactSummary> {
        MatchCell() {
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && getItem() != null) {
                    choose(getItem());
                }
            });
        }

        @Override
        protected void updateItem(ContactSummary s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            String detail = s.organisation().isEmpty() || s.organisation().equals(s.displayName())
                    ? "" : " \u2014 " + s.organisation();
            setText(s.displayName() + detail);
            if (s.flagged()) {
                // the flag shows wherever the contact appears, also when picking one
                FontIcon flag = new FontIcon("mdi2f-flag");
                flag.getStyleClass().add("flag-icon");
                setGraphic(flag);
            } else {
                setGraphic(null);
            }
            if (getIndex() == getListView().getItems().size() - 1) {
                // the last match is on screen: fetch the next page, after this layout pass
                Platform.runLater(ContactPicker.this::loadMore);
            }
        }
    }
}
