package app.rapport.ui.common;

import javafx.scene.control.Label;
import javafx.scene.control.skin.LabelSkin;

/**
 * {@link LabelSkin} with wrapped Thai drawn line by line ({@link LineByLine}, ADR 0011); any other
 * label is drawn exactly as {@code LabelSkin} draws it. Set for every label by {@code complex-text.css}.
 */
public class LineByLineLabelSkin extends LabelSkin {
    private final LineByLine lines;

    public LineByLineLabelSkin(Label label) {
        super(label);
        lines = new LineByLine(label, getChildren());
    }

    @Override
    protected void updateChildren() {
        super.updateChildren(); // clears the children; LabelSkin's constructor calls it before ours has run
        if (lines != null) {
            lines.rejoin();
        }
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        super.layoutChildren(x, y, w, h);
        lines.afterLayout();
    }

    /** What is drawn line by line now, or null when the label draws its own text. */
    String drawnLines() {
        return lines.drawnLines();
    }
}
