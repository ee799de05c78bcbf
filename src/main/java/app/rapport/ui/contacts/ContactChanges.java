package app.rapport.ui.contacts;

import java.util.function.LongConsumer;
import javafx.beans.binding.BooleanBinding;

/**
 * One notion of unsaved changes for the shown contact, whichever tab they were made on: the details
 * and the relationship are saved together, reverted together, and asked about together on leaving.
 */
public final class ContactChanges {
    /** The tab whose input was refused, so the view can show it. */
    public enum Refused { DETAILS, RELATIONSHIP }

    private final ContactEditorViewModel details;
    private final RelationshipViewModel relationship;
    private final BooleanBinding dirty;

    public ContactChanges(ContactEditorViewModel details, RelationshipViewModel relationship) {
        this.details = details;
        this.relationship = relationship;
        this.dirty = details.dirtyProperty().or(relationship.dirtyProperty());
    }

    /** True when anything of the shown contact was changed and not saved. */
    public BooleanBinding dirtyBinding() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** Throws away every unsaved change of the shown contact. */
    public void revert() {
        details.revert();
        relationship.revert();
    }

    /**
     * Saves the details, then the relationship (each its own transaction, in that order; the
     * relationship only when it was changed). Both are checked first, so refused input writes nothing.
     *
     * @param onSaved receives the contact's id once everything is stored, on the FX thread
     * @return the tab whose input was refused, or null when the save is under way
     */
    public Refused save(LongConsumer onSaved) {
        if (!relationship.validate()) {
            return Refused.RELATIONSHIP;
        }
        boolean accepted = details.save(id -> {
            // a refusal now (a contact named as introducer was deleted meanwhile) shows on the tab and
            // leaves the change unsaved, never dropped
            relationship.save(() -> onSaved.accept(id));
        });
        return accepted ? null : Refused.DETAILS;
    }
}
