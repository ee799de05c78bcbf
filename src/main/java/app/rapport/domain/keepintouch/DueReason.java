package app.rapport.domain.keepintouch;

/** Why a contact is on the keep-in-touch list. */
public enum DueReason {
    /** their keep-in-touch cadence has run out (or is about to) */
    CADENCE,
    /** a birthday is coming up */
    BIRTHDAY,
    /** a follow-up set by hand */
    FOLLOW_UP,
    /** a year, or several, since they began at an organisation (a works-at or member-of tie) */
    ANNIVERSARY
}
