package app.rapport.ui.common;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ListCell;

/**
 * A list cell that shows a graphic (a row of labels and buttons) across the list's whole width and
 * as tall as its wrapped labels need. A plain cell sizes its graphic for one line, so a long sentence
 * in another language was cut short with "…".
 */
public abstract class FullWidthCell<T> extends ListCell<T> {
    protected FullWidthCell() {
        setPrefWidth(0); // fit the list's width and wrap, rather than scroll sideways
    }

    private boolean graphicOnly() {
        return getGraphic() != null && (getText() == null || getText().isEmpty());
    }

    @Override
    protected double computePrefHeight(double width) {
        if (!graphicOnly() || width <= 0) {
            return super.computePrefHeight(width);
        }
        Insets in = getInsets();
        Node graphic = getGraphic();
        double inner = Math.max(0, width - in.getLeft() - in.getRight());
        return in.getTop() + Math.max(graphic.minHeight(inner), graphic.prefHeight(inner)) + in.getBottom();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (graphicOnly()) {
            Insets in = getInsets();
            getGraphic().resizeRelocate(in.getLeft(), in.getTop(),
                    Math.max(0, getWidth() - in.getLeft() - in.getRight()),
                    Math.max(0, getHeight() - in.getTop() - in.getBottom()));
        }
    }
}
