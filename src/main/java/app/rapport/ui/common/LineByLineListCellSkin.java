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
        double own = super.computePrefHeight(width, top, right, bottom, left);
        ListCell<T> cell = getSkinnable();
        String text = cell.getText();
        if (width <= 0 || !cell.isWrapText() || text == null || cell.getGraphic() != null
                || !ComplexText.needsLineByLine(text)) {
            return own;
        }
        double room = width - left - right;
        int count = LineBreaks.of(text, cell.getFont(), room).split("\n", -1).length;
        javafx.scene.text.Text probe = new javafx.scene.text.Text(text);
        probe.setFont(cell.getFont());
        double line = probe.getLayoutBounds().getHeight(); // one line of this text in this font
        return Math.max(own, top + bottom + count * line + (count - 1) * cell.getLineSpacing());
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        super.layoutChildren(x, y, w, h);
        lines.afterLayout();
    }
}
