package app.rapport.testing;

import app.rapport.domain.keepintouch.DueItem;
import app.rapport.domain.language.Bundles;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Keep in touch area as a user sees it: the ranked rows and the Log, Snooze and Open on each. */
public final class KeepInTouchPage {
    public static final String LOG = Bundles.english().getString("kit.log");
    public static final String SNOOZE = Bundles.english().getString("kit.snooze");
    public static final String OPEN = Bundles.english().getString("kit.open");

    private final FxRobot robot;

    public KeepInTouchPage(FxRobot robot) {
        this.robot = robot;
    }

    public KeepInTouchPage open() {
        robot.clickOn("#keepInTouchArea");
        return this;
    }

    @SuppressWarnings("unchecked")
    public TableView<DueItem> table() {
        return robot.lookup("#keepInTouchTable").queryAs(TableView.class);
    }

    /** The names listed, most urgent first. */
    public List<String> names() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> table().getItems().stream().map(DueItem::name).toList()).get();
    }

    public DueItem row(String name) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> table().getItems().stream().filter(d -> d.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " is not listed"))).get();
    }

    public KeepInTouchPage waitForNames(String... names) throws Exception {
        FxWait.until(() -> robot.lookup("#keepInTouchTable").tryQuery().isPresent() && names().equals(List.of(names)));
        return this;
    }

    /** Clicks a button (Log…, Snooze a week, Open) on a contact's row. */
    public void press(String name, String button) {
        Node row = robot.from(table()).lookup(".table-row-cell").match((Node n) -> n instanceof TableRow<?> r
                && r.getItem() instanceof DueItem d && d.name().equals(name)).query();
        robot.clickOn(robot.from(row).lookup((Button b) -> button.equals(b.getText())).queryButton());
    }
}
