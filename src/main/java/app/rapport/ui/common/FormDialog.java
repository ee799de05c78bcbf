package app.rapport.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * The base of every form in a dialog (a tie, a logged interaction, an envelope, a passphrase): owned
 * by the window and in its look, titled in the user's language, with one button that says what it
 * does ("Save tie", "Log") and Cancel. The form's content usually comes from FXML.
 */
public class FormDialog extends Dialog<ButtonType> {
    private final ButtonType goAhead;

    /**
     * @param goAheadKey the bundle key of the button that does the work; Enter presses it
     */
    public FormDialog(Window owner, I18n i18n, String titleKey, String goAheadKey) {
        if (owner != null) {
            initOwner(owner);
            if (owner.getScene() != null) {
                getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            }
        }
        setTitle(i18n.get(titleKey));
        goAhead = new ButtonType(i18n.get(goAheadKey), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(goAhead,
                new ButtonType(i18n.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    /**
     * A dialog whose form saves each change at once (a tag's cadence): nothing to cancel, one Close
     * button ({@code dialog.close}), which Escape presses and Enter in a field does not.
     */
    public static FormDialog closeOnly(Window owner, I18n i18n, String titleKey) {
        FormDialog dialog = new FormDialog(owner, i18n, titleKey, "dialog.close");
        dialog.getDialogPane().getButtonTypes().removeIf(b -> b.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.goAheadButton().setDefaultButton(false);
        dialog.goAheadButton().setCancelButton(true);
        return dialog;
    }

    /** The form, with the room a dialog with a header gives even when this one has none. */
    public FormDialog form(Node content) {
        DialogContent.padded(this, content);
        return this;
    }

    /** The button that does the work: to disable it while the form cannot be saved, or to act on it. */
    public Button goAheadButton() {
        return (Button) getDialogPane().lookupButton(goAhead);
    }

    /** Shows the dialog and waits; true when the user pressed the button that does the work. */
    public boolean ask() {
        return showAndWait().filter(goAhead::equals).isPresent();
    }
}
