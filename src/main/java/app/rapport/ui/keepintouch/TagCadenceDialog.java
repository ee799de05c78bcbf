package app.rapport.ui.keepintouch;

import app.rapport.domain.keepintouch.Cadence;
import app.rapport.ui.common.DialogSize;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FormDialog;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import app.rapport.ui.keepintouch.TagCadenceViewModel.Row;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/**
 * Shows and sets the default cadence of each tag (TagCadenceDialog.fxml). Set saves the chosen tag's
 * cadence at once, so the dialog has nothing to cancel: its one button closes it.
 */
public final class TagCadenceDialog {
    private final TagCadenceViewModel vm;
    private final FormDialog dialog;

    @FXML private TableView<Row> table;
    @FXML private TableColumn<Row, String> tagColumn;
    @FXML private TableColumn<Row, String> everyColumn;
    @FXML private Label chosen;
    @FXML private TextField amount;
    @FXML private ComboBox<Cadence.Unit> unit;
    @FXML private Button set;
    @FXML private Label error;

    public TagCadenceDialog(Window owner, TagCadenceViewModel vm, I18n i18n) {
        this.vm = vm;
        dialog = FormDialog.closeOnly(owner, i18n, "tagCadence.title"); // each Set is saved at once
        dialog.setHeaderText(i18n.get("tagCadence.header"));
        Parent content = FxmlView.load(this, i18n);
        dialog.getDialogPane().setContent(content);

        table.setItems(vm.rows());
        tagColumn.setCellValueFactory(cd -> new SimpleStringProperty(cd.getValue().tag()));
        everyColumn.setCellValueFactory(cd -> new SimpleStringProperty(cd.getValue().cadence() == null ? ""
                : cd.getValue().cadence().amount() + " " + i18n.get("cadence.unit." + cd.getValue().cadence().unit().name())));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                vm.tagProperty().set(row.tag());
            }
        });
        chosen.textProperty().bind(vm.tagProperty());
        amount.textProperty().bindBidirectional(vm.amountProperty());
        unit.getItems().setAll(Cadence.Unit.values());
        unit.setCellFactory(v -> unitCell(i18n));
        unit.setButtonCell(unitCell(i18n));
        unit.valueProperty().bindBidirectional(vm.unitProperty());
        set.disableProperty().bind(vm.tagProperty().isNull());
        ErrorText.bind(error, vm.errorKeyProperty(), i18n);
        // a long tag moves the setting onto a second row, an error adds a line: the dialog grows to them
        DialogSize.refitOn(dialog, vm.tagProperty());
        DialogSize.refitOn(dialog, error.textProperty());
        vm.load();
    }

    @FXML private void set() {
        vm.save();
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
