package app.rapport.domain.network;

/** The smallest rectangle around a layout's nodes. */
public record Bounds(double minX, double minY, double maxX, double maxY) {
    public static final Bounds EMPTY = new Bounds(0, 0, 0, 0);

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }

    /** The longer side: what "moved by a small fraction of the map" is measured against. */
    public double size() {
        return Math.max(width(), height());
    }
}
