package app.rapport.ui.keepintouch;

import app.rapport.domain.keepintouch.DueItem;
import app.rapport.ui.common.I18n;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/** Log, Snooze (or Done for a follow-up) and Open on a row of the Keep in touch table. */
final class DueActions extends TableCell<DueItem, DueItem> {
    private final I18n i18n;
    private final Consumer<DueItem> onLog;
    private final KeepInTouchViewModel vm;
    private final Consumer<Long> onOpen;

    DueActions(I18n i18n, Consumer<DueItem> onLog, KeepInTouchViewModel vm, Consumer<Long> onOpen) {
        this.i18n = i18n;
        this.onLog = onLog;
        this.vm = vm;
        this.onOpen = onOpen;
    }

    @Override
    protected void updateItem(DueItem item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        Button log = button("kit.log", "mdi2p-phone-outline", () -> onLog.accept(item));
        log.getStyleClass().add("accent");
        log.setId("kitLog");
        Button snooze = button(KeepInTouchViewModel.snoozeKey(item), "mdi2a-alarm-snooze", () -> vm.snooze(item));
        Button open = button("kit.open", "mdi2a-account-arrow-right-outline", () -> onOpen.accept(item.contactId()));
        setGraphic(new HBox(6, log, snooze, open));
    }

    private Button button(String key, String icon, Runnable action) {
        Button b = new Button(i18n.get(key), new FontIcon(icon));
        b.getStyleClass().add("small");
        b.setTooltip(new Tooltip(i18n.get(key)));
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }
}
