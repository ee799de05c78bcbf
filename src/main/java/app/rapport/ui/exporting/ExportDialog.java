package app.rapport.ui.exporting;

import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.PassphraseDialogs;
import app.rapport.ui.common.SaveChooser;
import java.io.File;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Export: choose the format and which contacts, then the file. */
public final class ExportDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private BiFunction<Window, ExportViewModel, File> saveChooser;

    public ExportDialog(Window owner, ExportViewModel vm, I18n i18n, java.util.List<String> tags,
                        Consumer<String> onDone) {
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("export.title"));
        dialog.setHeaderText(i18n.get("export.header"));
        ButtonType save = new ButtonType(i18n.get("export.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("contacts.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);

        ComboBox<ExportViewModel.Format> format = new ComboBox<>();
        format.setId("exportFormat");
        format.getItems().setAll(ExportViewModel.Format.values());
        format.valueProperty().bindBidirectional(vm.formatProperty());
        format.setCellFactory(v -> new FormatCell(i18n));
        format.setButtonCell(new FormatCell(i18n));
        ComboBox<String> tag = new ComboBox<>();
        tag.setId("exportTag");
        tag.getItems().add("");
        tag.getItems().addAll(tags);
        tag.valueProperty().bindBidirectional(vm.tagProperty());
        tag.setCellFactory(v -> new TagCell(i18n));
        tag.setButtonCell(new TagCell(i18n));
        javafx.scene.control.CheckBox shown = new javafx.scene.control.CheckBox(i18n.get("export.shown"));
        shown.setId("exportShown");
        shown.selectedProperty().bindBidirectional(vm.onlyShownProperty());
        shown.disableProperty().bind(vm.formatProperty().isEqualTo(ExportViewModel.Format.JSON));
        tag.disableProperty().bind(vm.formatProperty().isEqualTo(ExportViewModel.Format.JSON).or(vm.onlyShownProperty()));
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        ErrorText.bind(error, vm.errorKeyProperty(), i18n);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(i18n.get("export.format")), format);
        grid.addRow(1, new Label(i18n.get("export.which")), tag);
        grid.add(shown, 1, 2);
        javafx.scene.control.CheckBox encrypt = new javafx.scene.control.CheckBox(i18n.get("export.encrypt"));
        encrypt.setId("exportEncrypt");
        encrypt.selectedProperty().bindBidirectional(vm.encryptProperty());
        encrypt.visibleProperty().bind(vm.formatProperty().isEqualTo(ExportViewModel.Format.JSON));
        encrypt.managedProperty().bind(encrypt.visibleProperty());
        PasswordField passphrase = new PasswordField();
        passphrase.setId("exportPassphrase");
        passphrase.textProperty().bindBidirectional(vm.passphraseProperty());
        PasswordField repeat = new PasswordField();
        repeat.setId("exportPassphraseRepeat");
        repeat.textProperty().bindBidirectional(vm.passphraseRepeatProperty());
        Node passphraseForm = PassphraseDialogs.newPassphraseForm(i18n, passphrase, repeat, "export.encrypt.note");
        passphraseForm.visibleProperty().bind(encrypt.visibleProperty().and(vm.encryptProperty()));
        passphraseForm.managedProperty().bind(passphraseForm.visibleProperty());
        passphraseForm.visibleProperty().addListener((obs, was, now) -> dialog.getDialogPane().getScene().getWindow().sizeToScene());
        dialog.getDialogPane().setContent(new VBox(10, grid, encrypt, passphraseForm, error));
        dialog.setOnHidden(e -> { // nothing typed outlives the dialog
            vm.passphraseProperty().set("");
            vm.passphraseRepeatProperty().set("");
        });
        saveChooser = (window, model) -> {
            ExportViewModel.Format f = model.formatProperty().get();
            return SaveChooser.ask(window, i18n, model.suggestedFileName(), i18n.get("export.format." + f.name()),
                    model.encrypts() ? "enc" : f.extension());
        };

        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (!vm.readyToChooseFile()) {
                return;
            }
            File file = saveChooser.apply(dialog.getDialogPane().getScene().getWindow(), vm);
            if (file != null) {
                vm.export(file.toPath(), count -> {
                    onDone.accept(count < 0 ? i18n.format("export.done.backup", file.getName())
                            : i18n.format("export.done", count, file.getName()));
                    dialog.setResult(save);
                    dialog.close();
                });
            }
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
        this.saveChooser = chooser;
    }

    private static final class FormatCell extends ListCell<ExportViewModel.Format> {
        private final I18n i18n;

        FormatCell(I18n i18n) {
            this.i18n = i18n;
        }

        @Override
        protected void updateItem(ExportViewModel.Format f, boolean empty) {
            super.updateItem(f, empty);
            setText(empty || f == null ? null : i18n.get("export.format." + f.name()));
        }
    }

    private static final class TagCell extends ListCell<String> {
        private final I18n i18n;

        TagCell(I18n i18n) {
            this.i18n = i18n;
        }

        @Override
        protected void updateItem(String t, boolean empty) {
            super.updateItem(t, empty);
            setText(empty || t == null ? null : t.isEmpty() ? i18n.get("export.all") : i18n.format("export.tagged", t));
        }
    }
}
