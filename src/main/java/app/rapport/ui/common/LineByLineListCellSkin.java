package app.rapport.ui.common;

import javafx.scene.control.ListCell;
import javafx.scene.control.skin.ListCellSkin;

/**
 * {@link ListCellSkin} with wrapped Thai drawn line by line ({@link LineByLine}, ADR 0011): the Ties
 * and Timeline lists wrap their sentences. Set for every list cell by {@code complex-text.css}.
 */
public class LineByLineListCellSkin<T> extends ListCellSkin<T> {
    private final LineByLine lines;

    public LineByLineListCellSkin(ListCell<T> cell) {
        super(cell);
        lines = new LineByLine(cell, getChildren());
    }

    @Override
    protected void updateChildren() {
        super.updateChildren(); // clears the children; the super constructor calls it before ours has run
        if (lines != null) {
            lines.rejoin();
        }
    }

    /**
     * As tall as the Thai lines need: JavaFX measures a wrapped Thai run as one line, so the cell was given one
     * line's height and its text cut short with "…" instead of wrapped.
     */
    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return LineByLine.wrappedHeight(getSkinnable(), super.computePrefHeight(width, top, right, bottom, left), width,
                top, right, bottom, left);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        super.layoutChildren(x, y, w, h);
        lines.afterLayout();
    }
}
