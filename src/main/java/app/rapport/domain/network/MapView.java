package app.rapport.domain.network;

/**
 * How the map's graph coordinates fall on a surface of pixels: a point at (x, y) is drawn at
 * (x · scale + offsetX, y · scale + offsetY).
 */
public record MapView(double scale, double offsetX, double offsetY) {
    /** Zoomed this far out the map is drawn coarse: ties as hairlines, small nodes as dots, no labels. */
    public static final double FAR = 0.25;

    /** Scaled and centred so the whole drawing fits a surface, with a margin. */
    public static MapView fit(MapDrawing drawing, double width, double height) {
        double w = Math.max(1, width);
        double h = Math.max(1, height);
        double gw = Math.max(1e-6, drawing.maxX() - drawing.minX());
        double gh = Math.max(1e-6, drawing.maxY() - drawing.minY());
        double scale = 0.9 * Math.min(w / gw, h / gh);
        return new MapView(scale, w / 2 - scale * (drawing.minX() + gw / 2), h / 2 - scale * (drawing.minY() + gh / 2));
    }

    public double x(double graphX) {
        return graphX * scale + offsetX;
    }

    public double y(double graphY) {
        return graphY * scale + offsetY;
    }

    public boolean far() {
        return scale < FAR;
    }

    /** How much nodes shrink as the map zooms out (never below a third, never above full size). */
    public double nodeScale() {
        return Math.min(1, Math.max(0.35, scale));
    }
}
