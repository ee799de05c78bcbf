package app.rapport.ui.common;

import app.rapport.io.encryption.Passphrase;
import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Window;

/**
 * Asking for passphrases: a new one typed twice (with the warning that a lost one cannot be
 * recovered), or the one that opens an encrypted file. What was typed leaves the dialog only as a
 * {@link Passphrase}, and the fields are emptied when it closes.
 */
public final class PassphraseDialogs {
    /** The form that asks for the passphrase opening a file ({@code OpenPassphraseForm.fxml}). */
    static final class OpenPassphraseForm {
        final Parent root;
        @FXML PasswordField openPassphrase;
        @FXML Label passphraseError;

        OpenPassphraseForm(I18n i18n) {
            root = FxmlView.load(this, i18n);
            passphraseError.managedProperty().bind(passphraseError.visibleProperty());
        }
    }

    private PassphraseDialogs() {
    }

    /**
     * Asks for a new passphrase twice; the button stays until both agree and are long enough.
     *
     * @param change true when one is set already: the note then says older backups keep theirs
     */
    public static Optional<Passphrase> askNew(Window owner, I18n i18n, boolean change) {
        NewPassphraseForm form = new NewPassphraseForm(i18n, change ? "passphrase.note.change" : "passphrase.note.lost");
        FormDialog dialog = dialog(owner, i18n, change ? "passphrase.change.title" : "passphrase.set.title",
                "passphrase.set.ok", form.root());
        dialog.setHeaderText(i18n.get(change ? "passphrase.change.header" : "passphrase.set.header"));
        dialog.goAheadButton().addEventFilter(ActionEvent.ACTION, e -> {
            String problem = NewPassphrase.problem(form.first().getText(), form.second().getText());
            if (problem != null) {
                e.consume();
                form.showProblem(i18n.get(problem));
            }
        });
        Platform.runLater(form.first()::requestFocus);
        Optional<Passphrase> answer = dialog.ask() ? Optional.of(Passphrase.of(form.first().getText())) : Optional.empty();
        form.clear();
        return answer;
    }

    /** Asks for the passphrase that opens {@code fileName}; {@code wrongBefore} says the last one did not. */
    public static Optional<Passphrase> askToOpen(Window owner, I18n i18n, String fileName, boolean wrongBefore) {
        OpenPassphraseForm form = new OpenPassphraseForm(i18n);
        FormDialog dialog = dialog(owner, i18n, "passphrase.open.title", "passphrase.open.ok", form.root);
        dialog.setHeaderText(i18n.format("passphrase.open.header", fileName));
        if (wrongBefore) {
            form.passphraseError.setText(i18n.get("backup.error.wrongPassphrase"));
            form.passphraseError.setVisible(true);
        }
        dialog.goAheadButton().disableProperty().bind(form.openPassphrase.textProperty().isEmpty());
        Platform.runLater(form.openPassphrase::requestFocus);
        Optional<Passphrase> answer = dialog.ask() ? Optional.of(Passphrase.of(form.openPassphrase.getText()))
                : Optional.empty();
        form.openPassphrase.clear();
        return answer;
    }

    private static FormDialog dialog(Window owner, I18n i18n, String titleKey, String goAheadKey, Parent content) {
        FormDialog dialog = new FormDialog(owner, i18n, titleKey, goAheadKey);
        dialog.getDialogPane().getStyleClass().add("passphrase-dialog");
        dialog.getDialogPane().setContent(content);
        return dialog;
    }
}
