package app.rapport.domain.matrix;

/**
 * A contact's place on the cooperation matrix: our willingness to cooperate and theirs (0–10 each)
 * and the notes on the matrix's three questions: is the willingness mutual, which intangible assets can
 * we share that they value, do they see us as a credible long-term partner.
 */
public record Cooperation(long contactId, int ours, int theirs, String mutual, String assets, String credible) {
    public Cooperation {
        mutual = mutual == null ? "" : mutual.strip();
        assets = assets == null ? "" : assets.strip();
        credible = credible == null ? "" : credible.strip();
    }

    /** A contact not yet assessed: both in the middle of the scale, no notes. */
    public static Cooperation unassessed(long contactId) {
        return new Cooperation(contactId, CooperationRules.HIGH_FROM, CooperationRules.HIGH_FROM, "", "", "");
    }

    /** @throws IllegalArgumentException when a value is outside 0–10 */
    public Quadrant quadrant() {
        return CooperationRules.quadrant(ours, theirs);
    }
}
