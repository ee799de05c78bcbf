package app.rapport.ui.backup;

import app.rapport.domain.backup.Backup;
import app.rapport.ui.common.DialogSize;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FilePrompts;
import app.rapport.ui.common.FormDialog;
import app.rapport.ui.common.FxDialogService;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.PassphraseDialogs;
import java.io.File;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The Backups dialog: binds {@link BackupsViewModel}; the passphrase forms and the backup file to restore are asked here. */
public final class BackupsView {
    private final BackupsViewModel vm;
    private final I18n i18n;
    private final FormDialog dialog;
    private Function<Window, File> restoreChooser = this::chooseBackupFile;

    @FXML private Label folder;
    @FXML private TableView<Backup> table;
    @FXML private TableColumn<Backup, String> dateColumn;
    @FXML private TableColumn<Backup, String> sizeColumn;
    @FXML private TableColumn<Backup, String> kindColumn;
    @FXML private Button backUpNow;
    @FXML private Button restore;
    @FXML private Button restoreFile;
    @FXML private Button exportJson;
    @FXML private Button encrypt;
    @FXML private Button stopEncrypting;
    @FXML private Label encryptionNote;
    @FXML private ProgressIndicator busy;
    @FXML private Label status;
    @FXML private Label error;

    public BackupsView(Window owner, BackupsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        dialog = FormDialog.closeOnly(owner, i18n, "backup.title");
        dialog.form(FxmlView.load(this, i18n));
        dialog.setResizable(true);
        // as wide as its content asks (the theme holds every dialog to 600 pixels): the buttons and the
        // folder's path keep their whole words
        DialogSize.onShow(dialog, 760, 560);
        vm.load();
    }

    @FXML
    private void initialize() {
        folder.setText(i18n.format("backup.folder", vm.folder().toString()));
        table.setItems(vm.rows());
        new BackupCells(i18n).install(table, dateColumn, sizeColumn, kindColumn);
        vm.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());

        backUpNow.setOnAction(e -> vm.backUpNow());
        restore.setOnAction(e -> vm.restoreSelected());
        restoreFile.setOnAction(e -> chooseBackup());
        exportJson.setOnAction(e -> vm.exportJson());
        encrypt.textProperty().bind(Bindings.when(vm.encryptingProperty())
                .then(i18n.get("backup.encryption.change")).otherwise(i18n.get("backup.encryption.start")));
        encrypt.setOnAction(e -> PassphraseDialogs.askNew(window(), i18n, vm.encryptingProperty().get())
                .ifPresent(vm::encryptBackups));
        stopEncrypting.setOnAction(e -> vm.stopEncrypting());
        for (Node n : new Node[] {stopEncrypting, encryptionNote}) {
            n.visibleProperty().bind(vm.encryptingProperty());
            n.managedProperty().bind(n.visibleProperty());
        }
        for (Button b : new Button[] {backUpNow, restoreFile, exportJson, encrypt, stopEncrypting}) {
            b.disableProperty().bind(vm.workingProperty());
        }
        restore.disableProperty().bind(vm.workingProperty().or(vm.selectedProperty().isNull()));
        busy.visibleProperty().bind(vm.workingProperty());
        status.textProperty().bind(Bindings.createStringBinding(() -> vm.statusProperty().get() == null ? ""
                : i18n.format(vm.statusProperty().get().key(), vm.statusProperty().get().args().toArray()), vm.statusProperty()));
        ErrorText.bind(error, vm.errorKeyProperty(), i18n);
        vm.pendingRestoreProperty().addListener((obs, old, plan) -> {
            if (plan != null) {
                Platform.runLater(vm::askToRestore); // not inside the property's change notification
            }
        });
        vm.passphraseRequestProperty().addListener((obs, old, request) -> {
            if (request != null) {
                Platform.runLater(() -> askPassphrase(request));
            }
        });
        vm.restoredProperty().addListener((obs, was, now) -> {
            if (now) {
                dialog.close();
            }
        });
    }

    private void askPassphrase(BackupsViewModel.PassphraseRequest request) {
        if (vm.passphraseRequestProperty().get() != request) {
            return; // answered or cancelled meanwhile
        }
        PassphraseDialogs.askToOpen(window(), i18n, request.file().getFileName().toString(), request.wrongBefore())
                .ifPresentOrElse(vm::restoreWith, vm::cancelPassphrase);
    }

    private void chooseBackup() {
        File file = restoreChooser.apply(window());
        if (file != null) {
            vm.restoreFrom(file.toPath());
        }
    }

    /** The system's chooser, opened in the folder the backups are kept in. */
    private File chooseBackupFile(Window owner) {
        return FilePrompts.open(owner, i18n.get("backup.chooser.restore"), vm.folder().toFile(),
                new FileChooser.ExtensionFilter(i18n.get("backup.chooser.filter.all"), "*.db", "*.json", "*.enc"));
    }

    /** Who picks the file "Restore from a file" restores: the system's chooser, or a test. */
    public void useRestoreChooser(Function<Window, File> chooser) {
        this.restoreChooser = chooser;
    }

    private Window window() {
        return dialog.getDialogPane().getScene().getWindow();
    }

    public void show() {
        dialog.show();
    }

    public void showAndWait() {
        dialog.showAndWait();
    }
}
