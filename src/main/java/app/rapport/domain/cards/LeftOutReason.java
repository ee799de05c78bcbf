package app.rapport.domain.cards;

/** Why the builder left a matching contact off the list; the user may still add them by hand. */
public enum LeftOutReason {
    /** No mailing address with a street and a town or postcode. */
    NO_ADDRESS,
    ARCHIVED,
    /** Flagged: protect your social capital (protect your capital). */
    FLAGGED,
    /** Ranked below the cap. */
    OVER_LIMIT
}
