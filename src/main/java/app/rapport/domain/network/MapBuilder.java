package app.rapport.domain.network;

import app.rapport.domain.contacts.ContactKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.LongToDoubleFunction;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Builds the {@link MapDrawing} of a network and its layout, once for the window and the command line:
 * nodes sized by a measure (connections, brokerage or score; Me a fixed size), coloured by their group,
 * ties as wide as they are strong and tinted by their type; nodes not placed yet are left out.
 */
public final class MapBuilder<N extends MapNode> {
    /** Me's radius; every other node's runs from {@link #SMALLEST} to {@link #SMALLEST} + {@link #GROWTH}. */
    public static final double ME_RADIUS = 16;
    public static final double SMALLEST = 5;
    public static final double GROWTH = 17;

    private final Collection<N> nodes;
    private final Collection<? extends MapTie> ties;
    private final Map<Long, ? extends MapPoint> positions;
    private LongToDoubleFunction measure = id -> 1;
    private ToIntFunction<N> colour = n -> MapPalette.GREY;
    private Predicate<N> highlighted = n -> false;

    private MapBuilder(Collection<N> nodes, Collection<? extends MapTie> ties, Map<Long, ? extends MapPoint> positions) {
        this.nodes = nodes;
        this.ties = ties;
        this.positions = positions;
    }

    /** The nodes and ties shown, and where the layout put them. */
    public static <N extends MapNode> MapBuilder<N> of(Collection<N> nodes, Collection<? extends MapTie> ties,
                                                       Map<Long, ? extends MapPoint> positions) {
        return new MapBuilder<>(nodes, ties, positions);
    }

    /** What a node's size says; the largest measure draws the largest node. */
    public MapBuilder<N> sizedBy(LongToDoubleFunction measure) {
        this.measure = measure;
        return this;
    }

    /** A node's colour, an index into {@link MapPalette} (Me is always {@link MapPalette#MINE}). */
    public MapBuilder<N> colouredBy(ToIntFunction<N> colour) {
        this.colour = colour;
        return this;
    }

    /** The nodes that match the search: ringed and always labelled. */
    public MapBuilder<N> highlighting(Predicate<N> highlighted) {
        this.highlighted = highlighted;
        return this;
    }

    public MapDrawing build() {
        double maxMeasure = 1e-9;
        for (N n : nodes) {
            maxMeasure = Math.max(maxMeasure, measure.applyAsDouble(n.id()));
        }
        List<MapDrawing.Node> drawn = new ArrayList<>(nodes.size());
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (N n : nodes) {
            MapPoint p = positions.get(n.id());
            if (p == null) {
                continue;
            }
            double radius = n.isMe() ? ME_RADIUS : SMALLEST + GROWTH * Math.sqrt(measure.applyAsDouble(n.id()) / maxMeasure);
            drawn.add(new MapDrawing.Node(n.id(), p.x(), p.y(), radius, n.isMe() ? MapPalette.MINE : colour.applyAsInt(n),
                    n.kind() != ContactKind.ORGANISATION, n.name(), n.flagged(), !n.isMe() && highlighted.test(n)));
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        List<MapDrawing.Edge> edges = new ArrayList<>(ties.size());
        for (MapTie e : ties) {
            MapPoint a = positions.get(e.from());
            MapPoint b = positions.get(e.to());
            if (a == null || b == null) {
                continue;
            }
            int style = e.isMine() ? 2 : switch (e.type()) {
                case CLIENT, SUPPLIER, REFERRAL_SOURCE, PARTNER -> 1;
                default -> 0;
            };
            edges.add(new MapDrawing.Edge(a.x(), a.y(), b.x(), b.y(), 0.6 + 0.6 * e.strength(),
                    e.isMine() ? MapPalette.MINE : e.type().ordinal(), style));
        }
        return drawn.isEmpty() ? MapDrawing.EMPTY : new MapDrawing(drawn, edges, minX, minY, maxX, maxY);
    }
}
