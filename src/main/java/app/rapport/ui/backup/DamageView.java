package app.rapport.ui.backup;

import app.rapport.ui.common.ErrorText;
import app.rapport.ui.common.FxmlView;
import app.rapport.ui.common.I18n;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/**
 * Shown in place of the workspace when the database turns out to be damaged: what happened in plain
 * words, and the three ways on (restore the last good backup, save what can be read, quit).
 */
public final class DamageView {
    private final DamageViewModel vm;
    private final I18n i18n;
    private final Parent root;

    @FXML private Label damageBackup;
    @FXML private Button restoreLastGood;
    @FXML private Button saveReadable;
    @FXML private Button quitDamaged;
    @FXML private Label damageStatus;
    @FXML private Label damageError;

    public DamageView(DamageViewModel vm, I18n i18n, Runnable quit) {
        this.vm = vm;
        this.i18n = i18n;
        this.root = FxmlView.load(this, i18n);
        // in the locale's calendar, as every other date (the Buddhist era in Thai)
        DateTimeFormatter dates = i18n.calendar(
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT));
        damageBackup.textProperty().bind(Bindings.createStringBinding(() -> !vm.searchedProperty().get()
                ? i18n.get("damage.searching") : vm.lastGoodProperty().get() == null ? i18n.get("damage.noBackup")
                : i18n.format("damage.lastGood", dates.format(vm.lastGoodProperty().get().takenAt())),
                vm.searchedProperty(), vm.lastGoodProperty()));

        restoreLastGood.disableProperty().bind(vm.lastGoodProperty().isNull().or(vm.restore().workingProperty())
                .or(vm.workingProperty()));
        restoreLastGood.setOnAction(e -> vm.restoreLastGood());
        saveReadable.disableProperty().bind(vm.workingProperty().or(vm.restore().workingProperty()));
        saveReadable.setOnAction(e -> vm.saveReadable());
        quitDamaged.setOnAction(e -> quit.run());

        damageStatus.textProperty().bind(Bindings.createStringBinding(() -> text(vm.restore().statusProperty().get() != null
                ? vm.restore().statusProperty().get() : vm.statusProperty().get()),
                vm.statusProperty(), vm.restore().statusProperty()));
        ErrorText.bind(damageError, vm.restore().errorKeyProperty(), i18n);

        vm.restore().pendingRestoreProperty().addListener((obs, old, plan) -> {
            if (plan != null) { // not inside the property's change notification
                Platform.runLater(vm.restore()::askToRestore);
            }
        });
        vm.load();
    }

    private String text(BackupsViewModel.Message m) {
        return m == null ? "" : i18n.format(m.key(), m.args().toArray());
    }

    public Parent root() {
        return root;
    }
}
