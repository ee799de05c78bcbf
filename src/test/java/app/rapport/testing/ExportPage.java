package app.rapport.testing;

import javafx.scene.Node;
import javafx.scene.control.ListCell;
import org.testfx.api.FxRobot;

/** The Export dialog as a user sees it: the format and which contacts, then Choose file… (Save as). */
public final class ExportPage {
    private final FxRobot robot;

    public ExportPage(FxRobot robot) {
        this.robot = robot;
    }

    /** Opens Export from the toolbar and waits for its dialog. */
    public ExportPage open() throws Exception {
        robot.clickOn("#exportAction");
        FxWait.until(() -> robot.lookup("#exportFormat").tryQuery().isPresent());
        return this;
    }

    public boolean isOpen() {
        return robot.lookup("#exportFormat").tryQuery().isPresent();
    }

    /** The format the dialog shows chosen. */
    public String formatShown() {
        return robot.lookup("#exportFormat").queryAs(javafx.scene.control.ComboBox.class).getButtonCell().getText();
    }

    /** Picks the format from its list by the words the list shows. */
    public ExportPage format(String shown) throws Exception {
        return pick("#exportFormat", shown);
    }

    /** Picks which contacts ("All contacts", "Tagged “client”"). */
    public ExportPage which(String shown) throws Exception {
        return pick("#exportTag", shown);
    }

    private ExportPage pick(String box, String shown) throws Exception {
        robot.clickOn(box);
        FxWait.until(() -> robot.lookup(".list-cell").match((ListCell<?> c) -> shown.equals(c.getText())
                && c.isVisible() && c.getScene() != robot.lookup(box).query().getScene()).tryQuery().isPresent());
        Node item = robot.lookup(".list-cell").match((ListCell<?> c) -> shown.equals(c.getText())
                && c.getScene() != robot.lookup(box).query().getScene()).query();
        robot.clickOn(item);
        return this;
    }

    /** Clicks Choose file…; the Save as prompt is answered as the scenario said. */
    public void chooseFile() {
        robot.clickOn("Choose file\u2026");
    }
}
