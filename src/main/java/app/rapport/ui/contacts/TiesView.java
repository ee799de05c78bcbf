package app.rapport.ui.contacts;

import app.rapport.ui.common.ContactPicker;
import app.rapport.domain.ContactKind;
import app.rapport.domain.ContactSummary;
import app.rapport.domain.TieType;
import app.rapport.domain.TieView;
import app.rapport.service.ContactService;
import app.rapport.ui.common.ActionBar;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FullWidthCell;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.TaskRunner;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Ties tab: every tie of the shown contact, read from its end, with add and remove. */
final class TiesView {
    private final TiesViewModel vm;
    private final I18n i18n;
    private final ContactService contacts;
    private final TaskRunner runner;
    private final Supplier<String> shownName;
    private final VBox root = new VBox(8);

    TiesView(TiesViewModel vm, I18n i18n, ContactService contacts, TaskRunner runner, Supplier<String> shownName) {
        this.vm = vm;
        this.i18n = i18n;
        this.contacts = contacts;
        this.runner = runner;
        this.shownName = shownName;
        Label title = new Label(i18n.get("ties.title"));
        title.getStyleClass().add("section-title");
        Button add = new Button(i18n.get("ties.add"), new FontIcon("mdi2p-plus"));
        add.setId("addTie");
        add.getStyleClass().addAll("flat", "small");
        add.setOnAction(e -> showDialog(null));
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        ErrorText.bind(error, vm.errorKeyProperty(), i18n);

        ListView<TieView> list = new ListView<>(vm.ties());
        list.setId("tiesList");
        app.rapport.ui.common.Placeholders.whileLoading(list.placeholderProperty(), vm.loadedProperty(), i18n,
                "ties.empty");
        list.setCellFactory(v -> new TieCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().addAll(new ActionBar(List.of(title), List.of(add)), error, list);
        root.setPadding(new Insets(10, 16, 16, 16));
    }

    Node root() {
        return root;
    }

    /** "Anna works at Acme" from Anna's side, "Acme employs Anna" from Acme's. */
    String phrase(TieView t) {
        String key = "tie." + t.type().name() + (t.outgoing() ? ".forward" : ".reverse");
        return i18n.format(key, shownName.get(), t.otherName());
    }

    private final class TieCell extends FullWidthCell<TieView> {

        @Override
        protected void updateItem(TieView t, boolean empty) {
            super.updateItem(t, empty);
            if (empty || t == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label text = new Label(phrase(t));
            text.setWrapText(true);
            FontIcon kind = new FontIcon(t.otherKind() == ContactKind.PERSON ? "mdi2a-account-outline" : "mdi2d-domain");
            String details = "\u25CF".repeat(t.tie().strength()) + "\u25CB".repeat(5 - t.tie().strength())
                    + (t.tie().since() == null ? "" : "  " + i18n.format("ties.since", i18n.date(t.tie().since())))
                    + (t.tie().note().isEmpty() ? "" : "  \u2014 " + t.tie().note());
            Label sub = new Label(details);
            sub.getStyleClass().add("result-count");
            sub.setWrapText(true);
            VBox lines = new VBox(2, text, sub);
            HBox.setHgrow(lines, Priority.ALWAYS);
            HBox row = new HBox(8, kind, lines);
            if (t.otherFlagged()) {
                Label flag = new Label(i18n.get("flag.badge"), new FontIcon("mdi2f-flag-outline"));
                flag.getStyleClass().add("flag-badge");
                flag.setTooltip(new Tooltip(t.otherFlagReason()));
                row.getChildren().add(flag);
            }
            Button edit = new Button(null, new FontIcon("mdi2p-pencil-outline"));
            edit.getStyleClass().addAll("flat", "small");
            edit.setTooltip(new Tooltip(i18n.get("ties.edit")));
            edit.setAccessibleText(i18n.get("ties.edit"));
            edit.setOnAction(e -> showDialog(t));
            row.getChildren().add(edit);
            Button remove = new Button(null, new FontIcon("mdi2c-close"));
            remove.getStyleClass().addAll("flat", "small");
            remove.setTooltip(new Tooltip(i18n.get("ties.remove")));
            remove.setAccessibleText(i18n.get("ties.remove"));
            remove.setOnAction(e -> vm.remove(t));
            row.getChildren().add(remove);
            setText(null);
            setGraphic(row);
        }
    }

    /** Adds a tie, or with {@code existing} changes one (its other end stays). */
    private void showDialog(TieView existing) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle(i18n.get(existing == null ? "ties.add" : "ties.edit"));
        dialog.setHeaderText(existing == null ? i18n.format("ties.add.header", shownName.get()) : phrase(existing));
        ButtonType ok = new ButtonType(i18n.get("ties.add.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(i18n.get("contacts.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().getStylesheets().addAll(root.getScene().getStylesheets());

        ContactPicker other = new ContactPicker(contacts, runner, i18n);
        other.setId("tieOther");
        ComboBox<TieType> type = new ComboBox<>();
        type.setId("tieType");
        type.getItems().setAll(TieType.values());
        type.setValue(TieType.COLLEAGUE);
        type.setCellFactory(v -> typeCell());
        type.setButtonCell(typeCell());
        Spinner<Integer> strength = new Spinner<>(1, 5, 3);
        strength.setAccessibleText(i18n.get("ties.strength"));
        DatePicker since = new DatePicker();
        i18n.calendar(since);
        TextField note = new TextField();
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        ErrorText.bind(error, vm.errorKeyProperty(), i18n);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        if (existing == null) {
            grid.addRow(0, new Label(i18n.get("ties.other")), other);
        } else {
            grid.addRow(0, new Label(i18n.get("ties.other")), new Label(existing.otherName()));
            type.setValue(existing.type());
            strength.getValueFactory().setValue(existing.tie().strength());
            since.setValue(existing.tie().since());
            note.setText(existing.tie().note());
        }
        grid.addRow(1, new Label(i18n.get("ties.type")), type);
        grid.addRow(2, new Label(i18n.get("ties.strength")), strength);
        grid.addRow(3, new Label(i18n.get("ties.since.label")), since);
        grid.addRow(4, new Label(i18n.get("ties.note")), note);
        grid.add(error, 1, 5);
        dialog.getDialogPane().setContent(grid);

        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("tieSave");
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (existing != null) {
                vm.update(existing, type.getValue(), strength.getValue(), since.getValue(), note.getText(), dialog::close);
                return;
            }
            ContactSummary chosen = other.selectedProperty().get();
            if (chosen == null) {
                other.requestFocus();
                return;
            }
            LocalDate sinceDate = since.getValue();
            Runnable save = () -> vm.add(chosen.id(), type.getValue(), strength.getValue(), sinceDate, note.getText(),
                    dialog::close);
            // seed 000: protect your capital; say why a contact was flagged before tying yourself to them
            vm.flagReason(chosen.id(), reason -> {
                if (reason.isPresent() && !confirmFlagged(chosen.displayName(), reason.get())) {
                    return;
                }
                save.run();
            });
        });
        if (existing == null) {
            okButton.disableProperty().bind(other.selectedProperty().isNull());
            dialog.setOnShown(e -> other.requestFocus());
        }
        dialog.showAndWait();
    }

    private boolean confirmFlagged(String name, String reason) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(root.getScene().getWindow());
        alert.setTitle(i18n.get("flag.confirm.title"));
        alert.getDialogPane().setId("flagConfirm");
        alert.setHeaderText(i18n.format("flag.confirm.header", name));
        // the tie joins the shown contact and the flagged one; the user is neither
        alert.setContentText(i18n.format("flag.confirm.body", reason, shownName.get(), name));
        ButtonType tie = new ButtonType(i18n.get("flag.confirm.tie"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("contacts.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(tie, cancel);
        return alert.showAndWait().orElse(cancel) == tie;
    }

    private ListCell<TieType> typeCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(TieType t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : i18n.get("tieType." + t.name()));
            }
        };
    }
}
