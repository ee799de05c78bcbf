package app.rapport.ui.keepintouch;

import app.rapport.domain.keepintouch.Playbook;
import app.rapport.domain.keepintouch.PlaybookItem;
import app.rapport.ui.common.I18n;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** One playbook's panel: its step and progress in the header, how to do it, and the contacts on its list. */
final class PlaybookPane {
    private final PlaybooksViewModel vm;
    private final I18n i18n;
    private final BiConsumer<PlaybookItem, Runnable> onLog;
    private final Consumer<Long> onOpen;

    PlaybookPane(PlaybooksViewModel vm, I18n i18n, BiConsumer<PlaybookItem, Runnable> onLog, Consumer<Long> onOpen) {
        this.vm = vm;
        this.i18n = i18n;
        this.onLog = onLog;
        this.onOpen = onOpen;
    }

    TitledPane of(Playbook p) {
        String key = "playbook." + p.kind().name();
        ProgressBar progress = new ProgressBar(p.progress());
        progress.setPrefWidth(140);
        Label count = new Label(i18n.format("playbook.progress", p.done(), p.total()));
        count.getStyleClass().add("result-count");
        Label title = new Label(i18n.get(key + ".title"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, spacer, count, progress);
        header.setMinWidth(560);

        Label how = new Label(i18n.get(key + ".how"));
        how.setWrapText(true);
        VBox content = new VBox(8, how);
        if (p.kind().dontAskForReferral()) {
            Label reminder = new Label(i18n.get("playbook.noReferral"), new FontIcon("mdi2a-alert-circle-outline"));
            reminder.getStyleClass().add("ledger-glance");
            reminder.setWrapText(true);
            content.getChildren().add(reminder);
        }
        ListView<PlaybookItem> list = new ListView<>();
        list.getItems().setAll(p.items());
        list.setPlaceholder(new Label(i18n.get("playbook.empty")));
        list.setPrefHeight(Math.min(320, 40 + 36 * Math.max(1, p.items().size())));
        list.setCellFactory(v -> new ItemCell());
        content.getChildren().add(list);
        TitledPane pane = new TitledPane(null, content);
        pane.setGraphic(header);
        pane.setId("playbook-" + p.kind().name());
        return pane;
    }

    private final class ItemCell extends ListCell<PlaybookItem> {
        ItemCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(PlaybookItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            FontIcon state = new FontIcon(item.done() ? "mdi2c-check-circle" : "mdi2c-checkbox-blank-circle-outline");
            state.getStyleClass().add(item.done() ? "playbook-done" : "playbook-open");
            Label name = new Label(item.name());
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button log = new Button(i18n.get("kit.log"), new FontIcon("mdi2p-phone-outline"));
            log.getStyleClass().add("small");
            log.setOnAction(e -> onLog.accept(item, vm::refresh));
            Button open = new Button(i18n.get("kit.open"), new FontIcon("mdi2a-account-arrow-right-outline"));
            open.getStyleClass().add("small");
            open.setOnAction(e -> onOpen.accept(item.contactId()));
            setGraphic(new HBox(8, state, name, spacer, log, open));
        }
    }

}
