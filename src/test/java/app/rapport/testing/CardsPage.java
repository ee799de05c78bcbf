package app.rapport.testing;

import app.rapport.ui.cards.EnvelopeRow;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Cards area as a user sees it: the list builder, the envelopes and their buttons. */
public final class CardsPage {
    private final FxRobot robot;

    public CardsPage(FxRobot robot) {
        this.robot = robot;
    }

    /** Opens Cards, starts a new list and waits until the builder has chosen this many people. */
    public CardsPage newList(int chosen) throws Exception {
        robot.clickOn("#cardsArea");
        FxWait.until(() -> robot.lookup("#newList").tryQuery().isPresent());
        robot.clickOn("#newList");
        FxWait.until(() -> robot.lookup("#builderChosen").tryQuery().isPresent()
                && robot.lookup("#builderChosen").queryAs(ListView.class).getItems().size() == chosen);
        return this;
    }

    @SuppressWarnings("unchecked")
    public <T> List<T> builderList(String fxId) {
        return List.copyOf(robot.lookup("#" + fxId).queryAs(ListView.class).getItems());
    }

    /** Creates the list and waits for its envelopes. */
    public CardsPage create() throws Exception {
        robot.clickOn("#builderCreate");
        FxWait.until(() -> robot.lookup("#builderChosen").tryQuery().isEmpty() && !envelopes().getItems().isEmpty());
        return this;
    }

    @SuppressWarnings("unchecked")
    public TableView<EnvelopeRow> envelopes() {
        return robot.lookup("#envelopeTable").queryAs(TableView.class);
    }

    public List<String> addressees() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> envelopes().getItems().stream().map(e -> e.envelope().addressee())
                .toList()).get();
    }

    public EnvelopeRow envelope(String addressee) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> envelopes().getItems().stream()
                .filter(e -> e.envelope().addressee().equals(addressee)).findFirst()
                .orElseThrow(() -> new AssertionError("no envelope for " + addressee))).get();
    }

    /** Clicks an envelope's row. */
    public void click(String addressee) {
        Node row = robot.from(envelopes()).lookup(".table-row-cell").match((Node n) -> n instanceof TableRow<?> r
                && r.getItem() instanceof EnvelopeRow e && e.envelope().addressee().equals(addressee)).query();
        robot.clickOn(row);
    }
}
