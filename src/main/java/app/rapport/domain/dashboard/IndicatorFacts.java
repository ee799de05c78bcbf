package app.rapport.domain.dashboard;

/**
 * The counts the indicators are computed from, read for one day.
 *
 * @param withCadence       live, not archived contacts with a cadence
 * @param overdue           of those, whose next due day is before today
 * @param given             ledger kinds given, all time
 * @param received          ledger kinds received, all time
 * @param referralsReceived referrals received in the last 12 months
 * @param referralsGiven    referrals given in the last 12 months
 * @param newTies           ties that began this quarter
 * @param cardsSent         cards sent in the last 12 months
 * @param cardFollowUpsDue  follow-ups after cards due in the last 12 months, today included
 * @param cardFollowUpsDone of those, done
 * @param scoreSum          sum of kept scores of live, not archived contacts
 * @param scored            how many such scores
 * @param falling           contacts whose score fell
 */
public record IndicatorFacts(long withCadence, long overdue, long given, long received, long referralsReceived,
                             long referralsGiven, long newTies, long cardsSent, long cardFollowUpsDue,
                             long cardFollowUpsDone, long scoreSum, long scored, long falling) {
}
