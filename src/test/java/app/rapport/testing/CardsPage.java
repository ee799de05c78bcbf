package app.rapport.testing;

import app.rapport.domain.cards.CardPick;
import app.rapport.ui.cards.EnvelopeRow;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
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

    /** The names the builder puts on the list now. */
    public List<String> chosenNames() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#builderChosen").queryAs(ListView.class).getItems()
                .stream().map(p -> ((CardPick) p).candidate().displayName()).sorted().toList()).get();
    }

    /** Waits until the builder puts exactly these people on the list (in any order); fails naming who it shows. */
    public CardsPage waitForChosen(String... names) throws Exception {
        List<String> wanted = java.util.Arrays.stream(names).sorted().toList();
        try {
            FxWait.until(() -> chosenNames().equals(wanted));
        } catch (java.util.concurrent.TimeoutException e) {
            org.assertj.core.api.Assertions.assertThat(chosenNames()).as("on the list").isEqualTo(wanted);
        }
        return this;
    }

    /** What the builder's "Left out" list shows, one line a person, as the user reads it. */
    public List<String> leftOutShown() throws Exception {
        return shownLines("#builderLeftOut");
    }

    /** What the builder's list of who is on it shows, one line a person, as the user reads it. */
    public List<String> chosenShown() throws Exception {
        return shownLines("#builderChosen");
    }

    /** Every line of a list as shown on screen, scrolling through it as a user would to read them all. */
    private List<String> shownLines(String list) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            ListView<?> view = robot.lookup(list).queryAs(ListView.class);
            java.util.Set<String> lines = new java.util.TreeSet<>();
            for (int i = 0; i <= view.getItems().size(); i += 3) {
                view.scrollTo(Math.min(i, Math.max(0, view.getItems().size() - 1)));
                view.layout();
                robot.from(view).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                        .filter(c -> c.isVisible() && !c.isEmpty()) // the list keeps unused cells out of sight
                        .map(ListCell::getText).filter(t -> t != null && !t.isEmpty()).forEach(lines::add);
            }
            view.scrollTo(0);
            return List.copyOf(lines);
        }).get();
    }

    /** Clicks a line of a builder list by the words it shows. */
    public void clickLine(String list, String text) {
        robot.clickOn(robot.from(robot.lookup(list).queryAs(ListView.class)).lookup(".list-cell")
                .match((Node n) -> n instanceof ListCell<?> c && text.equals(c.getText())).queryAs(Node.class));
    }

    /** Opens a menu of the Cards toolbar (envelopeMenu, outputMenu) and clicks one of its items. */
    public void menu(String menuId, String itemId) {
        robot.clickOn("#" + menuId);
        robot.clickOn(popupItem(itemId));
    }

    /** A menu item's line (by its fx:id) in a menu that is open now. */
    public Node popupItem(String itemId) {
        return robot.lookup((Node n) -> itemId.equals(n.getId()) && n.getScene() != null
                && n.getScene().getWindow() instanceof javafx.stage.PopupWindow w && w.isShowing()).query();
    }

    /** The words each envelope's row shows in a column (by its fx:id), by addressee, as drawn on screen. */
    public java.util.Map<String, String> shown(String columnId) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            java.util.Map<String, String> byAddressee = new java.util.TreeMap<>();
            for (javafx.scene.control.TableCell<?, ?> cell : robot.from(envelopes()).lookup(".table-cell")
                    .queryAllAs(javafx.scene.control.TableCell.class)) {
                if (cell.getTableColumn() != null && columnId.equals(cell.getTableColumn().getId())
                        && cell.getTableRow() != null && cell.getTableRow().getItem() instanceof EnvelopeRow row
                        && cell.isVisible()) {
                    byAddressee.put(row.envelope().addressee(), cell.getText());
                }
            }
            return byAddressee;
        }).get();
    }

    /** Clicks an envelope's row. */
    public void click(String addressee) {
        Node row = robot.from(envelopes()).lookup(".table-row-cell").match((Node n) -> n instanceof TableRow<?> r
                && r.getItem() instanceof EnvelopeRow e && e.envelope().addressee().equals(addressee)).query();
        robot.clickOn(row);
    }
}
