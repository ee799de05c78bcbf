package app.rapport.domain.cards;

/**
 * The reasons a contact is put on a card list by the builder (the card playbook, step 3), each switchable.
 * A contact on the list matched at least one switched-on rule.
 */
public enum CardRule {
    /** Did business with me in the last 12 months. */
    CLIENTS,
    /** Referred business to me in the last 12 months. */
    REFERRERS,
    /** Recent prospects: tagged "prospect", added or in touch in the last six months. */
    PROSPECTS,
    /** Carries a chosen tag. */
    TAG,
    /** The relationship's social-capital score is at least a chosen value (docs/SCORING.md). */
    MIN_SCORE
}
