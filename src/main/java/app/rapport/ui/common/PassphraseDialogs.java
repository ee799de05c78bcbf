package app.rapport.ui.common;

import app.rapport.io.encryption.Passphrase;
import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asking for passphrases: a new one typed twice (with the warning that a lost one cannot be
 * recovered), or the one that opens an encrypted file. What was typed leaves the dialog only as a
 * {@link Passphrase}, and the fields are emptied when it closes.
 */
public final class PassphraseDialogs {
    private PassphraseDialogs() {
    }

    /** The two fields for a new passphrase and the warning under them, for a dialog of one's own. */
    public static Node newPassphraseForm(I18n i18n, PasswordField first, PasswordField second, String noteKey) {
        first.setId(first.getId() == null ? "newPassphrase" : first.getId());
        second.setId(second.getId() == null ? "repeatPassphrase" : second.getId());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(i18n.get("passphrase.new")), first);
        grid.addRow(1, new Label(i18n.get("passphrase.repeat")), second);
        Label note = new Label(i18n.get(noteKey));
        note.setWrapText(true);
        note.setMinHeight(Label.USE_PREF_SIZE);
        note.setMaxWidth(460);
        note.getStyleClass().add("welcome-detail");
        return new VBox(8, grid, note);
    }

    /**
     * Asks for a new passphrase twice; OK stays until both agree and are long enough.
     *
     * @param change true when one is set already: the note then says older backups keep theirs
     */
    public static Optional<Passphrase> askNew(Window owner, I18n i18n, boolean change) {
        Dialog<ButtonType> dialog = dialog(owner, i18n, change ? "passphrase.change.title" : "passphrase.set.title");
        dialog.setHeaderText(i18n.get(change ? "passphrase.change.header" : "passphrase.set.header"));
        PasswordField first = new PasswordField();
        PasswordField second = new PasswordField();
        Label error = errorLabel();
        dialog.getDialogPane().setContent(new VBox(10, newPassphraseForm(i18n, first, second,
                change ? "passphrase.note.change" : "passphrase.note.lost"), error));
        ButtonType ok = new ButtonType(i18n.get("passphrase.set.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(i18n.get("backup.confirm.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            String problem = NewPassphrase.problem(first.getText(), second.getText());
            if (problem != null) {
                e.consume();
                error.setText(i18n.get(problem));
                error.setVisible(true);
            }
        });
        Platform.runLater(first::requestFocus);
        Optional<Passphrase> answer = dialog.showAndWait().filter(ok::equals).map(b -> Passphrase.of(first.getText()));
        first.clear();
        second.clear();
        return answer;
    }

    /** Asks for the passphrase that opens {@code fileName}; {@code wrongBefore} says the last one did not. */
    public static Optional<Passphrase> askToOpen(Window owner, I18n i18n, String fileName, boolean wrongBefore) {
        Dialog<ButtonType> dialog = dialog(owner, i18n, "passphrase.open.title");
        dialog.setHeaderText(i18n.format("passphrase.open.header", fileName));
        PasswordField field = new PasswordField();
        field.setId("openPassphrase");
        Label error = errorLabel();
        if (wrongBefore) {
            error.setText(i18n.get("backup.error.wrongPassphrase"));
            error.setVisible(true);
        }
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.addRow(0, new Label(i18n.get("passphrase.open.label")), field);
        dialog.getDialogPane().setContent(new VBox(10, grid, error));
        ButtonType open = new ButtonType(i18n.get("passphrase.open.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(open, new ButtonType(i18n.get("backup.confirm.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Button openButton = (Button) dialog.getDialogPane().lookupButton(open);
        openButton.disableProperty().bind(field.textProperty().isEmpty());
        Platform.runLater(field::requestFocus);
        Optional<Passphrase> answer = dialog.showAndWait().filter(open::equals).map(b -> Passphrase.of(field.getText()));
        field.clear();
        return answer;
    }

    private static Dialog<ButtonType> dialog(Window owner, I18n i18n, String titleKey) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get(titleKey));
        dialog.getDialogPane().getStyleClass().add("passphrase-dialog");
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        return dialog;
    }

    private static Label errorLabel() {
        Label error = new Label();
        error.setId("passphraseError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(460);
        error.setVisible(false);
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }
}
