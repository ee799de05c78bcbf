package app.rapport.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.skin.LabelSkin;
import javafx.scene.text.Text;

/**
 * A label skin that draws wrapped Thai text one line at a time. On Linux, JavaFX (21 and 22 alike)
 * shapes complex scripts with Pango and caches each run's text by the run; when a line break falls
 * inside a run, the shortened run is shaped again from the cached, whole text, so the first line
 * draws the rest of the paragraph past the label's edge. Lines that end in explicit line breaks are
 * runs of their own and are never split: this skin lays the label out as usual, then, when the text
 * is Thai and wraps, hides the label's own text and draws the same words with a line break where
 * each line ends ({@link LineBreaks}). Any other label is drawn exactly as {@link LabelSkin} draws it.
 * Installed for every label by {@code complex-text.css} ({@link ComplexText#install}).
 */
public class LineByLineLabelSkin extends LabelSkin {
    private final Text lines = new Text();
    private Text own;
    // the last text broken into lines, and for what: layout runs often, the text seldom changes
    private String brokenFrom;
    private javafx.scene.text.Font brokenFont;
    private double brokenWidth;
    private String broken;

    public LineByLineLabelSkin(Label label) {
        super(label);
        lines.setManaged(false);
        lines.setMouseTransparent(true);
        lines.setVisible(false);
        lines.getStyleClass().add("line-by-line");
        getChildren().add(lines);
    }

    @Override
    protected void updateChildren() {
        super.updateChildren(); // clears the children: the constructor of LabelSkin calls this before ours runs
        if (lines != null && !getChildren().contains(lines)) {
            getChildren().add(lines);
        }
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        super.layoutChildren(x, y, w, h);
        Text text = ownText();
        if (text == null) {
            return;
        }
        String shown = text.getText();
        double width = text.getWrappingWidth();
        String broken = width > 0 && getSkinnable().isWrapText() && ComplexText.needsLineByLine(shown)
                ? linesOf(shown, text.getFont(), width) : null;
        if (broken == null || broken.equals(shown)) {
            text.setOpacity(1);
            lines.setVisible(false);
            return;
        }
        if (!broken.equals(lines.getText())) {
            lines.setText(broken);
        }
        lines.setFont(text.getFont());
        lines.setFill(text.getFill());
        lines.setTextAlignment(text.getTextAlignment());
        lines.setLineSpacing(text.getLineSpacing());
        lines.setTextOrigin(text.getTextOrigin());
        lines.setBoundsType(text.getBoundsType());
        lines.setUnderline(text.isUnderline());
        // the same width as the label's text, so centred and right-aligned lines sit where they would
        lines.setWrappingWidth(width + 1);
        lines.setLayoutX(text.getLayoutX());
        lines.setLayoutY(text.getLayoutY());
        lines.setVisible(true);
        text.setOpacity(0);
    }

    private String linesOf(String shown, javafx.scene.text.Font font, double width) {
        if (!shown.equals(brokenFrom) || !font.equals(brokenFont) || width != brokenWidth) {
            broken = LineBreaks.of(shown, font, width);
            brokenFrom = shown;
            brokenFont = font;
            brokenWidth = width;
        }
        return broken;
    }

    /** The label's own text node, made by the skin (not the graphic, not our lines). */
    private Text ownText() {
        if (own != null && getChildren().contains(own)) {
            return own;
        }
        own = null;
        Node graphic = getSkinnable().getGraphic();
        for (Node child : getChildren()) {
            if (child instanceof Text t && child != lines && child != graphic) {
                own = t;
            }
        }
        return own;
    }

    /** The text as drawn now: the label's words with a line break at each line's end, or null when not needed. */
    String drawnLines() {
        return lines.isVisible() ? lines.getText() : null;
    }
}
