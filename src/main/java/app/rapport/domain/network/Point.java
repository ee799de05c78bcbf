package app.rapport.domain.network;


/** A node's place on the map, in layout units (not pixels). */
public record Point(double x, double y) implements MapPoint {
    public double distance(Point other) {
        return Math.hypot(x - other.x, y - other.y);
    }
}
