package app.rapport.ui.common;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.skin.TextAreaSkin;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * {@link TextAreaSkin} with wrapped Thai drawn line by line (ADR 0011). A text area's paragraphs are
 * its own nodes, which it treats as nothing but paragraphs, so the lines are drawn in a layer of this
 * skin over the scroll pane's viewport (clipped to it), following the area's text wherever it scrolls;
 * the caret and the selection stay the area's own. Without Thai, or without wrapping, nothing changes.
 */
public class LineByLineTextAreaSkin extends TextAreaSkin {
    private final BrokenLines lines = new BrokenLines();
    private final Pane layer = new Pane(lines.node());
    private final Rectangle clip = new Rectangle();
    private Text own;
    private ScrollPane scroll;

    public LineByLineTextAreaSkin(TextArea area) {
        super(area);
        layer.setManaged(false);
        layer.setMouseTransparent(true);
        layer.setClip(clip);
        layer.setVisible(false);
        getChildren().add(layer);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        super.layoutChildren(x, y, w, h);
        if (own == null) {
            track();
        }
        place();
    }

    /** Finds the area's text and follows it: a scroll moves it without laying this skin out again. */
    private void track() {
        for (Node child : getChildren()) {
            if (child instanceof ScrollPane pane && pane.getContent() != null) {
                scroll = pane;
                for (Node node : pane.getContent().lookupAll(".text")) {
                    if (node instanceof Text text && text.getParent() instanceof Group) {
                        own = text;
                    }
                }
            }
        }
        if (own != null) {
            own.localToSceneTransformProperty().addListener(o -> place());
            own.textProperty().addListener(o -> place());
            scroll.viewportBoundsProperty().addListener(o -> place());
        }
    }

    private void place() {
        Node viewport = scroll == null ? null : scroll.lookup(".viewport");
        if (own == null || viewport == null) {
            return;
        }
        if (!lines.follow(own, getSkinnable().isWrapText())) {
            layer.setVisible(false);
            return;
        }
        Bounds view = getSkinnable().sceneToLocal(viewport.localToScene(viewport.getLayoutBounds()));
        Point2D origin = getSkinnable().sceneToLocal(own.localToScene(0, 0));
        layer.resizeRelocate(view.getMinX(), view.getMinY(), view.getWidth(), view.getHeight());
        clip.setWidth(view.getWidth());
        clip.setHeight(view.getHeight());
        lines.node().setLayoutX(origin.getX() - view.getMinX() + lines.indent(own));
        lines.node().setLayoutY(origin.getY() - view.getMinY());
        layer.setVisible(true);
    }

    /** What is drawn line by line now, or null when the area draws its own text. */
    String drawnLines() {
        return lines.drawn();
    }
}
