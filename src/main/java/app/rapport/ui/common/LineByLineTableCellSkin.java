package app.rapport.ui.common;

import javafx.scene.control.TableCell;
import javafx.scene.control.skin.TableCellSkin;

/**
 * {@link TableCellSkin} with wrapped Thai drawn line by line ({@link LineByLine}, ADR 0011): the merge
 * and import tables wrap addresses and names. Set for every table cell by {@code complex-text.css}.
 */
public class LineByLineTableCellSkin<S, T> extends TableCellSkin<S, T> {
    private final LineByLine lines;

    public LineByLineTableCellSkin(TableCell<S, T> cell) {
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
     * A table row asks its cells for their height without a width, and a wrapped cell then answers for
     * one line: its text was cut with "…". A wrapped cell answers for its text at its column's width,
     * and for Thai, for the lines {@link LineByLine} will draw (the shaper measures them as one).
     */
    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        TableCell<S, T> cell = getSkinnable();
        if (width < 0 && cell.isWrapText() && cell.getTableColumn() != null) {
            width = cell.getTableColumn().getWidth();
        }
        return LineByLine.wrappedHeight(cell, super.computePrefHeight(width, top, right, bottom, left), width, top,
                right, bottom, left);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        super.layoutChildren(x, y, w, h);
        lines.afterLayout();
    }
}
