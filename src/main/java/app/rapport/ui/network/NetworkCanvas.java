package app.rapport.ui.network;

import app.rapport.domain.network.MapColour;
import app.rapport.domain.network.MapDrawing;
import app.rapport.domain.network.MapLabels;
import app.rapport.domain.network.MapPalette;
import app.rapport.domain.network.MapView;
import java.util.function.LongConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws the network on one {@link Canvas}: thousands of nodes cost one draw call each instead of a
 * scene-graph node each. Zoom with the wheel (or pinch), pan by dragging the background, drag a node
 * to move it (it stays where it is put). Labels show for large nodes, the hovered and selected one,
 * and for all once zoomed in; when zoomed far out, edges thin to hairlines and small nodes to dots.
 */
public final class NetworkCanvas extends Region {
    /** Nodes smaller than this (in pixels) show no photo. */
    private static final double PHOTO_RADIUS = 9;
    private static final Font LABEL = Font.font(11);
    private static final int FAR_EDGE_BUDGET = 12_000;

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<MapDrawing> picture = new SimpleObjectProperty<>(MapDrawing.EMPTY);
    private final ObjectProperty<Long> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> hovered = new SimpleObjectProperty<>();
    private double scale = 1;
    private boolean userMoved;
    private double offsetX;
    private double offsetY;
    private Point2D dragStart;
    private MapDrawing.Node dragged;
    /** Contacts' photos drawn inside their nodes when zoomed in far enough; null: none. */
    private app.rapport.ui.contacts.Thumbnails photos;
    private LongConsumer onOpen = id -> { };
    private NodeMover mover = (id, x, y) -> { };

    /** Told when the user drags a node to a new place, in graph coordinates. */
    @FunctionalInterface
    public interface NodeMover {
        void moved(long id, double x, double y);
    }

    /** Draws contacts' photos in their nodes; the map is drawn again as photos arrive. */
    public void setPhotos(app.rapport.ui.contacts.Thumbnails thumbnails) {
        this.photos = thumbnails;
        thumbnails.arrivalsProperty().addListener((obs, old, now) -> redraw());
        redraw();
    }

