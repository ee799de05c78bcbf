package app.rapport.testing;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import org.testfx.api.FxRobot;

/** What a user does with a drop-down: open it and click an entry by its words. */
public final class Popups {
    private Popups() {
    }

    /** Chooses an entry of a box by its words, as a user does: open it, click the entry; waits until the box shows it. */
    public static void choose(FxRobot robot, String boxId, String entry) throws Exception {
        robot.clickOn("#" + boxId);
        FxWait.until(() -> cell(robot, ".combo-box-popup .list-cell", entry).isPresent());
        robot.clickOn(cell(robot, ".combo-box-popup .list-cell", entry).orElseThrow());
        FxWait.until(() -> entry.equals(shown(robot.lookup("#" + boxId).queryAs(ComboBox.class))));
    }

    /** The words the box shows for its value: its button cell's, or its converter's when it has no cell of its own. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String shown(ComboBox box) {
        if (box.getButtonCell() != null) {
            return box.getButtonCell().getText();
        }
        return box.getConverter() == null ? String.valueOf(box.getValue()) : box.getConverter().toString(box.getValue());
    }

    /** A visible node of a popup (a list cell, a menu item's label) that shows these words. */
    public static Optional<Node> cell(FxRobot robot, String query, String text) {
        return robot.lookup(query).match((Node n) -> n instanceof Labeled l && text.equals(l.getText())
                && n.isVisible()).tryQuery();
    }
}
