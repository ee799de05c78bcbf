package app.rapport.domain.network;

import app.rapport.domain.ties.TieType;

/**
 * A tie between two contacts, or my relationship to a contact ({@code tieId} 0, {@code from} 0,
 * {@code type} null). Strength 1–5.
 */
public record GraphEdge(long tieId, long from, long to, TieType type, int strength) implements MapTie {
    public static GraphEdge me(long contactId, int strength) {
        return new GraphEdge(0, GraphNode.ME_ID, contactId, null, strength);
    }

    public boolean isMine() {
        return tieId == 0;
    }

    public long otherEnd(long id) {
        return id == from ? to : from;
    }
}
