package app.rapport.ui.matrix;

import app.rapport.domain.matrix.CooperationRules;
import app.rapport.domain.matrix.MatrixEntry;
import app.rapport.domain.matrix.Quadrant;
import app.rapport.ui.common.I18n;

/** What the Matrix area says, in the user's words: quadrants, their people, the editor's heading and what was done. */
final class MatrixTexts {
    private final I18n i18n;

    MatrixTexts(I18n i18n) {
        this.i18n = i18n;
    }

    String intro() {
        return i18n.format("matrix.intro", CooperationRules.HIGH_FROM);
    }

    String quadrant(Quadrant q) {
        return i18n.get("matrix.quadrant." + q.name());
    }

    String nextStep(Quadrant q) {
        return i18n.get("matrix.next." + q.name());
    }

    String emptyList() {
        return i18n.get("matrix.list.empty");
    }

    /** "High potentials (3)". */
    String heading(Quadrant q, int count) {
        return i18n.format("matrix.quadrant.heading", quadrant(q), count);
    }

    /** A line in a quadrant's list; a flagged contact carries the flag. */
    String listCell(MatrixEntry e) {
        return i18n.format("matrix.list.cell", e.name(), e.ours(), e.theirs()) + (e.flagged() ? "  \u2691" : "");
    }

    String tooltip(MatrixEntry e) {
        return i18n.format("matrix.point.tooltip", e.name(), quadrant(e.quadrant()), e.ours(), e.theirs())
                + (e.flagged() ? "\n\u2691 " + i18n.get("matrix.flagged") : "");
    }

    /** Whom the editor assesses, and whether they are on the matrix yet. */
    String editing(MatrixViewModel.Editing editing) {
        return editing == null ? i18n.get("matrix.editor.none")
                : i18n.format(editing.onMatrix() ? "matrix.editor.title" : "matrix.editor.new", editing.name());
    }

    /** Where the values entered put the contact, and the next step there. */
    String quadrantPreview(Quadrant q) {
        return q == null ? "" : i18n.format("matrix.editor.quadrant", quadrant(q), nextStep(q));
    }

    String done(MatrixViewModel.Done done) {
        return i18n.format(done.key(), done.name(), done.quadrant() == null ? "" : quadrant(done.quadrant()));
    }
}
