package app.rapport.ui.matrix;

import app.rapport.domain.matrix.CooperationRules;
import app.rapport.domain.matrix.Quadrant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;

/**
 * A scatter chart of the cooperation matrix: our willingness across, theirs up, both 0–10, with the
 * four quadrants shaded and named behind the points. The dividing lines run half-way between the
 * last low and the first high value.
 */
final class QuadrantChart extends ScatterChart<Number, Number> {
    private static final double LOW_END = -1;
    private static final double HIGH_END = CooperationRules.MAX + 1;
    private static final double DIVIDE = CooperationRules.HIGH_FROM - 0.5;

    private final Map<Quadrant, Rectangle> areas = new EnumMap<>(Quadrant.class);
    private final Map<Quadrant, Label> names = new EnumMap<>(Quadrant.class);
    private final Line across = new Line();
    private final Line up = new Line();

    QuadrantChart(String oursLabel, String theirsLabel, Function<Quadrant, String> quadrantName) {
        super(axis(oursLabel), axis(theirsLabel));
        setAnimated(false);
        setLegendVisible(false);
        // the lines at 0 would read as a third divide; the quadrants' own lines are the ones that matter
        setVerticalZeroLineVisible(false);
        setHorizontalZeroLineVisible(false);
        getStyleClass().add("quadrant-chart");
        for (Quadrant q : Quadrant.values()) {
            Rectangle area = new Rectangle();
            area.getStyleClass().addAll("quadrant-area", "quadrant-" + q.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            area.setMouseTransparent(true);
            Label name = new Label(quadrantName.apply(q));
            name.getStyleClass().add("quadrant-name");
            name.setMouseTransparent(true);
            areas.put(q, area);
            names.put(q, name);
        }
        across.getStyleClass().add("quadrant-divider");
        up.getStyleClass().add("quadrant-divider");
        across.setMouseTransparent(true);
        up.setMouseTransparent(true);
        // behind the points, which the chart appends as data arrives
        getPlotChildren().addAll(0, areas.values());
        getPlotChildren().addAll(areas.size(), java.util.List.of(across, up));
        getPlotChildren().addAll(areas.size() + 2, names.values());
    }

    private static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis(label, LOW_END, HIGH_END, 1);
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        // the axis reaches one step past the scale so points on 0 and 10 are drawn whole; those steps stay blank
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                int v = (int) Math.round(n.doubleValue());
                return CooperationRules.inRange(v) ? Integer.toString(v) : "";
            }

            @Override
            public Number fromString(String s) {
                return Integer.valueOf(s);
            }
        });
        return axis;
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        NumberAxis x = (NumberAxis) getXAxis();
        NumberAxis y = (NumberAxis) getYAxis();
        double left = x.getDisplayPosition(LOW_END);
        double right = x.getDisplayPosition(HIGH_END);
        double middleX = x.getDisplayPosition(DIVIDE);
        double top = y.getDisplayPosition(HIGH_END);
        double bottom = y.getDisplayPosition(LOW_END);
        double middleY = y.getDisplayPosition(DIVIDE);
        for (Quadrant q : Quadrant.values()) {
            double x0 = q.oursHigh() ? middleX : left;
            double x1 = q.oursHigh() ? right : middleX;
            double y0 = q.theirsHigh() ? top : middleY;
            double y1 = q.theirsHigh() ? middleY : bottom;
            Rectangle area = areas.get(q);
            area.setX(x0);
            area.setY(y0);
            area.setWidth(Math.max(0, x1 - x0));
            area.setHeight(Math.max(0, y1 - y0));
            // each name in its quadrant's outer corner, away from the crowd near the middle
            Label name = names.get(q);
            name.autosize();
            double w = name.getWidth();
            double h = name.getHeight();
            name.setAlignment(q.oursHigh() ? Pos.TOP_RIGHT : Pos.TOP_LEFT);
            name.relocate(q.oursHigh() ? x1 - w - 6 : x0 + 6, q.theirsHigh() ? y0 + 4 : y1 - h - 4);
        }
        across.setStartX(left);
        across.setEndX(right);
        across.setStartY(middleY);
        across.setEndY(middleY);
        up.setStartX(middleX);
        up.setEndX(middleX);
        up.setStartY(top);
        up.setEndY(bottom);
    }
}
