package app.rapport.ui.backup;

import app.rapport.domain.backup.Backup;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FxDialogService;
import app.rapport.ui.common.FilePrompts;
import app.rapport.ui.common.DialogSize;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.PassphraseDialogs;
import java.io.File;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import org.kordamp.ikonli.javafx.FontIcon;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The Backups dialog: binds {@link BackupsViewModel}, asks before a restore, and picks files. */
public final class BackupsView {
    private final BackupsViewModel vm;
    private final I18n i18n;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final DateTimeFormatter dates;
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
        // in the locale's calendar, as every other date (the Buddhist era in Thai)
        this.dates = i18n.calendar(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT));
        Parent content = FxmlView.load(this, i18n);
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("backup.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);
        // as wide as its content asks (the theme holds every dialog to 600 pixels): the buttons and the
        // folder's path keep their whole words
        DialogSize.onShow(dialog, 760, 560);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(i18n.get("backup.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        vm.load();
    }

    @FXML
    private void initialize() {
        folder.setText(i18n.format("backup.folder", vm.folder().toString()));
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        dateColumn.setCellValueFactory(cd -> new SimpleStringProperty(dates.format(cd.getValue().takenAt())));
        sizeColumn.setCellValueFactory(cd -> new SimpleStringProperty(size(cd.getValue().size())));
        kindColumn.setCellValueFactory(cd -> new SimpleStringProperty(kindText(cd.getValue())));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Backup b, boolean empty) {
                super.updateItem(b, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("damaged"), !empty && b != null && b.damaged());
            }
        });
        kindColumn.setCellFactory(c -> new KindCell());
        vm.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());

        backUpNow.setOnAction(e -> vm.backUpNow());
        restore.setOnAction(e -> vm.restoreSelected());
        restoreFile.setOnAction(e -> chooseBackup());
        exportJson.setOnAction(e -> chooseJsonTarget());
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
                // not inside the property's change notification
                Platform.runLater(() -> vm.askToRestore(new FxDialogService(() -> i18n, this::window)));
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

    /** The kind of backup, with a lock when it is encrypted. */
    private final class KindCell extends TableCell<Backup, String> {
        @Override
        protected void updateItem(String kind, boolean empty) {
            super.updateItem(kind, empty);
            // by index: the row's own item may not be updated yet when its cells are
            Backup backup = empty || getIndex() < 0 || getIndex() >= getTableView().getItems().size() ? null
                    : getTableView().getItems().get(getIndex());
            setText(empty ? null : kind);
            if (backup != null && backup.encrypted()) {
                FontIcon lock = new FontIcon("mdi2l-lock");
                lock.getStyleClass().add("backup-lock");
                setGraphic(lock);
                setAccessibleText(kind + ", " + i18n.get("backup.kind.encrypted"));
                setTooltip(new javafx.scene.control.Tooltip(i18n.get("backup.kind.encrypted")));
            } else {
                setGraphic(null);
                setAccessibleText(null);
                setTooltip(null);
            }
        }
    }

    private void chooseJsonTarget() {
        File file = FilePrompts.save(dialog.getDialogPane().getScene().getWindow(), i18n.get("backup.chooser.export"),
                "rapport-" + LocalDate.now() + ".json",
                new FileChooser.ExtensionFilter(i18n.get("backup.chooser.filter.json"), "*.json"));
        if (file != null) {
            vm.exportJson(file.toPath());
        }
    }

    /** What the backup is, and a damaged one says so in words (not by colour alone). */
    private String kindText(Backup b) {
        String kind = i18n.get(switch (b.kind()) {
            case REGULAR -> "backup.kind.regular";
            case AT_START -> "backup.kind.atStart";
            case BEFORE_RESTORE -> "backup.kind.beforeRestore";
        });
        return b.damaged() ? i18n.format("backup.kind.damaged", kind) : kind;
    }

    private String size(long bytes) {
        return bytes < 1024 * 1024 ? i18n.format("backup.size.kb", Math.max(1, Math.round(bytes / 1024.0)))
                : i18n.format("backup.size.mb", bytes / (1024.0 * 1024.0));
    }

    private static Date date(LocalDateTime at) {
        return Date.from(at.atZone(ZoneId.systemDefault()).toInstant());
    }

    public void show() {
        dialog.show();
    }

    public void showAndWait() {
        dialog.showAndWait();
    }
}
