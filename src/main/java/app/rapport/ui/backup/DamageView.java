package app.rapport.ui.backup;

import app.rapport.io.exporting.VCardExport;
import app.rapport.service.RestorePlan;
import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.I18n;
import app.rapport.ui.common.SaveChooser;
import java.io.File;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Shown in place of the workspace when the database turns out to be damaged: what happened in plain
 * words, and the three ways on (restore the last good backup, save what can be read, quit).
 */
public final class DamageView {
    private final DamageViewModel vm;
    private final I18n i18n;
    private final VBox root = new VBox(14);

    public DamageView(DamageViewModel vm, I18n i18n, Runnable quit) {
        this.vm = vm;
        this.i18n = i18n;
        // in the locale's calendar, as every other date (the Buddhist era in Thai)
        DateTimeFormatter dates = i18n.calendar(
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT));
        root.setId("damageView");
        root.setPadding(new Insets(32));
        root.setMaxWidth(720);
        root.setAlignment(Pos.TOP_LEFT);

        Label header = new Label(i18n.get("damage.header"), new FontIcon("mdi2a-alert-circle-outline"));
        header.setId("damageHeader");
        header.getStyleClass().add("title-3");
        header.setWrapText(true);
        Label body = new Label(i18n.get("damage.body"));
        body.setId("damageBody");
        body.setWrapText(true);
        Label backup = new Label();
        backup.setId("damageBackup");
        backup.setWrapText(true);
        backup.textProperty().bind(Bindings.createStringBinding(() -> !vm.searchedProperty().get() ? i18n.get("damage.searching")
                : vm.lastGoodProperty().get() == null ? i18n.get("damage.noBackup")
                : i18n.format("damage.lastGood", dates.format(vm.lastGoodProperty().get().takenAt())),
                vm.searchedProperty(), vm.lastGoodProperty()));

        Button restore = new Button(i18n.get("damage.restore"), new FontIcon("mdi2b-backup-restore"));
        restore.setId("restoreLastGood");
        restore.setDefaultButton(true);
        restore.disableProperty().bind(vm.lastGoodProperty().isNull().or(vm.restore().workingProperty())
                .or(vm.workingProperty()));
        restore.setOnAction(e -> vm.restoreLastGood());
        Button save = new Button(i18n.get("damage.save"), new FontIcon("mdi2c-content-save-outline"));
        save.setId("saveReadable");
        save.disableProperty().bind(vm.workingProperty().or(vm.restore().workingProperty()));
        save.setOnAction(e -> chooseTarget());
        Button quitButton = new Button(i18n.get("damage.quit"));
        quitButton.setId("quitDamaged");
        quitButton.setOnAction(e -> quit.run());
        HBox buttons = new HBox(10, restore, save, quitButton);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("damageStatus");
        status.setWrapText(true);
        status.textProperty().bind(Bindings.createStringBinding(() -> text(vm.restore().statusProperty().get() != null
                ? vm.restore().statusProperty().get() : vm.statusProperty().get()),
                vm.statusProperty(), vm.restore().statusProperty()));
        Label error = new Label();
        error.setId("damageError");
        error.setWrapText(true);
        error.getStyleClass().add("field-error");
        ErrorText.bind(error, vm.restore().errorKeyProperty(), i18n);

        root.getChildren().addAll(header, body, backup, buttons, status, error);
        vm.restore().pendingRestoreProperty().addListener((obs, old, plan) -> {
            if (plan != null) {
                Platform.runLater(() -> confirm(plan)); // not inside the property's change notification
            }
        });
        vm.load();
    }

    private String text(BackupsViewModel.Message m) {
        return m == null ? "" : i18n.format(m.key(), m.args().toArray());
    }

    private void confirm(RestorePlan plan) {
        if (RestoreConfirmation.ask(root.getScene().getWindow(), i18n, plan)) {
            vm.restore().confirmRestore();
        } else {
            vm.restore().cancelRestore();
        }
    }

    private void chooseTarget() {
        File file = SaveChooser.ask(root.getScene().getWindow(), i18n, "rapport-" + LocalDate.now() + ".vcf",
                i18n.get("damage.save.type"), "vcf");
        if (file != null) {
            vm.saveReadable(VCardExport.v4(), file.toPath());
        }
    }

    public Parent root() {
        return root;
    }
}
