package app.rapport.ui.exporting;

import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FormDialog;
import app.rapport.ui.common.FxDialogService;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.NewPassphraseForm;
import app.rapport.ui.common.TextCells;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;

/** Export: choose the format and which contacts, then the file. */
public final class ExportDialog {
    private final FormDialog dialog;
    private final ExportViewModel vm;
    private DialogService dialogs;

    @FXML private ComboBox<ExportViewModel.Format> exportFormat;
    @FXML private ComboBox<String> exportTag;
    @FXML private CheckBox exportShown;
    @FXML private CheckBox exportEncrypt;
    @FXML private StackPane passphraseBox;
    @FXML private Label exportError;

    public ExportDialog(Window owner, ExportViewModel vm, I18n i18n, List<String> tags, Consumer<String> onDone) {
        this.vm = vm;
        Parent content = FxmlView.load(this, i18n);
        dialog = new FormDialog(owner, i18n, "export.title", "export.save");
        dialog.setHeaderText(i18n.get("export.header"));
        dialog.getDialogPane().setContent(content);
        dialogs = new FxDialogService(() -> i18n, () -> dialog.getDialogPane().getScene().getWindow());

        exportFormat.getItems().setAll(ExportViewModel.Format.values());
        exportFormat.valueProperty().bindBidirectional(vm.formatProperty());
        TextCells.label(exportFormat, f -> i18n.get("export.format." + f.name()));
        exportTag.getItems().add("");
        exportTag.getItems().addAll(tags);
        exportTag.valueProperty().bindBidirectional(vm.tagProperty());
        TextCells.label(exportTag, t -> t.isEmpty() ? i18n.get("export.all") : i18n.format("export.tagged", t));
        var json = vm.formatProperty().isEqualTo(ExportViewModel.Format.JSON);
        exportShown.selectedProperty().bindBidirectional(vm.onlyShownProperty());
        exportShown.disableProperty().bind(json);
        exportTag.disableProperty().bind(json.or(vm.onlyShownProperty()));
        exportEncrypt.selectedProperty().bindBidirectional(vm.encryptProperty());
        exportEncrypt.visibleProperty().bind(json);
        exportEncrypt.managedProperty().bind(exportEncrypt.visibleProperty());

        NewPassphraseForm passphrase = new NewPassphraseForm(i18n, "export.encrypt.note");
        passphrase.first().setId("exportPassphrase");
        passphrase.second().setId("exportPassphraseRepeat");
        passphrase.first().textProperty().bindBidirectional(vm.passphraseProperty());
        passphrase.second().textProperty().bindBidirectional(vm.passphraseRepeatProperty());
        passphraseBox.getChildren().setAll(passphrase.root());
        passphraseBox.visibleProperty().bind(json.and(vm.encryptProperty()));
        passphraseBox.managedProperty().bind(passphraseBox.visibleProperty());
        passphraseBox.visibleProperty().addListener((obs, was, now) -> dialog.getDialogPane().getScene().getWindow().sizeToScene());
        ErrorText.bind(exportError, vm.errorKeyProperty(), i18n);
        dialog.setOnHidden(e -> { // nothing typed outlives the dialog
            vm.passphraseProperty().set("");
            vm.passphraseRepeatProperty().set("");
        });

        // the dialog stays open until the file is written; the view-model checks, asks for the file, writes
        dialog.goAheadButton().addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.chooseFileAndExport(dialogs, done -> {
                onDone.accept(i18n.format(done.key(), done.args().toArray()));
                dialog.close();
            });
        });
    }

    public void showAndWait() {
        dialog.showAndWait();
    }

    public void show() {
        dialog.show();
    }

    /** Who picks the file to write: the system's "Save as" chooser, or a test. */
    public void useSaveChooser(BiFunction<Window, ExportViewModel, File> chooser) {
        DialogService rest = dialogs;
        dialogs = new DialogService() {
            @Override
            public Optional<Path> saveFile(Words title, String suggestedName, FileType type) {
                return Optional.ofNullable(chooser.apply(dialog.getDialogPane().getScene().getWindow(), vm))
                        .map(File::toPath);
            }

            @Override
            public boolean confirm(Question question) {
                return rest.confirm(question);
            }

            @Override
            public Leave askBeforeLeaving(Question question) {
                return rest.askBeforeLeaving(question);
            }

            @Override
            public void showError(Words header, Words message) {
                rest.showError(header, message);
            }

            @Override
            public <T> Optional<T> chooseOne(OneOf<T> question) {
                return rest.chooseOne(question);
            }

            @Override
            public Optional<Path> openFile(Words title, FileType... types) {
                return rest.openFile(title, types);
            }

            @Override
            public List<Path> openFiles(Words title, FileType... types) {
                return rest.openFiles(title, types);
            }
        };
    }
}
