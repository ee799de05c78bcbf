package app.rapport.ui.calendar;

import app.rapport.ui.common.DialogSize;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FormDialog;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.Window;

/** The Calendar file dialog: binds {@link CalendarFileViewModel}. */
public final class CalendarFileView {
    private final CalendarFileViewModel vm;
    private final I18n i18n;
    private final FormDialog dialog;

    @FXML private Label file;
    @FXML private Label written;
    @FXML private Button choose;
    @FXML private Button writeNow;
    @FXML private Button stop;
    @FXML private CheckBox alarms;
    @FXML private ProgressIndicator busy;
    @FXML private Label error;

    public CalendarFileView(Window owner, CalendarFileViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        dialog = FormDialog.closeOnly(owner, i18n, "calendar.title");
        dialog.form(FxmlView.load(this, i18n));
        dialog.setResizable(true);
        vm.load();
    }

    @FXML
    private void initialize() {
        file.textProperty().bind(Bindings.createStringBinding(() -> vm.fileProperty().get() == null
                ? i18n.get("calendar.noFile") : i18n.format("calendar.file", vm.fileProperty().get().toString()),
                vm.fileProperty()));
        written.textProperty().bind(Bindings.createStringBinding(() -> vm.writtenProperty().get() == null
                ? i18n.get("calendar.neverWritten") : i18n.format("calendar.written", i18n.dateTime(vm.writtenProperty().get())),
                vm.writtenProperty()));
        vm.alarmsProperty().addListener((obs, old, on) -> alarms.setSelected(on));
        alarms.setOnAction(e -> vm.setAlarms(alarms.isSelected()));
        choose.setOnAction(e -> vm.chooseFile());
        writeNow.setOnAction(e -> vm.writeNow());
        stop.setOnAction(e -> vm.stop());
        choose.disableProperty().bind(vm.workingProperty());
        alarms.disableProperty().bind(vm.workingProperty());
        for (Button b : new Button[] {writeNow, stop}) {
            b.disableProperty().bind(vm.workingProperty().or(vm.fileProperty().isNull()));
        }
        busy.visibleProperty().bind(vm.workingProperty());
        ErrorText.bind(error, vm.errorKeyProperty(), i18n);
        DialogSize.refitOn(dialog, error.visibleProperty()); // a refusal's words pushed Close out of the dialog
    }

    public void showAndWait() {
        dialog.showAndWait();
    }
}
