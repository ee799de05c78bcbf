package app.rapport.domain.network;

import java.util.List;

/**
 * What the map draws, already laid out in graph coordinates: plain values, so drawing needs no graph
 * library and no toolkit. The window paints it on its canvas (zoomed and panned), the command line
 * into a picture; {@link MapBuilder} makes it from the network and its layout.
 */
public record MapDrawing(List<Node> nodes, List<Edge> edges, double minX, double minY, double maxX, double maxY) {

    /**
     * A contact (or Me) at a point: its radius at full size, its colour (an index into {@link MapPalette},
     * {@link MapPalette#MINE} for Me), round for a person and square for an organisation, its label,
     * a red ring when flagged, and highlighted when it matches the search.
     */
    public record Node(long id, double x, double y, double radius, int colour, boolean person, String label,
                       boolean flagged, boolean highlighted) {
        public MapColour fill() {
            return MapPalette.node(colour);
        }
    }

    /**
     * A tie between two drawn nodes: its width by strength, its colour (the tie type's index into the
     * palette, {@link MapPalette#MINE} for mine), {@code style} 0 solid, 1 dashed (business ties), 2 dotted (mine).
     */
    public record Edge(double x1, double y1, double x2, double y2, double width, int colour, int style) {
        public MapColour stroke() {
            return MapPalette.tie(colour);
        }
    }

    public static final MapDrawing EMPTY = new MapDrawing(List.of(), List.of(), 0, 0, 1, 1);

    public MapDrawing {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }
}
