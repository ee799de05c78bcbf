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

    /** The preview's decisions counted ("Will merge (strong evidence): 1 · possible duplicates — you decide: 1 · new: 2"). */
    public String groups() {
        return text("#groupsLabel");
    }

    /** Each row of the proposed merges as the table shows it: its cells' texts joined by " | ", ticks as [x] or [ ]. */
    public java.util.List<String> mergeRows() throws Exception {
        javafx.scene.control.TableView<?> table = robot.lookup("#mergeTable").queryAs(javafx.scene.control.TableView.class);
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> robot.from(table).lookup(".table-row-cell")
                .queryAllAs(javafx.scene.control.TableRow.class).stream()
                .filter(r -> !r.isEmpty() && r.getItem() != null)
                .map(r -> robot.from(r).lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                        .map(c -> c.getGraphic() instanceof javafx.scene.control.CheckBox box
                                ? (box.isSelected() ? "[x]" : "[ ]") : String.valueOf(c.getText()))
                        .collect(java.util.stream.Collectors.joining(" | ")))
                .toList()).get();
    }

    /** The texts of the merge table cut short as drawn ("same email anna@…"): a user cannot read them whole. */
    public java.util.List<String> cutShort() throws Exception {
        javafx.scene.control.TableView<?> table = robot.lookup("#mergeTable").queryAs(javafx.scene.control.TableView.class);
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> robot.from(table).lookup(".table-cell .text")
                .queryAllAs(javafx.scene.text.Text.class).stream()
                .filter(t -> t.isVisible() && t.getText() != null
                        && (t.getText().endsWith("...") || t.getText().endsWith("\u2026")))
                .map(javafx.scene.text.Text::getText).toList()).get();
    }

    /** Clicks the Merge tick of the row whose record is {@code name}, as a user would (scrolling to it first). */
    @SuppressWarnings("unchecked")
    public ImportPage tick(String name) throws Exception {
        javafx.scene.control.TableView<app.rapport.ui.importing.MergeRow> table =
                robot.lookup("#mergeTable").queryAs(javafx.scene.control.TableView.class);
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> table.getItems().stream().filter(r -> r.name().equals(name))
                .findFirst().ifPresent(table::scrollTo)).get();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node box = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> robot.from(table)
                .lookup(".table-row-cell").queryAllAs(javafx.scene.control.TableRow.class).stream()
                .filter(r -> !r.isEmpty() && r.getItem() != null && robot.from(r).lookup(".table-cell")
                        .queryAllAs(javafx.scene.control.TableCell.class).stream()
                        .anyMatch(c -> String.valueOf(c.getText()).startsWith(name + " (")))
                .map(r -> (javafx.scene.Node) robot.from(r).lookup(".check-box").query()).findFirst().orElseThrow()).get();
        robot.clickOn(box);
        return this;
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
