package app.rapport.domain.network;

import java.util.Map;
import java.util.NoSuchElementException;

/** Where each node sits on the map; immutable, so the UI can draw it while the next one is computed. */
public final class Layout {
    public static final Layout EMPTY = new Layout(Map.of());

    private final Map<Long, Point> positions;
    private final Bounds bounds;

    public Layout(Map<Long, Point> positions) {
        this.positions = Map.copyOf(positions);
        this.bounds = boundsOf(this.positions);
    }

    public Map<Long, Point> positions() {
        return positions;
    }

    public boolean contains(long id) {
        return positions.containsKey(id);
    }

    public Point point(long id) {
        Point p = positions.get(id);
        if (p == null) {
            throw new NoSuchElementException("No position for node " + id);
        }
        return p;
    }

    public double x(long id) {
        return point(id).x();
    }

    public double y(long id) {
        return point(id).y();
    }

    public Bounds bounds() {
        return bounds;
    }

    public int size() {
        return positions.size();
    }

    private static Bounds boundsOf(Map<Long, Point> positions) {
        if (positions.isEmpty()) {
            return Bounds.EMPTY;
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Point p : positions.values()) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return new Bounds(minX, minY, maxX, maxY);
    }
}
