package app.rapport.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * A row of controls at the start (left) and at the end (right), each at its whole width. Where a
 * language's longer words do not fit on one row, the end controls move to a row of their own, still
 * at the right, and any group wider than the bar wraps like a flow; nothing is cut short.
 */
public final class ActionBar extends Region {
    private final ObservableList<Node> start = FXCollections.observableArrayList();
    private final ObservableList<Node> end = FXCollections.observableArrayList();
    private double hgap = 8;
    private double vgap = 6;

    public ActionBar() {
        ListChangeListener<Node> sync = c -> {
            List<Node> all = new ArrayList<>(start);
            all.addAll(end);
            getChildren().setAll(all);
        };
        start.addListener(sync);
        end.addListener(sync);
    }

    public ActionBar(List<? extends Node> start, List<? extends Node> end) {
        this();
        this.start.setAll(start);
        this.end.setAll(end);
    }

    /** The controls at the left, in order. */
    public ObservableList<Node> getStart() {
        return start;
    }

    /** The controls at the right, in order. */
    public ObservableList<Node> getEnd() {
        return end;
    }

    public double getHgap() {
        return hgap;
    }

    public void setHgap(double hgap) {
        this.hgap = hgap;
        requestLayout();
    }

    public double getVgap() {
        return vgap;
    }

    public void setVgap(double vgap) {
        this.vgap = vgap;
        requestLayout();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        double widest = 0;
        for (Node n : managed(start, end)) {
            widest = Math.max(widest, width(n));
        }
        Insets in = getInsets();
        return in.getLeft() + widest + in.getRight();
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + span(managed(start, end)) + in.getRight();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double inner = width < 0 ? Double.MAX_VALUE : width - in.getLeft() - in.getRight();
        double height = 0;
        List<List<Node>> rows = rows(inner);
        for (List<Node> row : rows) {
            height += rowHeight(row);
        }
        return in.getTop() + height + Math.max(0, rows.size() - 1) * vgap + in.getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double inner = getWidth() - in.getLeft() - in.getRight();
        double y = in.getTop();
        List<Node> starts = managed(start);
        for (List<Node> row : rows(inner)) {
            double h = rowHeight(row);
            boolean atEnd = !row.isEmpty() && !starts.contains(row.get(0));
            double used = span(row);
            double x = in.getLeft();
            List<Node> endOfOneRow = oneRowEnd(row, starts);
            for (Node n : row) {
                if (atEnd && n == row.get(0)) {
                    x = in.getLeft() + Math.max(0, inner - used);
                } else if (!atEnd && !endOfOneRow.isEmpty() && n == endOfOneRow.get(0)) {
                    x = Math.max(x, in.getLeft() + inner - span(endOfOneRow));
                }
                double w = Math.min(width(n), Math.max(0, inner));
                double nh = Math.min(n.prefHeight(w), h);
                n.resizeRelocate(snapPositionX(x), snapPositionY(y + (h - nh) / 2), w, snapSizeY(nh));
                x += w + hgap;
            }
            y += h + vgap;
        }
    }

    /** On a row holding both groups, the end controls, to be pushed to the right. */
    private List<Node> oneRowEnd(List<Node> row, List<Node> starts) {
        List<Node> ends = new ArrayList<>();
        boolean hasStart = false;
        for (Node n : row) {
            if (starts.contains(n)) {
                hasStart = true;
            } else {
                ends.add(n);
            }
        }
        return hasStart ? ends : List.of();
    }

    /** One row if all fit; else the start controls flow from the left and the end controls below them. */
    private List<List<Node>> rows(double inner) {
        List<Node> starts = managed(start);
        List<Node> ends = managed(end);
        List<Node> all = new ArrayList<>(starts);
        all.addAll(ends);
        List<List<Node>> rows = new ArrayList<>();
        if (all.isEmpty()) {
            return rows;
        }
        if (span(all) <= inner) {
            rows.add(all);
            return rows;
        }
        rows.addAll(flow(starts, inner));
        rows.addAll(flow(ends, inner));
        return rows;
    }

    private List<List<Node>> flow(List<Node> nodes, double inner) {
        List<List<Node>> rows = new ArrayList<>();
        List<Node> row = new ArrayList<>();
        double used = 0;
        for (Node n : nodes) {
            double w = width(n);
            if (!row.isEmpty() && used + hgap + w > inner) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            used += (row.isEmpty() ? 0 : hgap) + w;
            row.add(n);
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    /** The width {@code nodes} take side by side, gaps included. */
    private double span(List<Node> nodes) {
        double used = 0;
        for (Node n : nodes) {
            used += width(n);
        }
        return used + Math.max(0, nodes.size() - 1) * hgap;
    }

    private double rowHeight(List<Node> row) {
        double h = 0;
        for (Node n : row) {
            h = Math.max(h, n.prefHeight(width(n)));
        }
        return h;
    }

    /** A control's whole width: never less than it needs for its label. */
    private double width(Node n) {
        return snapSizeX(Math.max(n.prefWidth(-1), n.minWidth(-1)));
    }

    @SafeVarargs
    private static List<Node> managed(List<Node>... groups) {
        List<Node> out = new ArrayList<>();
        for (List<Node> group : groups) {
            for (Node n : group) {
                if (n.isManaged()) {
                    out.add(n);
                }
            }
        }
        return out;
    }
}
