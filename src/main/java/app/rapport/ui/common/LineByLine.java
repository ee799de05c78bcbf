package app.rapport.ui.common;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Draws a labeled control's wrapped Thai text one line at a time, over its own text, which it hides
 * (ADR 0011: JavaFX's Linux shaper draws the first line of a wrapped Thai run to the run's end). A
 * skin lays out as usual, then calls {@link #afterLayout()}; for any other text nothing changes.
 */
final class LineByLine {
    private final Labeled labeled;
    private final List<Node> children;
    private final Text lines = new Text();
    private Text own;
    // the last text broken into lines, and for what: layout runs often, the text seldom changes
    private String brokenFrom;
    private Font brokenFont;
    private double brokenWidth;
    private String broken;

    /** @param children the skin's children, which the lines join */
    LineByLine(Labeled labeled, List<Node> children) {
        this.labeled = labeled;
        this.children = children;
        lines.setManaged(false);
        lines.setMouseTransparent(true);
        lines.setVisible(false);
        lines.getStyleClass().add("line-by-line");
        rejoin();
    }

    /** Puts the lines back among the children after the skin has rebuilt them. */
    void rejoin() {
        if (!children.contains(lines)) {
            children.add(lines);
        }
    }

    void afterLayout() {
        Text text = ownText();
        if (text == null) {
            return;
        }
        String shown = text.getText();
        double width = text.getWrappingWidth();
        String drawn = width > 0 && labeled.isWrapText() && ComplexText.needsLineByLine(shown)
                ? linesOf(shown, text.getFont(), width) : null;
        if (drawn == null || drawn.equals(shown)) {
            text.setOpacity(1);
            lines.setVisible(false);
            return;
        }
        if (!drawn.equals(lines.getText())) {
            lines.setText(drawn);
        }
        lines.setFont(text.getFont());
        lines.setFill(text.getFill());
        lines.setTextAlignment(text.getTextAlignment());
        lines.setLineSpacing(text.getLineSpacing());
        lines.setTextOrigin(text.getTextOrigin());
        lines.setBoundsType(text.getBoundsType());
        lines.setUnderline(text.isUnderline());
        // no wrapping of its own: the lines end where they were broken, even where the measure was a hair
        // short; centred and right-aligned lines are placed within the width as the control's would be
        lines.setWrappingWidth(0);
        lines.setLayoutX(text.getLayoutX() + shift(text.getTextAlignment(), width - lines.getLayoutBounds().getWidth()));
        lines.setLayoutY(text.getLayoutY());
        lines.setVisible(true);
        text.setOpacity(0);
    }

    private static double shift(javafx.scene.text.TextAlignment alignment, double room) {
        return switch (alignment) {
            case CENTER -> Math.max(0, room) / 2;
            case RIGHT -> Math.max(0, room);
            default -> 0;
        };
    }

    /** The text as drawn now with a line break at each line's end, or null when the control draws its own. */
    String drawnLines() {
        return lines.isVisible() ? lines.getText() : null;
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

    /** The control's own text node, made by its skin (not the graphic, not our lines). */
    private Text ownText() {
        if (own != null && children.contains(own)) {
            return own;
        }
        own = null;
        Node graphic = labeled.getGraphic();
        for (Node child : children) {
            if (child instanceof Text t && child != lines && child != graphic) {
                own = t;
            }
        }
        return own;
    }
}
