package app.rapport.domain.network;

import app.rapport.domain.contacts.ContactKind;
import java.time.LocalDate;
import java.util.List;

/**
 * A contact on the network map, or Me ({@link #ME}, id 0, kind null). {@code lastInteraction} is null
 * when there has been none; {@code score} is the kept social-capital score, -1 when not computed yet.
 */
public record GraphNode(long id, String name, ContactKind kind, String organisation, List<String> tags,
                        boolean archived, boolean flagged, LocalDate lastInteraction, int score)
        implements MapNode {
    public static final long ME_ID = 0;
    public static final GraphNode ME = new GraphNode(ME_ID, "Me", null, "", List.of(), false, false, null);

    public GraphNode {
        organisation = organisation == null ? "" : organisation;
        tags = List.copyOf(tags);
    }

    /** A node whose score is not known (yet). */
    public GraphNode(long id, String name, ContactKind kind, String organisation, List<String> tags, boolean archived,
                     boolean flagged, LocalDate lastInteraction) {
        this(id, name, kind, organisation, tags, archived, flagged, lastInteraction, -1);
    }

    public boolean hasScore() {
        return score >= 0;
    }

    public boolean isMe() {
        return id == ME_ID;
    }
}
