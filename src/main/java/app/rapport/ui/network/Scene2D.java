package app.rapport.ui.network;

import java.util.List;

/**
 * What the canvas draws, already laid out in graph coordinates: plain values, so drawing needs no
 * graph types and the view-model can build it off the FX thread.
 */
public record Scene2D(List<Node> nodes, List<Edge> edges, double minX, double minY, double maxX, double maxY) {

    /** A contact (or Me) at a point. {@code colour} is an index into the palette; -1 for Me. */
    public record Node(long id, double x, double y, double radius, int colour, boolean person, String label,
                       boolean flagged, boolean highlighted) {
    }

    /** A tie between two drawn nodes. {@code style} 0 solid, 1 dashed (business ties), 2 dotted (Me). */
    public record Edge(double x1, double y1, double x2, double y2, double width, int colour, int style) {
    }

    public static final Scene2D EMPTY = new Scene2D(List.of(), List.of(), 0, 0, 1, 1);

    public boolean isEmpty() {
        return nodes.isEmpty();
    }
}
