package app.rapport.domain.interactions;

/** What kind of event an interaction was. The ledger counts favours, introductions, referrals and gifts. */
public enum InteractionType {
    CALL,
    MEETING,
    MESSAGE,
    EMAIL,
    CARD,
    GIFT,
    EVENT,
    FAVOUR,
    INTRODUCTION,
    REFERRAL,
    BUSINESS;

    /** True for what the reciprocity ledger counts. */
    public boolean isLedger() {
        return this == FAVOUR || this == INTRODUCTION || this == REFERRAL || this == GIFT;
    }
}
