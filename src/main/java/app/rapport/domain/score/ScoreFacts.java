package app.rapport.domain.score;

/**
 * What a relationship's score is computed from, as recorded.
 *
 * @param strength        my relationship's strength, 1–5 (3 when none is recorded)
 * @param daysSinceLast   days since the last interaction with them, or -1 for never
 * @param cadenceDays     their keep-in-touch cadence in days, or 0 for none
 * @param interactions12m interactions with them in the last 12 months
 * @param given           favours, referrals, introductions and gifts I gave them
 * @param received        the same, received from them
 * @param assessment      the mean of the eight principles, 0–5, or -1 when not assessed
 * @param bridges         how many separate groups their ties reach besides their own (see docs/SCORING.md)
 */
public record ScoreFacts(int strength, long daysSinceLast, int cadenceDays, int interactions12m, int given,
                         int received, double assessment, int bridges) {
    public boolean everContacted() {
        return daysSinceLast >= 0;
    }

    public boolean assessed() {
        return assessment >= 0;
    }
}
