package app.rapport.testing;

import javafx.scene.control.Label;
import org.testfx.api.FxRobot;

/** The Review area as a user sees it: one contact at a time, driven by single keys. */
public final class ReviewPage {
    private final FxRobot robot;

    public ReviewPage(FxRobot robot) {
        this.robot = robot;
    }

    /** Opens Review from the sidebar and waits for the first contact. */
    public ReviewPage open(String first) throws Exception {
        robot.clickOn("#reviewArea");
        return waitFor(first);
    }

    /** The name of the contact under review. */
    public String shown() {
        return robot.lookup("#nameLabel").tryQuery().filter(n -> n.isVisible())
                .map(n -> ((Label) n).getText()).orElse("");
    }

    public ReviewPage waitFor(String name) throws Exception {
        FxWait.until(() -> name.equals(shown()));
        return this;
    }

    /** The reasons shown for the contact under review, in their order, in words. */
    public java.util.List<String> reasons() {
        return robot.lookup("#reasonsBox").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList();
    }

    /** The title of the end of a round ("Round done", "Nobody needs attention"). */
    public String endTitle() {
        return robot.lookup("#endTitle").queryAs(Label.class).getText();
    }

    public String progress() {
        return robot.lookup("#progressLabel").queryAs(Label.class).getText();
    }

    /** Whether the end of the round is shown. */
    public boolean atEnd() {
        return robot.lookup("#endBox").tryQuery().map(n -> n.isVisible()).orElse(false);
    }
}
