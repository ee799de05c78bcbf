package app.rapport.ui.today;

import app.rapport.ui.common.I18n;
import app.rapport.ui.today.TodayViewModel.Row;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/** A row of a lane: name, reason, when; then Log, Snooze, Done (follow-ups) and Open, or what was done with Undo. */
final class TodayCell extends ListCell<Row> {
    private final I18n i18n;
    private final TodayWords words;
    private final TodayViewModel vm;
    private final Consumer<Row> onLog;
    private final Consumer<Row> onOpen;

    TodayCell(I18n i18n, TodayViewModel vm, Consumer<Row> onLog, Consumer<Row> onOpen) {
        this.i18n = i18n;
        this.words = new TodayWords(i18n);
        this.vm = vm;
        this.onLog = onLog;
        this.onOpen = onOpen;
    }

    @Override
    protected void updateItem(Row row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        Label name = new Label(row.item().name() + (row.item().flagged() ? " \u26A0" : ""));
        name.getStyleClass().add("today-name");
        name.setMinWidth(180);
        Label reason = new Label(words.text(TodayViewModel.reason(row.item())));
        Label when = new Label(i18n.relative(row.item().dueOn(), vm.today()));
        when.getStyleClass().add("result-count");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox box = new HBox(10, name, reason, when, gap);
        if (row.status() != null) {
            Label status = new Label(words.text(row.status()));
            status.setId("todayStatus");
            Hyperlink undo = new Hyperlink(i18n.get("today.undo"));
            undo.setId("todayUndo");
            undo.setOnAction(e -> vm.undo(row));
            box.getChildren().addAll(status, undo);
        } else {
            box.getChildren().add(button("todayLog", "kit.log", "mdi2p-phone-outline", () -> onLog.accept(row)));
            box.getChildren().add(button("todaySnooze", "kit.snooze", "mdi2a-alarm-snooze", () -> vm.snooze(row)));
            if (TodayViewModel.canBeDone(row)) {
                box.getChildren().add(button("todayDone", "kit.done", "mdi2c-check", () -> vm.done(row)));
            }
            box.getChildren().add(button("todayOpen", "kit.open", "mdi2a-account-arrow-right-outline", () -> onOpen.accept(row)));
        }
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        setText(null);
        setGraphic(box);
    }

    private Button button(String id, String key, String icon, Runnable action) {
        Button b = new Button(i18n.get(key), new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add("small");
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }
}
