package app.rapport.ui.network;

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
    static final Color[] PALETTE = {
        Color.web("#0969da"), Color.web("#cf222e"), Color.web("#1a7f37"), Color.web("#8250df"),
        Color.web("#bf8700"), Color.web("#e16f24"), Color.web("#1b7c83"), Color.web("#bf3989"),
        Color.web("#57606a"), Color.web("#4d2d00"), Color.web("#0550ae"), Color.web("#116329"),
    };
    private static final Color ME = Color.web("#24292f");
    /** Nodes smaller than this (in pixels) show no photo. */
    private static final double PHOTO_RADIUS = 9;
    private static final Font LABEL = Font.font(11);
    private static final int FAR_EDGE_BUDGET = 12_000;

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<Scene2D> picture = new SimpleObjectProperty<>(Scene2D.EMPTY);
    private final ObjectProperty<Long> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> hovered = new SimpleObjectProperty<>();
    private double scale = 1;
    private boolean userMoved;
    private double offsetX;
    private double offsetY;
    private Point2D dragStart;
    private Scene2D.Node dragged;
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
            Scene2D.Node n = nodeAt(e.getX(), e.getY());
            hovered.set(n == null ? null : n.id());
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
                return;
            }
            Scene2D.Node n = nodeAt(e.getX(), e.getY());
            selected.set(n == null ? null : n.id());
            if (n != null && e.getClickCount() == 2) {
                onOpen.accept(n.id());
            }
        });
    }

    /** What to draw. */
    public ObjectProperty<Scene2D> pictureProperty() {
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
        Scene2D s = picture.get();
        double w = Math.max(1, getWidth());
        double h = Math.max(1, getHeight());
        double gw = Math.max(1e-6, s.maxX() - s.minX());
        double gh = Math.max(1e-6, s.maxY() - s.minY());
        scale = 0.9 * Math.min(w / gw, h / gh);
        offsetX = w / 2 - scale * (s.minX() + gw / 2);
        offsetY = h / 2 - scale * (s.minY() + gh / 2);
        redraw();
    }

    /**
     * Scales and centres so that one node is in the middle and every other node fits around it.
     * @return false when that node is not on the map (nothing changes)
     */
    public boolean fitAround(long id) {
        Scene2D s = picture.get();
        Scene2D.Node centre = s.nodes().stream().filter(n -> n.id() == id).findFirst().orElse(null);
        if (centre == null) {
            return false;
        }
        double reachX = 0;
        double reachY = 0;
        for (Scene2D.Node n : s.nodes()) {
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
        for (Scene2D.Node n : picture.get().nodes()) {
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

    private static double importance(Scene2D.Node n, Long selected, Long hovered) {
        if ((selected != null && selected == n.id()) || (hovered != null && hovered == n.id())) {
            return 1e9;
        }
        return n.highlighted() ? 1e8 + n.radius() : n.radius();
    }

    private static boolean overlaps(double[] box, java.util.List<double[]> taken) {
        for (double[] t : taken) {
            if (box[0] < t[2] && t[0] < box[2] && box[1] < t[3] && t[1] < box[3]) {
                return true;
            }
        }
        return false;
    }

    /** Whether the user has zoomed or panned; until then the map keeps itself fitted. */
    public boolean userMoved() {
        return userMoved;
    }

    /** The node under a point of the canvas, or null. */
    Scene2D.Node nodeAt(double x, double y) {
        Scene2D.Node best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Scene2D.Node n : picture.get().nodes()) {
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
        for (Scene2D.Node n : picture.get().nodes()) {
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
        g.setFill(Color.web("#fbfcfd"));
        g.fillRect(0, 0, w, h);
        Scene2D s = picture.get();
        boolean far = scale < 0.25;
        double nodeScale = Math.min(1, Math.max(0.35, scale));
        // edges go out as one path per look (colour, width, dash): one stroke instead of thousands
        java.util.Map<Long, java.util.List<Scene2D.Edge>> looks = new java.util.HashMap<>();
        // zoomed far out, a map with many ties shows an even sample of them: the texture stays, the cost goes
        int every = far ? Math.max(1, (int) Math.ceil(s.edges().size() / (double) FAR_EDGE_BUDGET)) : 1;
        int index = 0;
        for (Scene2D.Edge e : s.edges()) {
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
            g.setStroke(colour < 0 ? Color.web("#8c959f", 0.35) : PALETTE[colour % PALETTE.length]
                    .deriveColor(0, 0.6, 1.1, 0.45));
            g.setLineWidth(width == 0 ? 0.5 : width / 2.0);
            g.setLineDashes(style == 0 ? null : style == 1 ? new double[] {6, 4} : new double[] {2, 4});
            g.beginPath();
            for (Scene2D.Edge e : entry.getValue()) {
                g.moveTo(e.x1() * scale + offsetX, e.y1() * scale + offsetY);
                g.lineTo(e.x2() * scale + offsetX, e.y2() * scale + offsetY);
            }
            g.stroke();
        }
        g.setLineDashes(null);
        Long sel = selected.get();
        Long hov = hovered.get();
        for (Scene2D.Node n : s.nodes()) {
            double x = n.x() * scale + offsetX;
            double y = n.y() * scale + offsetY;
            double r = far && !n.highlighted() ? Math.max(1.5, n.radius() * nodeScale * 0.6) : n.radius() * nodeScale;
            if (x < -r || x > w + r || y < -r || y > h + r) {
                continue;
            }
            Color fill = n.colour() < 0 ? ME : PALETTE[n.colour() % PALETTE.length];
            g.setFill(n.highlighted() || sel == null ? fill : fill.deriveColor(0, 0.7, 1.15, 0.85));
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
                g.setStroke(n.flagged() ? Color.web("#cf222e") : isSelected ? Color.web("#24292f") : Color.web("#bf8700"));
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
        // labels by importance (hovered, selected, matches, then the largest nodes), each only where it
        // overlaps no label already drawn, so what is written stays readable
        java.util.List<Scene2D.Node> byImportance = new java.util.ArrayList<>(s.nodes());
        byImportance.sort(java.util.Comparator.comparingDouble((Scene2D.Node n) -> -importance(n, sel, hov)));
        java.util.List<double[]> taken = new java.util.ArrayList<>();
        int drawn = 0;
        for (Scene2D.Node n : byImportance) {
            boolean always = (sel != null && sel == n.id()) || (hov != null && hov == n.id()) || n.highlighted();
            if (!always && (far || drawn >= (scale >= 1.6 ? 400 : 40))) {
                continue;
            }
            double x = n.x() * scale + offsetX;
            double y = n.y() * scale + offsetY + n.radius() * nodeScale + 12;
            if (x < -100 || x > w + 100 || y < -20 || y > h + 20) {
                continue;
            }
            double tw = Math.min(180, n.label().length() * 6.2);
            double[] box = {x - tw / 2 - 2, y - 10, x + tw / 2 + 2, y + 3};
            if (!always && overlaps(box, taken)) {
                continue;
            }
            taken.add(box);
            drawn++;
            g.setFill(Color.web("#ffffff", 0.85));
            g.fillRect(box[0], box[1], box[2] - box[0], box[3] - box[1]);
            g.setFill(Color.web("#24292f"));
            g.fillText(n.label(), x, y, 180);
        }
    }
}
