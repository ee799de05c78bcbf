package app.rapport.domain.score;

/**
 * One part of a score: the points it gave out of the points it could give, and the facts that explain
 * it ({@code detail} arguments for the part's message: days, cadence, counts).
 */
public record ScoreLine(ScorePart part, int points, int max, Object... detail) {
    /** Points this part lost: what would raise the score. */
    public int lost() {
        return max - points;
    }
}
