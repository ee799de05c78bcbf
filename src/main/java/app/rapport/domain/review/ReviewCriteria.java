package app.rapport.domain.review;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What "needs attention" means today: the day, passed in so rules never read the clock, and how many
 * months may pass without a review.
 */
public record ReviewCriteria(LocalDate today, int months) {
    public ReviewCriteria {
        Objects.requireNonNull(today, "today");
        if (months < 1) {
            throw new IllegalArgumentException("months must be at least 1: " + months);
        }
    }

    /** A contact last reviewed (or added) on or before this day is due a review. */
    public LocalDate reviewDueOnOrBefore() {
        return today.minusMonths(months);
    }

    public boolean cardSeason() {
        return ReviewRules.inCardSeason(today);
    }
}
