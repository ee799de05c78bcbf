package app.rapport.testing;

import app.rapport.domain.network.MapDrawing;
import app.rapport.domain.ties.TieType;
import app.rapport.ui.network.NetworkCanvas;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Spinner;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
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

    /** Waits until the map has stopped arranging itself ("Arranging the map…" is gone). */
    public void waitUntilSettled() throws Exception {
        FxWait.until(() -> !robot.lookup("#networkSettling").query().isVisible());
    }

    public NetworkCanvas canvas() {
        return robot.lookup("#networkCanvas").queryAs(NetworkCanvas.class);
    }

    public Set<Long> drawnIds() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> canvas().pictureProperty().get().nodes().stream()
                .map(MapDrawing.Node::id).collect(Collectors.toSet())).get();
    }

    /** Where a node is drawn now, in the canvas's own coordinates. */
    public Point2D at(long id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> canvas().screenPosition(id)).get();
    }

    /** Where a node is drawn now, on the screen (for the mouse). */
    public Point2D onScreen(long id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> canvas().localToScreen(canvas().screenPosition(id))).get();
    }

    /** Where a point of the canvas is on the screen (for the mouse). */
    public Point2D onScreen(Point2D local) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> canvas().localToScreen(local)).get();
    }

    /** The map's width and height. */
    public Point2D size() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> new Point2D(canvas().getWidth(), canvas().getHeight())).get();
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

    /** What is drawn for a node now (its place, size and colour), or null when it is not on the map. */
    public MapDrawing.Node drawn(long id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> canvas().pictureProperty().get().nodes().stream()
                .filter(n -> n.id() == id).findFirst().orElse(null)).get();
    }

    /** The map as the screen shows it: a picture of the canvas, read pixel by pixel. */
    public Image picture() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> (Image) canvas().snapshot(null, null)).get();
    }

    /** The colour the map is painted in at the centre of a node. */
    public Color colourAt(long id) throws Exception {
        Point2D p = at(id);
        return picture().getPixelReader().getColor((int) Math.round(p.getX()), (int) Math.round(p.getY()));
    }

    /** Chooses an entry of a box in the toolbar by its words, as a user does: open it, click the entry. */
    public void choose(String boxId, String entry) throws Exception {
        Popups.choose(robot, boxId, entry);
    }

    /** Opens a menu of the toolbar (Export, Filters) and clicks one of its items by its words. */
    public void chooseFromMenu(String menuId, String item) throws Exception {
        robot.clickOn("#" + menuId);
        FxWait.until(() -> popupCell(".menu-item .label", item).isPresent());
        robot.clickOn(popupCell(".menu-item .label", item).orElseThrow());
    }

    /**
     * Opens a menu of the toolbar (unless it is open), rests on one of its submenus (Filters › Tie types) and
     * clicks an item there, as a user does: across into the submenu first, then along it, so that the pointer
     * never crosses the entries below and opens their submenus instead.
     */
    public void chooseFromSubmenu(String menuId, String submenu, String item) throws Exception {
        openMenu(menuId);
        FxWait.until(() -> popupCell(".menu-item .label", submenu).isPresent());
        robot.moveTo(popupCell(".menu-item .label", submenu).orElseThrow());
        FxWait.until(() -> popupCell(".menu-item .label", item).isPresent());
        robot.clickOn(popupCell(".menu-item .label", item).orElseThrow(), Motion.HORIZONTAL_FIRST);
        FxWait.until(() -> !menu(menuId).isShowing());
    }

    /**
     * Sets the number box in a menu of the toolbar (Filters › Strongest ties only, from) as a user does: opens
     * the menu (unless it is open) and clicks the box's up or down arrow until it shows the number. The menu
     * stays open.
     */
    public void setInMenu(String menuId, int value) throws Exception {
        openMenu(menuId);
        for (int clicks = 0; boxValue(menuId) != value; clicks++) {
            if (clicks > 10) {
                throw new AssertionError("the box shows " + boxValue(menuId) + ", not " + value);
            }
            String arrow = boxValue(menuId) < value ? ".increment-arrow-button" : ".decrement-arrow-button";
            robot.clickOn(WaitForAsyncUtils.asyncFx(() -> spinnerIn(menuId).lookup(arrow)).get());
        }
    }

    /** Closes an open menu of the toolbar with Esc. */
    public void closeMenu(String menuId) throws Exception {
        robot.type(KeyCode.ESCAPE);
        FxWait.until(() -> !menu(menuId).isShowing());
    }

    private void openMenu(String menuId) throws Exception {
        if (!WaitForAsyncUtils.asyncFx(() -> menu(menuId).isShowing()).get()) {
            robot.clickOn("#" + menuId);
            FxWait.until(() -> menu(menuId).isShowing());
        }
    }

    private MenuButton menu(String menuId) {
        return robot.lookup("#" + menuId).queryAs(MenuButton.class);
    }

    /** The number box among a menu's items. */
    private Spinner<?> spinnerIn(String menuId) {
        return menu(menuId).getItems().stream()
                .filter(i -> i instanceof CustomMenuItem).map(i -> ((CustomMenuItem) i).getContent().lookup(".spinner"))
                .filter(n -> n instanceof Spinner<?>).map(n -> (Spinner<?>) n).findFirst()
                .orElseThrow(() -> new AssertionError("no number box in " + menuId));
    }

    private int boxValue(String menuId) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> (Integer) spinnerIn(menuId).getValue()).get();
    }

    /** A tie as the map draws it: the two it joins (the smaller id first) and its type, by its colour (null: my own). */
    public record DrawnTie(long a, long b, TieType type) {
        public static DrawnTie of(long one, long other, TieType type) {
            return new DrawnTie(Math.min(one, other), Math.max(one, other), type);
        }
    }

    /** The ties the map draws now, each found by the nodes drawn at its two ends. */
    public Set<DrawnTie> drawnTies() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            MapDrawing picture = canvas().pictureProperty().get();
            Map<Point2D, Long> drawnAt = new HashMap<>();
            picture.nodes().forEach(n -> drawnAt.put(new Point2D(n.x(), n.y()), n.id()));
            Set<DrawnTie> ties = new HashSet<>();
            for (MapDrawing.Edge e : picture.edges()) {
                Long a = drawnAt.get(new Point2D(e.x1(), e.y1()));
                Long b = drawnAt.get(new Point2D(e.x2(), e.y2()));
                if (a == null || b == null) {
                    throw new AssertionError("a tie drawn to no node: " + e);
                }
                ties.add(DrawnTie.of(a, b, e.colour() < 0 ? null : TieType.values()[e.colour()]));
            }
            return ties;
        }).get();
    }

    /** Waits until the map draws exactly these ties; if it never does, says what it draws instead. */
    public void waitForTies(Set<DrawnTie> expected) throws Exception {
        waitForMap(expected, this::drawnTies, "ties");
    }

    /** Waits until the map draws exactly these nodes; if it never does, says which it draws instead. */
    public void waitForNodes(Set<Long> expected) throws Exception {
        waitForMap(expected, this::drawnIds, "nodes");
    }

    private <T> void waitForMap(Set<T> expected, java.util.concurrent.Callable<Set<T>> drawn, String what)
            throws Exception {
        try {
            FxWait.until(() -> drawn.call().equals(expected));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the map draws the " + what + " " + drawn.call() + ", not " + expected, e);
        }
    }

    private Optional<Node> popupCell(String query, String text) {
        return Popups.cell(robot, query, text);
    }

    /** The legend under the map: each entry's words and the colour of its swatch, in order. */
    public Map<String, Color> legend() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Map<String, Color> entries = new LinkedHashMap<>();
            for (Node n : robot.lookup("#networkLegend").queryAs(FlowPane.class).getChildren()) {
                Label l = (Label) n;
                entries.put(l.getText(), (Color) ((Rectangle) l.getGraphic()).getFill());
            }
            return entries;
        }).get();
    }

    /** The rows a list of the side panel (#networkBrokers, #networkCommunities) shows, top down. */
    public List<String> rows(String listId) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#" + listId + " .list-cell")
                .queryAllAs(ListCell.class).stream()
                .filter(c -> c.getText() != null && !c.getText().isEmpty())
                .sorted(Comparator.comparingInt(ListCell::getIndex))
                .map(ListCell::getText).toList()).get();
    }

    /** The colour of a row's swatch in a list of the side panel. */
    public Color rowColour(String listId, String row) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> (Color) ((Rectangle) row(listId, row).getGraphic()).getFill()).get();
    }

    /** Clicks the row of a list of the side panel whose words start with {@code row}. */
    public void clickRow(String listId, String row) throws Exception {
        robot.clickOn(WaitForAsyncUtils.asyncFx(() -> row(listId, row)).get());
    }

    private ListCell<?> row(String listId, String row) {
        return robot.lookup("#" + listId + " .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getText() != null && c.getText().startsWith(row)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + row + " in " + listId));
    }

    /** The words of the card shown while the mouse rests on a node, or "" when no card is shown. */
    public String hoverCard() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(".tooltip").match((Node n) -> n instanceof Labeled && n.isVisible()).tryQuery()
                .filter(n -> n.getScene() != null && n.getScene().getWindow() != null
                        && n.getScene().getWindow().isShowing())
                .map(n -> ((Labeled) n).getText()).orElse("")).get();
    }

    /** The point of the canvas at its centre, where a node centred on is drawn. */
    public Point2D centre() throws Exception {
        return size().multiply(0.5);
    }
}
