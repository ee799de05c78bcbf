package app.rapport.domain.dashboard;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The indicators from their facts. A share with nothing to divide is 1 for "kept in touch" and "card
 * follow-ups done" (nothing is late) and ½ for reciprocity (nothing either way is balanced, neither
 * good nor bad) — the same neutral reading as the score's (docs/SCORING.md).
 */
public final class Indicators {
    private Indicators() {
    }

    public static IndicatorValues of(LocalDate day, IndicatorFacts f) {
        Map<Indicator, Double> v = new EnumMap<>(Indicator.class);
        v.put(Indicator.KEPT_IN_TOUCH, f.withCadence() == 0 ? 1.0 : 1.0 - f.overdue() / (double) f.withCadence());
        v.put(Indicator.OVERDUE, (double) f.overdue());
        v.put(Indicator.RECIPROCITY, f.given() + f.received() == 0 ? 0.5
                : f.given() / (double) (f.given() + f.received()));
        v.put(Indicator.REFERRALS_RECEIVED, (double) f.referralsReceived());
        v.put(Indicator.REFERRALS_GIVEN, (double) f.referralsGiven());
        v.put(Indicator.NEW_TIES_QUARTER, (double) f.newTies());
        v.put(Indicator.CARDS_SENT, (double) f.cardsSent());
        v.put(Indicator.CARD_FOLLOW_UPS_DONE, f.cardFollowUpsDue() == 0 ? 1.0
                : f.cardFollowUpsDone() / (double) f.cardFollowUpsDue());
        v.put(Indicator.AVERAGE_SCORE, f.scored() == 0 ? 0.0 : f.scoreSum() / (double) f.scored());
        v.put(Indicator.AT_RISK, (double) f.falling());
        return new IndicatorValues(day, v);
    }

    /** The first day of the calendar quarter {@code day} is in. */
    public static LocalDate quarterStart(LocalDate day) {
        int firstMonth = (day.getMonthValue() - 1) / 3 * 3 + 1;
        return LocalDate.of(day.getYear(), firstMonth, 1);
    }
}
