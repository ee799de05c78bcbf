package app.rapport.domain.dashboard;

/**
 * The network's indicators (measure where you stand, set goals, track and adjust). Each is
 * computed for one day from what was recorded; {@link #higherIsBetter} says which way a goal points,
 * {@link #percent} that the value is a share shown as a percentage.
 */
public enum Indicator {
    /** Contacts with a cadence not overdue, as a share of all contacts with a cadence. */
    KEPT_IN_TOUCH(true, true),
    /** Contacts whose cadence has run out. */
    OVERDUE(false, false),
    /** Favours, introductions, referrals and gifts given, as a share of all given and received. */
    RECIPROCITY(true, true),
    /** Referrals received in the last 12 months. */
    REFERRALS_RECEIVED(true, false),
    /** Referrals given in the last 12 months. */
    REFERRALS_GIVEN(true, false),
    /** Ties that began this calendar quarter (by their "since" day). */
    NEW_TIES_QUARTER(true, false),
    /** Cards sent in the last 12 months. */
    CARDS_SENT(true, false),
    /** Of the follow-up calls after cards due in the last 12 months, the share done. */
    CARD_FOLLOW_UPS_DONE(true, true),
    /** The average social-capital score. */
    AVERAGE_SCORE(true, false),
    /** Contacts whose score fell since the day before it was last computed. */
    AT_RISK(false, false);

    private final boolean higherIsBetter;
    private final boolean percent;

    Indicator(boolean higherIsBetter, boolean percent) {
        this.higherIsBetter = higherIsBetter;
        this.percent = percent;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** A share from 0 to 1, shown as a percentage. */
    public boolean percent() {
        return percent;
    }
}
