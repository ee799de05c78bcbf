package app.rapport.ui.keepintouch;

import app.rapport.domain.Cadence;
import app.rapport.ui.common.DialogSize;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.I18n;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Shows and sets the default cadence of each tag. */
public final class TagCadenceDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();

    public TagCadenceDialog(Window owner, TagCadenceViewModel vm, I18n i18n) {
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("tagCadence.title"));
        dialog.setHeaderText(i18n.get("tagCadence.header"));
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(i18n.get("tagCadence.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());

        TableView<TagCadenceViewModel.Row> table = new TableView<>(vm.rows());
        table.setPrefHeight(260);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.get("tagCadence.noTags")));
        TableColumn<TagCadenceViewModel.Row, String> tag = new TableColumn<>(i18n.get("editor.tags"));
        tag.setCellValueFactory(cd -> new SimpleStringProperty(cd.getValue().tag()));
        TableColumn<TagCadenceViewModel.Row, String> every = new TableColumn<>(i18n.get("rel.cadence"));
        every.setCellValueFactory(cd -> new SimpleStringProperty(cd.getValue().cadence() == null ? ""
                : cd.getValue().cadence().amount() + " " + i18n.get("cadence.unit." + cd.getValue().cadence().unit().name())));
        table.getColumns().add(tag);
        table.getColumns().add(every);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                vm.tagProperty().set(row.tag());
            }
        });

        Label chosen = new Label();
        chosen.textProperty().bind(vm.tagProperty());
        chosen.getStyleClass().add("section-title");
        TextField amount = new TextField();
        amount.setPrefColumnCount(6);
        amount.setMinWidth(Region.USE_PREF_SIZE);
        amount.setPromptText(i18n.get("rel.cadence.none"));
        amount.textProperty().bindBidirectional(vm.amountProperty());
        ComboBox<Cadence.Unit> unit = new ComboBox<>();
        unit.getItems().setAll(Cadence.Unit.values());
        unit.setCellFactory(v -> unitCell(i18n));
        unit.setButtonCell(unitCell(i18n));
        unit.valueProperty().bindBidirectional(vm.unitProperty());
        Button set = new Button(i18n.get("tagCadence.set"));
        set.getStyleClass().add("accent");
        set.disableProperty().bind(vm.tagProperty().isNull());
        set.setOnAction(e -> vm.save());
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        ErrorText.bind(error, vm.errorKeyProperty(), i18n);
        // a flow: a long tag or longer words in other languages move the rest onto a second row
        Label everyLabel = new Label(i18n.get("rel.cadence"));
        for (Region r : new Region[] {chosen, everyLabel, unit, set}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox setting = new HBox(8, everyLabel, amount, unit, set);
        setting.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        FlowPane form = new FlowPane(8, 6, chosen, setting);
        form.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        dialog.getDialogPane().setContent(new VBox(10, table, form, error));
        // a long tag moves the setting onto a second row, an error adds a line: the dialog grows to them
        DialogSize.refitOn(dialog, vm.tagProperty());
        DialogSize.refitOn(dialog, error.textProperty());
        vm.load();
    }

    private static ListCell<Cadence.Unit> unitCell(I18n i18n) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Cadence.Unit u, boolean empty) {
                super.updateItem(u, empty);
                setText(empty || u == null ? null : i18n.get("cadence.unit." + u.name()));
            }
        };
    }

    public void showAndWait() {
        dialog.showAndWait();
    }
}
