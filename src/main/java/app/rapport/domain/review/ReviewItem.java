package app.rapport.domain.review;

import app.rapport.domain.keepintouch.Cadence;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One contact on a review card: who, why ({@code reasons}, from {@link ReviewRules}), and what the card
 * shows. {@code cadence} is the contact's own (null when none), {@code flagReason} empty unless flagged.
 */
public record ReviewItem(long contactId, String name, String organisation, ReviewFacts facts,
                         LocalDate lastInteractionOn, Cadence cadence, String flagReason, List<String> tags,
                         Set<ReviewReason> reasons) {
    public ReviewItem {
        organisation = organisation == null ? "" : organisation;
        flagReason = flagReason == null ? "" : flagReason;
        tags = List.copyOf(tags);
        // in display order
        reasons = Collections.unmodifiableSet(reasons.isEmpty() ? EnumSet.noneOf(ReviewReason.class)
                : EnumSet.copyOf(reasons));
    }
}
