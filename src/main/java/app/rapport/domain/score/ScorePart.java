package app.rapport.domain.score;

/** The six things a relationship's score is made of, in the order they are shown. */
public enum ScorePart {
    /** My relationship's strength, 1–5. */
    STRENGTH,
    /** The last contact measured against the cadence. */
    RECENCY,
    /** Interactions in the last 12 months. */
    FREQUENCY,
    /** Favours, referrals, introductions and gifts given against received. */
    RECIPROCITY,
    /** The eight-principles assessment. */
    ASSESSMENT,
    /** Ties that bridge separate groups. */
    NETWORK
}
