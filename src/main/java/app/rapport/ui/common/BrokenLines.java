package app.rapport.ui.common;

import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The text a control would wrap, drawn by a node of our own with a line break at the end of each line
 * (ADR 0011), in the control's font, fill and alignment; the control's own text is hidden meanwhile.
 * The skins place the node; this class decides whether it is needed and what it shows.
 */
final class BrokenLines {
    private final Text lines = new Text();
    // the last text broken into lines, and for what: layout runs often, the text seldom changes
    private String brokenFrom;
    private Font brokenFont;
    private double brokenWidth;
    private String broken;

    BrokenLines() {
        lines.setManaged(false);
        lines.setMouseTransparent(true);
        lines.setVisible(false);
        lines.getStyleClass().add("line-by-line");
    }

    Text node() {
        return lines;
    }

    /**
     * Draws {@code own}'s text line by line when it is Thai (or another script JavaFX wraps wrongly)
     * and wraps, hiding {@code own}; otherwise shows {@code own} again.
     *
     * @return whether the lines are drawn (and need placing)
     */
    boolean follow(Text own, boolean wraps) {
        String shown = own.getText();
        double width = own.getWrappingWidth();
        String drawn = width > 0 && wraps && ComplexText.needsLineByLine(shown) ? linesOf(shown, own.getFont(), width)
                : null;
        if (drawn == null || drawn.equals(shown)) {
            own.setOpacity(1);
            lines.setVisible(false);
            return false;
        }
        if (!drawn.equals(lines.getText())) {
            lines.setText(drawn);
        }
        lines.setFont(own.getFont());
        lines.setFill(own.getFill());
        lines.setTextAlignment(own.getTextAlignment());
        lines.setLineSpacing(own.getLineSpacing());
        lines.setTextOrigin(own.getTextOrigin());
        lines.setBoundsType(own.getBoundsType());
        lines.setUnderline(own.isUnderline());
        // no wrapping of its own: the lines end where they were broken, even where the measure was a hair short
        lines.setWrappingWidth(0);
        lines.setVisible(true);
        own.setOpacity(0);
        return true;
    }

    /** How far right of {@code own}'s origin the lines start, so centred and right-aligned lines sit as its would. */
    double indent(Text own) {
        double room = Math.max(0, own.getWrappingWidth() - lines.getLayoutBounds().getWidth());
        return own.getTextAlignment() == TextAlignment.CENTER ? room / 2
                : own.getTextAlignment() == TextAlignment.RIGHT ? room : 0;
    }

    /** The text as drawn now with a line break at each line's end, or null when the control draws its own. */
    String drawn() {
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
}
