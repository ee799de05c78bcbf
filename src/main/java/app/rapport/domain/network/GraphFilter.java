package app.rapport.domain.network;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.ties.TieType;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the network map shows: contacts of the {@code kinds} given and ties of the {@code tieTypes} given (none
 * ticked shows none); when {@code tags} is not empty, only contacts with any of them. Me always shows;
 * {@code tieTypes} leaves my own edges alone.
 */
public record GraphFilter(Set<ContactKind> kinds, Set<String> tags, Set<TieType> tieTypes, int minStrength,
                          boolean hideArchived, boolean hideFlagged) {
    public static final GraphFilter ALL = new GraphFilter(EnumSet.allOf(ContactKind.class), Set.of(),
            EnumSet.allOf(TieType.class), 1, false, false);

    public GraphFilter {
        kinds = Set.copyOf(kinds);
        tags = Set.copyOf(tags);
        tieTypes = Set.copyOf(tieTypes);
    }

    public boolean shows(GraphNode node) {
        if (node.isMe()) {
            return true;
        }
        return kinds.contains(node.kind())
                && (tags.isEmpty() || node.tags().stream().anyMatch(tags::contains))
                && !(hideArchived && node.archived())
                && !(hideFlagged && node.flagged());
    }

    public boolean shows(GraphEdge edge) {
        return edge.strength() >= minStrength
                && (edge.isMine() || tieTypes.contains(edge.type()));
    }
}
