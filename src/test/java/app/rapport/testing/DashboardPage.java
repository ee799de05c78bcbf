package app.rapport.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Dashboard as a user sees it: a tile per indicator with its sparkline, the charts below, Score weights…. */
public final class DashboardPage {
    private final FxRobot robot;

    public DashboardPage(FxRobot robot) {
        this.robot = robot;
    }

    /** Opens the Dashboard from the sidebar and waits for its tiles. */
    public DashboardPage open() throws Exception {
        robot.clickOn("#dashboardArea");
        FxWait.until(() -> robot.lookup("#value-KEPT_IN_TOUCH").tryQuery().isPresent());
        return this;
    }

    /** The value a tile shows ("50%", "2"). */
    public String value(String indicator) {
        return robot.lookup("#value-" + indicator).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    public DashboardPage waitForValue(String indicator, String shown) throws Exception {
        FxWait.until(() -> shown.equals(value(indicator)));
        return this;
    }

    /**
     * Where a tile's sparkline starts and ends, as heights in the picture drawn (0 at the bottom, 1 at the
     * top): read off the pixels of the line as the user sees it, left edge and right edge (today's dot).
     */
    public double[] sparklineEnds(String indicator) throws Exception {
        Canvas canvas = (Canvas) robot.lookup("#tile-" + indicator).queryAs(VBox.class).getChildren().stream()
                .filter(n -> n instanceof Canvas).findFirst().orElseThrow(() -> new AssertionError("no sparkline"));
        Image image = WaitForAsyncUtils.asyncFx(() -> canvas.snapshot(null, null)).get();
        int w = (int) image.getWidth();
        return new double[] {inkHeight(image, 0, 8), inkHeight(image, w - 9, w)};
    }

    /** The mean height of the drawn pixels between two columns, 0 at the bottom and 1 at the top; -1 if none. */
    private static double inkHeight(Image image, int fromX, int toX) {
        PixelReader pixels = image.getPixelReader();
        int h = (int) image.getHeight();
        double sum = 0;
        int count = 0;
        for (int x = fromX; x < toX; x++) {
            for (int y = 0; y < h; y++) {
                javafx.scene.paint.Color c = pixels.getColor(x, y);
                // the line is drawn in red or green over the tile's white
                if (c.getOpacity() > 0.5 && (Math.abs(c.getRed() - c.getGreen()) > 0.25)) {
                    sum += y;
                    count++;
                }
            }
        }
        return count == 0 ? -1 : 1 - (sum / count) / (h - 1);
    }

    /**
     * Scrolls down to the charts as the user does and shows the chart of this tab ("Scores", "Interactions
     * by month", "Given and received").
     */
    public DashboardPage showChart(String tabText) throws Exception {
        robot.interact(() -> robot.lookup(".dashboard").queryAs(ScrollPane.class).setVvalue(1.0));
        Node header = robot.lookup(".tab-label").match((Label l) -> tabText.equals(l.getText())).query();
        robot.clickOn(header);
        FxWait.until(() -> chart() != null && chart().isVisible());
        return this;
    }

    private XYChart<?, ?> chart() {
        TabPane tabs = robot.lookup(".dashboard .tab-pane").queryAs(TabPane.class);
        Node content = tabs.getSelectionModel().getSelectedItem().getContent();
        return content instanceof XYChart<?, ?> c ? c : null;
    }

    /** The bars or points of the chart shown: series name → category → value (the first series "" when unnamed). */
    public Map<String, Map<String, Integer>> chartValues() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Map<String, Map<String, Integer>> all = new LinkedHashMap<>();
            for (XYChart.Series<?, ?> s : chart().getData()) {
                Map<String, Integer> values = new LinkedHashMap<>();
                for (XYChart.Data<?, ?> d : s.getData()) {
                    values.put(String.valueOf(d.getXValue()), ((Number) d.getYValue()).intValue());
                }
                all.put(s.getName() == null ? "" : s.getName(), values);
            }
            return all;
        }).get();
    }

    /** Opens Score weights… and waits for its fields. */
    public DashboardPage openWeights() throws Exception {
        robot.interact(() -> robot.lookup(".dashboard").queryAs(ScrollPane.class).setVvalue(0.0));
        robot.clickOn("#weights");
        FxWait.until(() -> robot.lookup("#weight-STRENGTH").tryQuery().isPresent());
        return this;
    }

    /** Types a weight into its field, as the user does: click, select what is there, type, Tab on. */
    public DashboardPage typeWeight(String part, int points) {
        Spinner<?> spinner = robot.lookup("#weight-" + part).queryAs(Spinner.class);
        robot.clickOn(spinner.getEditor());
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(Integer.toString(points));
        robot.push(KeyCode.TAB);
        return this;
    }

    public Object weight(String part) {
        return robot.lookup("#weight-" + part).queryAs(Spinner.class).getValue();
    }
}
