package app.rapport.ui.contacts;

import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FormDialog;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.Notifier;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** "Remind me": a follow-up with the shown contact on a day, proposed from the cadence. Binds and forwards. */
final class FollowUpDialog {
    private final TimelineViewModel vm;
    private final I18n i18n;
    private final FormDialog dialog;

    @FXML private DatePicker on;
    @FXML private TextField note;
    @FXML private Label error;

    FollowUpDialog(Window owner, TimelineViewModel vm, I18n i18n, Notifier notifier, String shownName) {
        this.vm = vm;
        this.i18n = i18n;
        Node form = FxmlView.load(this, i18n);
        dialog = new FormDialog(owner, i18n, "followUp.add", "followUp.save");
        dialog.setHeaderText(i18n.format("followUp.header", shownName));
        dialog.getDialogPane().setContent(form);
        // the dialog stays open until the reminder is stored; a refusal shows in it
        dialog.goAheadButton().addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.remindMe(on.getValue(), note.getText(), () -> {
                dialog.close();
                notifier.show(i18n.format("followUp.saved", i18n.date(on.getValue())), null, null);
            });
        });
    }

    @FXML
    private void initialize() {
        on.setValue(vm.proposedFollowUp());
        i18n.calendar(on);
        ErrorText.bind(error, vm.errorKeyProperty(), i18n);
    }

    void showAndWait() {
        dialog.showAndWait();
    }
}