    public NetworkCanvas() {
        getChildren().add(canvas);
        getStyleClass().add("network-canvas");
        setFocusTraversable(true);
        picture.addListener((obs, old, now) -> redraw());
        selected.addListener((obs, old, now) -> redraw());
        hovered.addListener((obs, old, now) -> redraw());
        setOnScroll(this::zoom);
        setOnZoom(e -> zoomAt(e.getX(), e.getY(), e.getZoomFactor()));
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            dragged = null;
            dragStart = null;
        });
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            MapDrawing.Node n = nodeAt(e.getX(), e.getY());
            hovered.set(n == null ? null : n.id());
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
                return;
            }
            MapDrawing.Node n = nodeAt(e.getX(), e.getY());
            selected.set(n == null ? null : n.id());
            if (n != null && e.getClickCount() == 2) {
                onOpen.accept(n.id());
            }
        });
    }

    /** What to draw. */
    public ObjectProperty<MapDrawing> pictureProperty() {
        return picture;
    }

    public ObjectProperty<Long> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Long> hoveredProperty() {
        return hovered;
    }

    /** Double-click on a node. */
    public void setOnOpen(LongConsumer action) {
        onOpen = action;
    }

    public void setNodeMover(NodeMover action) {
        mover = action;
    }

    /** Scales and centres so the whole network fits. */
    public void fit() {
        MapView fitted = MapView.fit(picture.get(), getWidth(), getHeight());
        scale = fitted.scale();
        offsetX = fitted.offsetX();
        offsetY = fitted.offsetY();
        redraw();
    }

    /**
     * Scales and centres so that one node is in the middle and every other node fits around it.
     * @return false when that node is not on the map (nothing changes)
     */
    public boolean fitAround(long id) {
        MapDrawing s = picture.get();
        MapDrawing.Node centre = s.nodes().stream().filter(n -> n.id() == id).findFirst().orElse(null);
        if (centre == null) {
            return false;
        }
        double reachX = 0;
        double reachY = 0;
        for (MapDrawing.Node n : s.nodes()) {
            reachX = Math.max(reachX, Math.abs(n.x() - centre.x()));
            reachY = Math.max(reachY, Math.abs(n.y() - centre.y()));
        }
        double w = Math.max(1, getWidth());
        double h = Math.max(1, getHeight());
        if (reachX > 0 || reachY > 0) {
            scale = 0.9 * Math.min(w / (2 * Math.max(reachX, 1e-6)), h / (2 * Math.max(reachY, 1e-6)));
        }
        offsetX = w / 2 - centre.x() * scale;
        offsetY = h / 2 - centre.y() * scale;
        redraw();
        return true;
    }

    /** Centres the view on a node without changing the zoom. */
    public void centreOn(long id) {
        for (MapDrawing.Node n : picture.get().nodes()) {
            if (n.id() == id) {
                offsetX = getWidth() / 2 - n.x() * scale;
                offsetY = getHeight() / 2 - n.y() * scale;
                redraw();
                return;
            }
        }
    }

    /** Moves the view by a distance in pixels (arrow keys, and the benchmark's panning). */
    public void panBy(double dx, double dy) {
        userMoved = true;
        offsetX += dx;
        offsetY += dy;
        redraw();
    }

    public void zoomBy(double factor) {
        zoomAt(getWidth() / 2, getHeight() / 2, factor);
    }

    private void zoom(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            zoomAt(e.getX(), e.getY(), Math.pow(1.0015, e.getDeltaY()));
        }
    }

    private void zoomAt(double x, double y, double factor) {
        userMoved = true;
        double next = Math.max(1e-4, Math.min(1e4, scale * factor));
        double f = next / scale;
        offsetX = x - f * (x - offsetX);
        offsetY = y - f * (y - offsetY);
        scale = next;
        redraw();
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        dragStart = new Point2D(e.getX(), e.getY());
        dragged = nodeAt(e.getX(), e.getY());
    }

    private void dragged(MouseEvent e) {
        if (dragStart == null) {
            return;
        }
        if (dragged != null) {
            mover.moved(dragged.id(), (e.getX() - offsetX) / scale, (e.getY() - offsetY) / scale);
        } else {
            userMoved = true;
            offsetX += e.getX() - dragStart.getX();
            offsetY += e.getY() - dragStart.getY();
            dragStart = new Point2D(e.getX(), e.getY());
            redraw();
        }
    }

    /** Whether the user has zoomed or panned; until then the map keeps itself fitted. */
    public boolean userMoved() {
        return userMoved;
    }

    /** The node under a point of the canvas, or null. */
    MapDrawing.Node nodeAt(double x, double y) {
        MapDrawing.Node best = null;
        double bestDistance = Double.MAX_VALUE;
        for (MapDrawing.Node n : picture.get().nodes()) {
            double dx = n.x() * scale + offsetX - x;
            double dy = n.y() * scale + offsetY - y;
            double r = Math.max(4, n.radius() * Math.min(1, Math.max(0.35, scale)));
            double d = dx * dx + dy * dy;
            if (d <= r * r && d < bestDistance) {
                best = n;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Where a node is drawn on the canvas, for tests and the hover card. */
    public Point2D screenPosition(long id) {
        for (MapDrawing.Node n : picture.get().nodes()) {
            if (n.id() == id) {
                return new Point2D(n.x() * scale + offsetX, n.y() * scale + offsetY);
            }
        }
        return null;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        boolean first = canvas.getWidth() == 0;
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            if (first) {
                fit();
            } else {
                redraw();
            }
        }
    }

    /** Draws the scene: edges first, then nodes, then labels on top. */
    public void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(fx(MapPalette.BACKGROUND));
        g.fillRect(0, 0, w, h);
        MapDrawing s = picture.get();
        MapView view = new MapView(scale, offsetX, offsetY);
        boolean far = view.far();
        double nodeScale = view.nodeScale();
        edges(g, s, far, nodeScale, w, h);
        Long sel = selected.get();
        Long hov = hovered.get();
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
            javafx.scene.image.Image photo = photos == null || far || r < PHOTO_RADIUS || n.id() <= 0 ? null
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
    private void edges(GraphicsContext g, MapDrawing s, boolean far, double nodeScale, double w, double h) {
        java.util.Map<Long, java.util.List<MapDrawing.Edge>> looks = new java.util.HashMap<>();
        // zoomed far out, a map with many ties shows an even sample of them: the texture stays, the cost goes
        int every = far ? Math.max(1, (int) Math.ceil(s.edges().size() / (double) FAR_EDGE_BUDGET)) : 1;
        int index = 0;
        for (MapDrawing.Edge e : s.edges()) {
            if (index++ % every != 0) {
                continue;
            }
            double x1 = e.x1() * scale + offsetX;
            double y1 = e.y1() * scale + offsetY;
            double x2 = e.x2() * scale + offsetX;
            double y2 = e.y2() * scale + offsetY;
            if (Math.max(x1, x2) < 0 || Math.min(x1, x2) > w || Math.max(y1, y2) < 0 || Math.min(y1, y2) > h) {
                continue; // off screen
            }
            int width = far ? 0 : (int) Math.round(2 * Math.max(0.6, e.width() * nodeScale));
            int style = far || s.edges().size() > 3_000 ? 0 : e.style(); // dashes cost too much on big maps
            long look = ((long) (e.colour() + 1) << 32) | ((long) width << 8) | style;
            looks.computeIfAbsent(look, k -> new java.util.ArrayList<>()).add(e);
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
                g.moveTo(e.x1() * scale + offsetX, e.y1() * scale + offsetY);
                g.lineTo(e.x2() * scale + offsetX, e.y2() * scale + offsetY);
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
