package app.rapport.ui.sync;

import app.rapport.ui.common.DialogService.Words;
import app.rapport.ui.common.DialogSize;
import app.rapport.ui.common.FormDialog;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** The Sync dialog: binds {@link SyncViewModel}. */
public final class SyncView {
    private final SyncViewModel vm;
    private final I18n i18n;
    private final FormDialog dialog;

    @FXML private TextField server;
    @FXML private TextField user;
    @FXML private PasswordField password;
    @FXML private CheckBox keepPassword;
    @FXML private TextField book;
    @FXML private Button preview;
    @FXML private CheckBox confirmDeletes;
    @FXML private Button sync;
    @FXML private ProgressIndicator busy;
    @FXML private Label summary;
    @FXML private Label error;
    @FXML private javafx.scene.layout.HBox conflictsRow;
    @FXML private Label conflictsWaiting;
    @FXML private Button showConflicts;
    private final java.util.function.Consumer<Window> conflictsDialog;

    /** @param conflictsDialog opens the Conflicts dialog over the given window and waits */
    public SyncView(Window owner, SyncViewModel vm, I18n i18n, java.util.function.Consumer<Window> conflictsDialog) {
        this.vm = vm;
        this.i18n = i18n;
        this.conflictsDialog = conflictsDialog;
        dialog = FormDialog.closeOnly(owner, i18n, "sync.title");
        dialog.form(FxmlView.load(this, i18n));
        dialog.setResizable(true);
    }

    @FXML
    private void initialize() {
        server.textProperty().bindBidirectional(vm.serverProperty());
        user.textProperty().bindBidirectional(vm.userProperty());
        password.textProperty().bindBidirectional(vm.passwordProperty());
        book.textProperty().bindBidirectional(vm.bookProperty());
        keepPassword.selectedProperty().bindBidirectional(vm.keepPasswordProperty());
        confirmDeletes.selectedProperty().bindBidirectional(vm.confirmDeletesProperty());
        preview.disableProperty().bind(vm.canPreviewBinding().not());
        preview.setOnAction(e -> vm.preview());
        confirmDeletes.disableProperty().bind(vm.workingProperty().or(vm.deletesCountedBinding().not()));
        sync.disableProperty().bind(vm.workingProperty().or(vm.previewProperty().isNull()));
        sync.setOnAction(e -> vm.sync());
        busy.visibleProperty().bind(vm.workingProperty());
        summary.textProperty().bind(Bindings.createStringBinding(() -> vm.summaryProperty().get().stream()
                .map(this::say).collect(Collectors.joining("\n")), vm.summaryProperty()));
        error.textProperty().bind(Bindings.createStringBinding(() -> vm.errorProperty().get() == null ? ""
                : say(vm.errorProperty().get()), vm.errorProperty()));
        error.visibleProperty().bind(vm.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        conflictsWaiting.textProperty().bind(Bindings.createStringBinding(() -> i18n.format("sync.conflictsWaiting",
                vm.openConflictsProperty().get()), vm.openConflictsProperty()));
        conflictsRow.visibleProperty().bind(vm.openConflictsProperty().greaterThan(0));
        conflictsRow.managedProperty().bind(conflictsRow.visibleProperty());
        showConflicts.disableProperty().bind(vm.workingProperty());
        showConflicts.setOnAction(e -> conflictsDialog.accept(showConflicts.getScene().getWindow()));
        DialogSize.refitOn(dialog, conflictsRow.visibleProperty());
        // the preview's and the result's words, or a refusal, would push Close out of the dialog
        DialogSize.refitOn(dialog, error.textProperty());
        DialogSize.refitOn(dialog, summary.textProperty());
    }

    private String say(Words words) {
        return i18n.format(words.key(), words.args().toArray());
    }

    public void showAndWait() {
        dialog.showAndWait();
    }
}
