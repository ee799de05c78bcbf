package app.rapport.ui.cards;

import app.rapport.domain.cards.Envelope;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.TextField;

/** An envelope's addressee and salutation, as the rename dialog shows them. */
final class RenameForm {
    private final Parent root;
    @FXML private TextField renameAddressee;
    @FXML private TextField renameSalutation;

    RenameForm(I18n i18n, Envelope envelope) {
        root = FxmlView.load(this, i18n);
        renameAddressee.setText(envelope.addressee());
        renameSalutation.setText(envelope.salutation());
    }

    Parent root() {
        return root;
    }

    /** The new wording; empty when the addressee was left blank. */
    Optional<CardDialogs.Naming> naming() {
        return renameAddressee.getText().isBlank() ? Optional.empty()
                : Optional.of(new CardDialogs.Naming(renameAddressee.getText(), renameSalutation.getText()));
    }
}
