package app.rapport.ui.network;

import app.rapport.domain.network.MapColour;
import app.rapport.domain.network.MapDrawing;
import app.rapport.domain.network.MapLabels;
import app.rapport.domain.network.MapPalette;
import app.rapport.domain.network.MapView;
import app.rapport.ui.contacts.Thumbnails;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Paints the map's {@link MapDrawing} on the window's canvas through its zoom and pan: the drawing
 * model says what is drawn where, this only how JavaFX draws it fast — ties batched into one path per
 * look, zoomed far out a sample of them as hairlines and small nodes as dots, photos in nodes large
 * enough to show one.
 */
final class CanvasPainter {
    /** Nodes smaller than this (in pixels) show no photo. */
    private static final double PHOTO_RADIUS = 9;
    private static final Font LABEL = Font.font(11);
    private static final int FAR_EDGE_BUDGET = 12_000;

    private CanvasPainter() {
    }

    /**
     * Draws {@code s} on a surface of {@code w} × {@code h} seen through {@code view}: edges first, then
     * nodes (with photos where {@code photos} is not null), then labels on top.
     */
    static void paint(GraphicsContext g, MapDrawing s, MapView view, double w, double h, Long sel, Long hov,
                      Thumbnails photos) {
        g.setFill(fx(MapPalette.BACKGROUND));
        g.fillRect(0, 0, w, h);
        boolean far = view.far();
        double nodeScale = view.nodeScale();
        edges(g, s, view, w, h);
        for (MapDrawing.Node n : s.nodes()) {
            double x = view.x(n.x());
            double y = view.y(n.y());
            double r = far && !n.highlighted() ? Math.max(1.5, n.radius() * nodeScale * 0.6) : n.radius() * nodeScale;
            if (x < -r || x > w + r || y < -r || y > h + r) {
                continue;
            }
            MapColour fill = n.fill();
            g.setFill(fx(n.highlighted() || sel == null ? fill : MapPalette.faded(fill)));
            if (n.person()) {
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
            } else {
                g.fillRoundRect(x - r, y - r, 2 * r, 2 * r, r * 0.6, r * 0.6); // organisations are squares
            }
            // a photo only where a node is big enough to show one: asking costs nothing zoomed out
            Image photo = photos == null || far || r < PHOTO_RADIUS || n.id() <= 0 ? null
                    : photos.get(n.id());
            if (photo != null) {
                g.save();
                g.beginPath();
                if (n.person()) {
                    g.arc(x, y, r - 1, r - 1, 0, 360);
                } else {
                    g.rect(x - r + 1, y - r + 1, 2 * r - 2, 2 * r - 2);
                }
                g.closePath();
                g.clip();
                g.drawImage(photo, x - r, y - r, 2 * r, 2 * r);
                g.restore();
            }
            boolean isSelected = sel != null && sel == n.id();
            if (isSelected || n.highlighted() || n.flagged()) {
                g.setStroke(fx(n.flagged() ? MapPalette.FLAGGED_RING : isSelected ? MapPalette.SELECTED_RING
                        : MapPalette.HIGHLIGHT_RING));
                g.setLineWidth(isSelected ? 3 : 2);
                if (n.person()) {
                    g.strokeOval(x - r - 2, y - r - 2, 2 * r + 4, 2 * r + 4);
                } else {
                    g.strokeRect(x - r - 2, y - r - 2, 2 * r + 4, 2 * r + 4);
                }
            }
        }
        g.setFont(LABEL);
        g.setTextAlign(TextAlignment.CENTER);
        for (MapLabels.Label l : MapLabels.choose(s, view, w, h, nodeScale, MapLabels.budget(view),
                id -> (sel != null && sel == id) || (hov != null && hov == id))) {
            double[] box = l.box();
            g.setFill(fx(MapPalette.LABEL_BACKDROP));
            g.fillRect(box[0], box[1], box[2] - box[0], box[3] - box[1]);
            g.setFill(fx(MapPalette.LABEL));
            g.fillText(l.text(), l.x(), l.y(), MapLabels.WIDEST);
        }
    }

    /** The ties, as one path per look (colour, width, dash): one stroke instead of thousands. */
    private static void edges(GraphicsContext g, MapDrawing s, MapView view, double w, double h) {
        boolean far = view.far();
        double nodeScale = view.nodeScale();
        Map<Long, List<MapDrawing.Edge>> looks = new HashMap<>();
        // zoomed far out, a map with many ties shows an even sample of them: the texture stays, the cost goes
        int every = far ? Math.max(1, (int) Math.ceil(s.edges().size() / (double) FAR_EDGE_BUDGET)) : 1;
        int index = 0;
        for (MapDrawing.Edge e : s.edges()) {
            if (index++ % every != 0) {
                continue;
            }
            double x1 = view.x(e.x1());
            double y1 = view.y(e.y1());
            double x2 = view.x(e.x2());
            double y2 = view.y(e.y2());
            if (Math.max(x1, x2) < 0 || Math.min(x1, x2) > w || Math.max(y1, y2) < 0 || Math.min(y1, y2) > h) {
                continue; // off screen
            }
            int width = far ? 0 : (int) Math.round(2 * Math.max(0.6, e.width() * nodeScale));
            int style = far || s.edges().size() > 3_000 ? 0 : e.style(); // dashes cost too much on big maps
            long look = ((long) (e.colour() + 1) << 32) | ((long) width << 8) | style;
            looks.computeIfAbsent(look, k -> new ArrayList<>()).add(e);
        }
        for (var entry : looks.entrySet()) {
            long look = entry.getKey();
            int colour = (int) (look >> 32) - 1;
            int width = (int) ((look >> 8) & 0xFFFFFF);
            int style = (int) (look & 0xFF);
            g.setStroke(fx(MapPalette.tie(colour)));
            g.setLineWidth(width == 0 ? 0.5 : width / 2.0);
            g.setLineDashes(style == 0 ? null : style == 1 ? new double[] {6, 4} : new double[] {2, 4});
            g.beginPath();
            for (MapDrawing.Edge e : entry.getValue()) {
                g.moveTo(view.x(e.x1()), view.y(e.y1()));
                g.lineTo(view.x(e.x2()), view.y(e.y2()));
            }
            g.stroke();
        }
        g.setLineDashes(null);
    }

    /** A colour of the map's palette as JavaFX paints it. */
    static Color fx(MapColour c) {
        return Color.color(c.red(), c.green(), c.blue(), c.opacity());
    }
}
