package app.rapport.ui.common;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;

/** A new passphrase typed twice, with the warning that a lost one cannot be recovered, for any dialog. */
public final class NewPassphraseForm {
    private final Parent root;
    @FXML private PasswordField newPassphrase;
    @FXML private PasswordField repeatPassphrase;
    @FXML private Label note;
    @FXML private Label passphraseError;

    /** @param noteKey the warning under the fields ("passphrase.note.lost") */
    public NewPassphraseForm(I18n i18n, String noteKey) {
        root = FxmlView.load(this, i18n);
        note.setText(i18n.get(noteKey));
        passphraseError.managedProperty().bind(passphraseError.visibleProperty());
    }

    public Parent root() {
        return root;
    }

    public PasswordField first() {
        return newPassphrase;
    }

    public PasswordField second() {
        return repeatPassphrase;
    }

    /** What is wrong with the two as typed (too short, different), shown under them; null hides it. */
    public void showProblem(String text) {
        passphraseError.setText(text);
        passphraseError.setVisible(text != null);
    }

    /** Nothing typed outlives the dialog. */
    public void clear() {
        newPassphrase.clear();
        repeatPassphrase.clear();
    }
}
