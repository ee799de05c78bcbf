package app.rapport.domain.review;

/** Why a contact needs attention in Review; a contact may have several. Declared in the order they are shown. */
public enum ReviewReason {
    /** The user flagged the contact as problematic (re-assess who you are associated with). */
    FLAGGED,
    /** The keep-in-touch cadence ran out before today. */
    OVERDUE,
    /** The score is lower than on the previous day it was computed. */
    FALLING_SCORE,
    /** Card season, and no address a card can reach. */
    NO_MAILING_ADDRESS,
    /** Not reviewed (or, never reviewed, not added) within the last months the user set. */
    NOT_REVIEWED
}
