package app.rapport.testing;

import app.rapport.domain.backup.Backup;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Backups… in the sidebar: the dialog listing the backups beside the database, newest first. */
public final class BackupsDialog {
    private final FxRobot robot;

    public BackupsDialog(FxRobot robot) {
        this.robot = robot;
    }

    /** Opens the dialog and waits until its list has loaded. */
    public BackupsDialog open() throws Exception {
        robot.clickOn("#backupsAction");
        FxWait.until(() -> robot.lookup("#backUpNow").tryQuery().isPresent() && !table().getItems().isEmpty());
        return this;
    }

    /** Opens the dialog and waits until its list has loaded this many backups. */
    public BackupsDialog open(int expectedRows) throws Exception {
        robot.clickOn("#backupsAction");
        FxWait.until(() -> robot.lookup("#backUpNow").tryQuery().isPresent() && table().getItems().size() == expectedRows);
        return this;
    }

    /** The dialog's list (the main window has a #table of its own). */
    @SuppressWarnings("unchecked")
    public TableView<Backup> table() {
        Node backUpNow = robot.lookup("#backUpNow").query();
        return robot.from(backUpNow.getScene().getRoot()).lookup("#table").queryAs(TableView.class);
    }

    /** The file names listed, top to bottom. */
    public List<String> files() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> table().getItems().stream()
                .map(b -> b.file().getFileName().toString()).toList()).get();
    }

    /** What a column shows in each row, top to bottom: "dateColumn", "sizeColumn", "kindColumn". */
    public List<String> column(String columnId) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            TableColumn<Backup, ?> column = table().getColumns().stream().filter(c -> columnId.equals(c.getId()))
                    .findFirst().map(c -> (TableColumn<Backup, ?>) c).orElseThrow();
            List<String> shown = new ArrayList<>();
            for (int i = 0; i < table().getItems().size(); i++) {
                shown.add(String.valueOf(column.getCellData(i)));
            }
            return shown;
        }).get();
    }

    /** Closes the dialog with its Close button. */
    public void close() throws Exception {
        javafx.scene.control.DialogPane pane = (javafx.scene.control.DialogPane) robot.lookup("#backUpNow").query()
                .getScene().getRoot();
        robot.clickOn(pane.lookupButton(pane.getButtonTypes().get(0)));
        FxWait.until(() -> robot.lookup("#backUpNow").tryQuery().isEmpty());
    }
}
