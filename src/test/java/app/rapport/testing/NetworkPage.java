package app.rapport.testing;

import app.rapport.ui.network.NetworkCanvas;
import app.rapport.ui.network.Scene2D;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Network area as a user sees it: the map, its nodes where they are drawn, the side panel. */
public final class NetworkPage {
    private final FxRobot robot;

    public NetworkPage(FxRobot robot) {
        this.robot = robot;
    }

    /** Opens the area from the sidebar and waits until the map is drawn with this many nodes. */
    public NetworkPage open(int nodes) throws Exception {
        FxWait.until(() -> robot.lookup("#networkArea").tryQuery().isPresent());
        robot.clickOn("#networkArea");
        FxWait.until(() -> robot.lookup("#networkView").tryQuery().isPresent());
        // the whole network, as chosen in the View box (the first view shows only my own ties)
        robot.interact(() -> robot.lookup("#networkView").queryAs(javafx.scene.control.ComboBox.class)
                .setValue(app.rapport.ui.network.NetworkViewModel.View.WHOLE));
        FxWait.until(() -> robot.lookup("#networkCanvas").tryQuery().isPresent()
                && canvas().pictureProperty().get() != null && drawnIds().size() == nodes);
        return this;
    }

    public NetworkCanvas canvas() {
        return robot.lookup("#networkCanvas").queryAs(NetworkCanvas.class);
    }

    public Set<Long> drawnIds() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> canvas().pictureProperty().get().nodes().stream()
                .map(Scene2D.Node::id).collect(Collectors.toSet())).get();
    }

    /** Where a node is drawn now, in the canvas's own coordinates. */
    public Point2D at(long id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> canvas().screenPosition(id)).get();
    }

    /** Where a node is drawn now, on the screen (for the mouse). */
    public Point2D onScreen(long id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> canvas().localToScreen(canvas().screenPosition(id))).get();
    }

    /** How far apart two nodes are drawn: it grows as the map zooms in. */
    public double distance(long a, long b) throws Exception {
        return at(a).distance(at(b));
    }

    /** Gives the map the keyboard, as a click on an empty spot does. */
    public void focusMap() throws Exception {
        robot.interact(() -> canvas().requestFocus());
        FxWait.until(() -> canvas().isFocused());
    }

    public String selectedText() {
        return robot.lookup("#networkSelected").queryAs(Label.class).getText();
    }

    public String pathText() {
        return robot.lookup("#networkPath").queryAs(Label.class).getText();
    }
}
