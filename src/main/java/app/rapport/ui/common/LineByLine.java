package app.rapport.ui.common;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Draws a labeled control's wrapped Thai text one line at a time, over its own text, which it hides
 * (ADR 0011: JavaFX's Linux shaper draws the first line of a wrapped Thai run to the run's end). A
 * skin lays out as usual, then calls {@link #afterLayout()}; for any other text nothing changes.
 */
final class LineByLine {
    private final Labeled labeled;
    private final List<Node> children;
    private final BrokenLines lines = new BrokenLines();
    private Text own;

    /** @param children the skin's children, which the lines join */
    LineByLine(Labeled labeled, List<Node> children) {
        this.labeled = labeled;
        this.children = children;
        rejoin();
    }

    /** Puts the lines back among the children after the skin has rebuilt them. */
    void rejoin() {
        if (!children.contains(lines.node())) {
            children.add(lines.node());
        }
    }

    void afterLayout() {
        Text text = ownText();
        if (text != null && lines.follow(text, labeled.isWrapText())) {
            lines.node().setLayoutX(text.getLayoutX() + lines.indent(text));
            lines.node().setLayoutY(text.getLayoutY());
        }
    }

    /** The text as drawn now with a line break at each line's end, or null when the control draws its own. */
    String drawnLines() {
        return lines.drawn();
    }

    /** The control's own text node, made by its skin (not the graphic, not our lines). */
    private Text ownText() {
        if (own != null && children.contains(own)) {
            return own;
        }
        own = null;
        Node graphic = labeled.getGraphic();
        for (Node child : children) {
            if (child instanceof Text t && child != lines.node() && child != graphic) {
                own = t;
            }
        }
        return own;
    }

    /**
     * The height of a wrapped cell as {@link LineByLine} will draw it: {@code own}, JavaFX's answer,
     * unless its text is Thai (or another script it draws), which JavaFX measures as one line.
     */
    static double wrappedHeight(javafx.scene.control.Labeled cell, double own, double width, double top, double right,
                                double bottom, double left) {
        String text = cell.getText();
        if (width <= 0 || !cell.isWrapText() || text == null || cell.getGraphic() != null
                || !ComplexText.needsLineByLine(text)) {
            return own;
        }
        int count = LineBreaks.of(text, cell.getFont(), width - left - right).split("\n", -1).length;
        javafx.scene.text.Text probe = new javafx.scene.text.Text(text);
        probe.setFont(cell.getFont());
        double line = probe.getLayoutBounds().getHeight(); // one line of this text in this font
        return Math.max(own, top + bottom + count * line + (count - 1) * cell.getLineSpacing());
    }
}
