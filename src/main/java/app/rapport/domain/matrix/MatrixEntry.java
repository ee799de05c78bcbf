package app.rapport.domain.matrix;

import app.rapport.domain.contacts.ContactKind;

/** One contact on the cooperation matrix, as the chart, the lists and the command line show it. */
public record MatrixEntry(long contactId, ContactKind kind, String name, int ours, int theirs, boolean flagged) {
    public Quadrant quadrant() {
        return CooperationRules.quadrant(ours, theirs);
    }
}
