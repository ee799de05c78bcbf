package app.rapport.ui.network;

import app.rapport.domain.network.MapDrawing;
import app.rapport.domain.network.MapView;
import app.rapport.ui.contacts.Thumbnails;
import java.util.function.LongConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;

/**
 * Shows the map's {@link MapDrawing} on one {@link Canvas} ({@link CanvasPainter} paints it): thousands
 * of nodes cost one draw call each instead of a scene-graph node each. Zoom with the wheel (or pinch), pan by dragging the background, drag a node
 * to move it (it stays where it is put). Labels show for large nodes, the hovered and selected one,
 * and for all once zoomed in; when zoomed far out, edges thin to hairlines and small nodes to dots.
 */
public final class NetworkCanvas extends Region {
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
    private Thumbnails photos;
    private LongConsumer onOpen = id -> { };
    private NodeMover mover = (id, x, y) -> { };

    /** Told when the user drags a node to a new place, in graph coordinates. */
    @FunctionalInterface
    public interface NodeMover {
        void moved(long id, double x, double y);
    }

    /** Draws contacts' photos in their nodes; the map is drawn again as photos arrive. */
    public void setPhotos(Thumbnails thumbnails) {
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

    /** Draws the scene through the current zoom and pan. */
    public void redraw() {
        CanvasPainter.paint(canvas.getGraphicsContext2D(), picture.get(), new MapView(scale, offsetX, offsetY),
                canvas.getWidth(), canvas.getHeight(), selected.get(), hovered.get(), photos);
    }
}
