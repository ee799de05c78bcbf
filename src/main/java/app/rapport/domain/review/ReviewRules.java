package app.rapport.domain.review;

import app.rapport.domain.cards.CardListRules;
import app.rapport.domain.keepintouch.DueRules;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who needs attention in Review, and why. The database picks the round with the same conditions
 * ({@code JdbiReviewRepository}); these rules name the reasons shown on each card.
 *
 * <ul>
 * <li><b>Flagged</b>: the relationship is flagged.</li>
 * <li><b>Overdue</b>: the next due date of the cadence is before today.</li>
 * <li><b>Falling score</b>: {@code score < score_before} (docs/SCORING.md).</li>
 * <li><b>No mailing address</b>: in card season only, the mailing address (else the first) is not one a
 * card can reach ({@link CardListRules#usable}).</li>
 * <li><b>Not reviewed</b>: last reviewed {@code months} or more months ago; a contact never reviewed
 * counts from the day it was added, so a contact typed in yesterday does not ask for a review.</li>
 * </ul>
 * Order: flagged and overdue first, then a falling score, then the others ({@link #group}).
 */
public final class ReviewRules {
    /** Months without a review before a contact asks for one, unless the user sets otherwise. */
    public static final int DEFAULT_MONTHS = 6;
    /** Contacts in one round at most: an evening's work, and the query reads no more. */
    public static final int ROUND_SIZE = 200;
    /**
     * Card season starts on 1 October and runs to 31 December: holiday cards go out in December (seed
     * 002), so a missing address needs finding in the weeks before; from January it can wait until
     * next autumn rather than nag all year.
     */
    public static final MonthDay CARD_SEASON_START = MonthDay.of(10, 1);

    private ReviewRules() {
    }

    public static boolean inCardSeason(LocalDate today) {
        return !MonthDay.from(today).isBefore(CARD_SEASON_START);
    }

    /** Every reason the contact needs attention, in display order; empty when it needs none. */
    public static Set<ReviewReason> reasons(ReviewFacts facts, ReviewCriteria criteria) {
        Set<ReviewReason> reasons = EnumSet.noneOf(ReviewReason.class);
        if (facts.flagged()) {
            reasons.add(ReviewReason.FLAGGED);
        }
        if (facts.nextDueOn() != null && DueRules.isOverdue(facts.nextDueOn(), criteria.today())) {
            reasons.add(ReviewReason.OVERDUE);
        }
        if (facts.scoreFall() > 0) {
            reasons.add(ReviewReason.FALLING_SCORE);
        }
        if (criteria.cardSeason() && !CardListRules.usable(facts.mailing())) {
            reasons.add(ReviewReason.NO_MAILING_ADDRESS);
        }
        LocalDate last = facts.reviewedOn() != null ? facts.reviewedOn() : facts.addedOn();
        if (last == null || !last.isAfter(criteria.reviewDueOnOrBefore())) {
            reasons.add(ReviewReason.NOT_REVIEWED);
        }
        return reasons;
    }

    /**
     * Where the reasons put a contact in the round: 0 flagged or overdue, 1 a falling score, 2 anything
     * else; within a group the earliest due date, the largest fall, then the oldest review come first.
     */
    public static int group(Set<ReviewReason> reasons) {
        if (reasons.contains(ReviewReason.FLAGGED) || reasons.contains(ReviewReason.OVERDUE)) {
            return 0;
        }
        return reasons.contains(ReviewReason.FALLING_SCORE) ? 1 : 2;
    }
}
