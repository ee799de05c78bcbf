package app.rapport.ui.backup;

import app.rapport.service.RestorePlan;
import app.rapport.ui.common.I18n;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The question before a restore, wherever it starts: what will be replaced, and by what. */
final class RestoreConfirmation {
    private RestoreConfirmation() {
    }

    /** @return true when the user said yes */
    static boolean ask(Window owner, I18n i18n, RestorePlan plan) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle(i18n.get("backup.confirm.title"));
        alert.setHeaderText(i18n.get("backup.confirm.header"));
        alert.setContentText(plan.takenAt() == null
                ? i18n.format("backup.confirm.undated", plan.contactsNow(), plan.contactsInBackup(), plan.source().getFileName())
                : i18n.format("backup.confirm", plan.contactsNow(), plan.contactsInBackup(), date(plan.takenAt())));
        ButtonType yes = new ButtonType(i18n.get("backup.confirm.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(i18n.get("backup.confirm.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(no, yes);
        ((Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false); // replacing data is never the default
        ((Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    static Date date(LocalDateTime at) {
        return Date.from(at.atZone(ZoneId.systemDefault()).toInstant());
    }
}
