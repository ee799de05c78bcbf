package app.rapport.ui.common;

import javafx.scene.control.CheckBox;
import javafx.scene.control.skin.CheckBoxSkin;

/**
 * {@link CheckBoxSkin} with wrapped Thai drawn line by line ({@link LineByLine}, ADR 0011): the card
 * builder's rules and the editor's Archived box wrap. Set for every check box by {@code complex-text.css}.
 */
public class LineByLineCheckBoxSkin extends CheckBoxSkin {
    private final LineByLine lines;

    public LineByLineCheckBoxSkin(CheckBox box) {
        super(box);
        lines = new LineByLine(box, getChildren());
    }

    @Override
    protected void updateChildren() {
        super.updateChildren(); // clears the children; the super constructor calls it before ours has run
        if (lines != null) {
            lines.rejoin();
        }
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        super.layoutChildren(x, y, w, h);
        lines.afterLayout();
    }

    /** What is drawn line by line now, or null when the box draws its own text. */
    String drawnLines() {
        return lines.drawnLines();
    }
}
