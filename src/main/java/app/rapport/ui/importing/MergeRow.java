package app.rapport.ui.importing;

import app.rapport.domain.contacts.ContactMerge;
import app.rapport.service.importing.Matcher;
import app.rapport.service.importing.ProposedMerge;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One proposed merge of the preview, with the user's choice: {@code accepted} merges the imported
 * record ({@code name} at {@code where}) into {@code other}; unchecked, it comes in as a contact of its own.
 * Strong evidence starts ticked, a possible duplicate unticked.
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

    /** Strong evidence or a possible duplicate. */
    public Matcher.Decision decision() {
        return merge.decision();
    }

    /** "import.group.MERGE" or "import.group.POSSIBLE". */
    public String groupKey() {
        return "import.group." + merge.decision().name();
    }

    /** The evidence for and against: keys "import.evidence.SAME_EMAIL" and the like, with its detail. */
    public List<Matcher.Found> evidence() {
        return merge.match().found();
    }

    /** Values of the record a merge keeps in the notes: keys "import.kept.TITLE" and the like. */
    public List<ContactMerge.Kept> kept() {
        return merge.kept();
    }

    public BooleanProperty acceptedProperty() {
        return accepted;
    }
}
