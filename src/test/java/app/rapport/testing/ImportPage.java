package app.rapport.testing;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;

/**
 * The Import dialog as a user sees it: Choose files… (the Open prompt is answered by the scenario), the
 * preview's counts and problems, Import, and Cancel or Close.
 */
public final class ImportPage {
    private final FxRobot robot;

    public ImportPage(FxRobot robot) {
        this.robot = robot;
    }

    /** Opens Import from the toolbar and waits for its dialog. */
    public ImportPage open() throws Exception {
        robot.clickOn("#importAction");
        FxWait.until(() -> robot.lookup("#chooseButton").tryQuery().isPresent());
        return this;
    }

    public boolean isOpen() {
        return robot.lookup("#chooseButton").tryQuery().isPresent();
    }

    /** Clicks Choose files…; the Open prompt is answered as the scenario said. */
    public ImportPage choose() {
        robot.clickOn("#chooseButton");
        return this;
    }

    public String files() {
        return text("#filesLabel");
    }

    /** The preview's counts, once the files are read ("To add: 5 · to merge: 1 · …"). */
    public String waitForCounts() throws Exception {
        FxWait.until(() -> !text("#countsLabel").isEmpty()
                && !robot.lookup("#importButton").queryAs(Button.class).isDisabled());
        return text("#countsLabel");
    }

    /** The problems listed in the preview, as the list shows them ("file.csv:3: …"). */
    public java.util.List<String> problems() throws Exception {
        javafx.scene.control.ListView<?> list = robot.lookup("#problemList").queryAs(javafx.scene.control.ListView.class);
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> robot.from(list).lookup(".list-cell")
                .queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> !c.isEmpty() && c.getText() != null).map(javafx.scene.control.ListCell::getText)
                .toList()).get();
    }

    /** What the dialog says it is doing or did ("Reading the files…", "Done: …", "Nothing to import: …"). */
    public String status() {
        return text("#statusLabel");
    }

    public String problemsTitle() {
        return text("#problemsTitle");
    }

    /** Clicks Import and waits for its outcome in words. */
    public String importAndWait() throws Exception {
        robot.clickOn("#importButton");
        FxWait.until(() -> text("#statusLabel").startsWith("Done"));
        return text("#statusLabel");
    }

    /** Clicks Cancel (Close once imported) and waits for the dialog to go. */
    public void close() throws Exception {
        robot.clickOn("#cancelButton");
        FxWait.until(() -> !isOpen());
    }

    private String text(String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }
}
