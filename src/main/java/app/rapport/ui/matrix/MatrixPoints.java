package app.rapport.ui.matrix;

import app.rapport.domain.matrix.MatrixEntry;
import app.rapport.domain.matrix.Quadrant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import javafx.collections.FXCollections;
import javafx.scene.Cursor;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/** Everyone on the matrix as points on the chart, where {@link MatrixLayout} puts them; a click opens the contact. */
final class MatrixPoints {
    private final QuadrantChart chart;
    private final MatrixTexts texts;
    private final LongConsumer onOpen;

    MatrixPoints(QuadrantChart chart, MatrixTexts texts, LongConsumer onOpen) {
        this.chart = chart;
        this.texts = texts;
        this.onOpen = onOpen;
    }

    /** One series per quadrant, so each quadrant's points have their own colour. */
    void plot(List<MatrixEntry> entries) {
        Map<Quadrant, XYChart.Series<Number, Number>> series = new EnumMap<>(Quadrant.class);
        for (Quadrant q : Quadrant.values()) {
            series.put(q, new XYChart.Series<>(texts.quadrant(q), FXCollections.observableArrayList()));
        }
        List<XYChart.Data<Number, Number>> flagged = new ArrayList<>();
        for (MatrixLayout.Plotted p : MatrixLayout.place(entries)) {
            MatrixEntry e = p.entry();
            XYChart.Data<Number, Number> point = new XYChart.Data<>(p.x(), p.y());
            point.setNode(point(e));
            series.get(e.quadrant()).getData().add(point);
            if (e.flagged()) {
                flagged.add(point);
            }
        }
        chart.getData().setAll(series.values());
        // the chart sets each point's style classes as it adds it
        flagged.forEach(d -> d.getNode().getStyleClass().add("flagged"));
    }

    private StackPane point(MatrixEntry e) {
        StackPane node = new StackPane();
        node.setId("matrixPoint-" + e.contactId());
        node.setCursor(Cursor.HAND);
        node.setAccessibleText(e.name());
        Tooltip tip = new Tooltip(texts.tooltip(e));
        tip.setShowDelay(Duration.millis(150));
        Tooltip.install(node, tip);
        node.setOnMouseClicked(click -> {
            if (click.getButton() == MouseButton.PRIMARY) {
                onOpen.accept(e.contactId());
            }
        });
        return node;
    }
}
