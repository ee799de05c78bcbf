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
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * {@link TextAreaSkin} with wrapped Thai drawn line by line (ADR 0011). A text area's paragraphs are
 * its own nodes, which it treats as nothing but paragraphs, so the lines are drawn in a layer of this
 * skin over the scroll pane's viewport (clipped to it), following the area's text wherever it scrolls;
 * the caret and the selection stay the area's own. Without Thai, or without wrapping, nothing changes.
 */
public class LineByLineTextAreaSkin extends TextAreaSkin {
    private final Text lines = new Text();
    private final Pane layer = new Pane(lines);
    private final Rectangle clip = new Rectangle();
    private Text own;
    private ScrollPane scroll;
    private String brokenFrom;
    private Font brokenFont;
    private double brokenWidth;
    private String broken;

    public LineByLineTextAreaSkin(TextArea area) {
        super(area);
        layer.setManaged(false);
        layer.setMouseTransparent(true);
        layer.setClip(clip);
        layer.setVisible(false);
        lines.setManaged(false);
        lines.getStyleClass().add("line-by-line");
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
        if (own == null || scroll == null) {
            return;
        }
        String shown = own.getText();
        double width = own.getWrappingWidth();
        String drawn = width > 0 && getSkinnable().isWrapText() && ComplexText.needsLineByLine(shown)
                ? linesOf(shown, own.getFont(), width) : null;
        if (drawn == null || drawn.equals(shown)) {
            own.setOpacity(1);
            layer.setVisible(false);
            return;
        }
        Node viewport = scroll.lookup(".viewport");
        if (viewport == null) {
            return;
        }
        Bounds view = getSkinnable().sceneToLocal(viewport.localToScene(viewport.getLayoutBounds()));
        Point2D origin = getSkinnable().sceneToLocal(own.localToScene(0, 0));
        layer.resizeRelocate(view.getMinX(), view.getMinY(), view.getWidth(), view.getHeight());
        clip.setWidth(view.getWidth());
        clip.setHeight(view.getHeight());
        if (!drawn.equals(lines.getText())) {
            lines.setText(drawn);
        }
        lines.setFont(own.getFont());
        lines.setFill(own.getFill());
        lines.setTextAlignment(own.getTextAlignment());
        lines.setLineSpacing(own.getLineSpacing());
        lines.setTextOrigin(own.getTextOrigin());
        lines.setBoundsType(own.getBoundsType());
        lines.setWrappingWidth(0); // the lines end where they were broken, and nowhere else
        lines.setLayoutX(origin.getX() - view.getMinX());
        lines.setLayoutY(origin.getY() - view.getMinY());
        layer.setVisible(true);
        own.setOpacity(0);
    }

    private String linesOf(String shown, Font font, double width) {
        if (!shown.equals(brokenFrom) || !font.equals(brokenFont) || width != brokenWidth) {
            broken = LineBreaks.of(shown, font, width);
            brokenFrom = shown;
            brokenFont = font;
            brokenWidth = width;
        }
        return broken;
    }

    /** What is drawn line by line now, or null when the area draws its own text. */
    String drawnLines() {
        return layer.isVisible() ? lines.getText() : null;
    }
}
