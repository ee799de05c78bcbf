package app.rapport.ui.importing;

import app.rapport.service.importing.ProposedMerge;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One proposed merge of the preview, with the user's choice: {@code accepted} merges the imported
 * record ({@code name} at {@code where}) into {@code other}; unchecked, it comes in as a contact of its own.
 */
public final class MergeRow {
    private final ProposedMerge merge;
    private final String name;
    private final String where;
    private final BooleanProperty accepted;

    MergeRow(ProposedMerge merge, String name, String where) {
        this.merge = merge;
        this.name = name;
        this.where = where;
        this.accepted = new SimpleBooleanProperty(merge.acceptedByDefault());
    }

    public ProposedMerge merge() {
        return merge;
    }

    public String name() {
        return name;
    }

    public String where() {
        return where;
    }

    /** Who it merges into: a contact already in Rapport, or another record of the import. */
    public String other() {
        return merge.otherName();
    }

    public boolean intoExisting() {
        return merge.intoExisting();
    }

    /** "import.reason.EMAIL" and the like; the argument is {@link ProposedMerge#detail()}. */
    public String reasonKey() {
        return "import.reason." + merge.reason().name();
    }

    public BooleanProperty acceptedProperty() {
        return accepted;
    }
}
