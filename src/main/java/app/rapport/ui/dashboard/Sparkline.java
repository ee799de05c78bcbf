package app.rapport.ui.dashboard;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** A small line of an indicator's history, oldest left; a dot marks today. Flat when there is one day. */
public final class Sparkline extends Canvas {
    /** For FXML: the size comes from its width and height there. */
    public Sparkline() {
        getStyleClass().add("sparkline");
    }

    void draw(List<Double> values, Color colour) {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        if (values.isEmpty()) {
            return;
        }
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double span = max - min == 0 ? 1 : max - min;
        double pad = 3;
        double w = getWidth() - 2 * pad;
        double h = getHeight() - 2 * pad;
        g.setStroke(colour);
        g.setLineWidth(1.6);
        g.beginPath();
        for (int i = 0; i < values.size(); i++) {
            double x = pad + (values.size() == 1 ? w : w * i / (values.size() - 1));
            double y = pad + h - (values.get(i) - min) / span * h;
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
        double lastY = pad + h - (values.get(values.size() - 1) - min) / span * h;
        g.setFill(colour);
        g.fillOval(pad + w - 3, lastY - 3, 6, 6);
    }
}
