package app.rapport.ui.contacts;

import app.rapport.domain.contacts.ContactSummary;
import app.rapport.domain.ties.TieType;
import app.rapport.domain.ties.TieView;
import app.rapport.service.contacts.ContactService;
import app.rapport.ui.common.ContactPicker;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FormDialog;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.TaskRunner;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;

/** Adds a tie from the shown contact, or with an existing tie changes it (its other end stays). Binds and forwards. */
final class TieDialog {
    private final TiesViewModel vm;
    private final I18n i18n;
    private final TieView existing;
    private final FormDialog dialog;
    private ContactPicker other;

    @FXML private StackPane otherHost;
    @FXML private Label otherName;
    @FXML private ComboBox<TieType> tieType;
    @FXML private Spinner<Integer> strength;
    @FXML private DatePicker since;
    @FXML private TextField note;
    @FXML private Label error;

    /**
     * @param header the dialog's header: "Add a tie for Anna", or the tie as it reads now
     */
    TieDialog(Window owner, TiesViewModel vm, I18n i18n, ContactService contacts, TaskRunner runner,
              TieView existing, String shownName, String header) {
        this.vm = vm;
        this.i18n = i18n;
        this.existing = existing;
        Node form = FxmlView.load(this, i18n);
        dialog = new FormDialog(owner, i18n, existing == null ? "ties.add" : "ties.edit", "ties.add.save");
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(form);
        Button save = dialog.goAheadButton();
        save.setId("tieSave");
        if (existing == null) {
            other = new ContactPicker(contacts, runner, i18n);
            other.setId("tieOther");
            otherHost.getChildren().setAll(other);
            save.disableProperty().bind(other.selectedProperty().isNull());
            dialog.setOnShown(e -> other.requestFocus());
        }
        // the dialog stays open until the tie is stored; a refusal shows in it
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            save(shownName);
        });
    }

    @FXML
    private void initialize() {
        tieType.getItems().setAll(TieType.values());
        tieType.setCellFactory(v -> typeCell());
        tieType.setButtonCell(typeCell());
        strength.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 5, 3));
        i18n.calendar(since);
        ErrorText.bind(error, vm.errorKeyProperty(), i18n);
        tieType.setValue(existing == null ? TieType.COLLEAGUE : existing.type());
        if (existing != null) {
            otherName.setText(existing.otherName());
            strength.getValueFactory().setValue(existing.tie().strength());
            since.setValue(existing.tie().since());
            note.setText(existing.tie().note());
        }
    }

    private void save(String shownName) {
        if (existing != null) {
            vm.update(existing, tieType.getValue(), strength.getValue(), since.getValue(), note.getText(), dialog::close);
            return;
        }
        ContactSummary chosen = other.selectedProperty().get();
        if (chosen == null) {
            other.requestFocus();
            return;
        }
        vm.add(chosen.id(), chosen.displayName(), shownName, tieType.getValue(), strength.getValue(), since.getValue(),
                note.getText(), dialog::close);
    }

    void showAndWait() {
        dialog.showAndWait();
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
