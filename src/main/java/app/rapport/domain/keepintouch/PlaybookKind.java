package app.rapport.domain.keepintouch;

/** The four steps of the card playbook, each a checklist built from the data ({@link PlaybookRules} says who is on it). */
public enum PlaybookKind {
    /** Call everyone I did business with in the last 12 months; ask how it went, not for a referral. */
    CALL_CLIENTS,
    /** Call everyone who referred business to me in the last 12 months and learn what they do now. */
    CALL_REFERRERS,
    /** The 50 people to keep in touch with and send holiday cards to. */
    KEEP_IN_TOUCH_50,
    /** Call the people I sent a card to, two weeks later. */
    CARD_FOLLOW_UPS;

    /** The card playbook, step 1: on a call to a client, do not ask for a referral. */
    public boolean dontAskForReferral() {
        return this == CALL_CLIENTS;
    }
}
