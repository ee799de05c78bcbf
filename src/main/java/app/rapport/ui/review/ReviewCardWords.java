package app.rapport.ui.review;

import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.review.ReviewFacts;
import app.rapport.domain.review.ReviewItem;
import app.rapport.domain.review.ReviewReason;
import app.rapport.service.review.ReviewStep;
import app.rapport.ui.common.I18n;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What a review card and the end of a round say, in the user's words: why the contact needs
 * attention (each reason with its icon), when they last talked, what is due, the score and the rest.
 */
final class ReviewCardWords {
    /** One reason on the card: an Ikonli icon and its sentence. */
    record Reason(String icon, String text) {
    }

    private final I18n i18n;

    ReviewCardWords(I18n i18n) {
        this.i18n = i18n;
    }

    /** Above the card: "3 of 12 · 2 reasons", "12 done", or nothing. */
    String progress(ReviewStep step) {
        if (step == null || step.done() && step.total() == 0) {
            return "";
        }
        return step.done() ? i18n.format("review.progress.done", step.total())
                : i18n.format("review.progress", step.index(), step.total(), step.item().reasons().size());
    }

    String endTitle(ReviewStep step) {
        return i18n.get(step.total() == 0 ? "review.end.nobody" : "review.end.title");
    }

    String endText(ReviewStep step) {
        return step.total() == 0 ? i18n.get("review.end.nobodyText")
                : i18n.format("review.end.text", step.total(), step.reviewedToday());
    }

    List<Reason> reasons(ReviewItem item, LocalDate today) {
        List<Reason> reasons = new ArrayList<>();
        if (item.reasons().isEmpty()) {
            reasons.add(new Reason("mdi2c-check-circle-outline", i18n.get("review.reason.none")));
        }
        for (ReviewReason r : item.reasons()) {
            reasons.add(new Reason(icon(r), words(item, r, today)));
        }
        return reasons;
    }

    String last(ReviewItem item, LocalDate today) {
        return item.lastInteractionOn() == null ? i18n.get("review.never")
                : i18n.format("review.last", i18n.date(item.lastInteractionOn()),
                ChronoUnit.DAYS.between(item.lastInteractionOn(), today));
    }

    String due(ReviewItem item) {
        return item.facts().nextDueOn() == null ? i18n.get("review.due.none") : i18n.date(item.facts().nextDueOn());
    }

    String cadence(ReviewItem item) {
        Cadence c = item.cadence();
        return c == null ? i18n.get("review.cadence.none")
                : i18n.format("review.cadence.every", c.amount(), i18n.get("cadence.unit." + c.unit().name()));
    }

    String score(ReviewItem item) {
        ReviewFacts facts = item.facts();
        return facts.score() == null ? i18n.get("review.score.none")
                : facts.scoreFall() > 0 ? i18n.format("review.score.falling", facts.score(), facts.scoreBefore())
                : i18n.format("review.score", facts.score());
    }

    String address(ReviewItem item) {
        ReviewFacts facts = item.facts();
        return facts.mailing() == null || facts.mailing().isBlank() ? i18n.get("review.address.none")
                : facts.mailing().oneLine();
    }

    String tags(ReviewItem item) {
        return item.tags().isEmpty() ? i18n.get("review.tags.none") : String.join(", ", item.tags());
    }

    private String words(ReviewItem item, ReviewReason reason, LocalDate today) {
        ReviewFacts facts = item.facts();
        return switch (reason) {
            case FLAGGED -> item.flagReason().isEmpty() ? i18n.get("review.reason.FLAGGED")
                    : i18n.format("review.reason.FLAGGED.why", item.flagReason());
            case OVERDUE -> i18n.format("review.reason.OVERDUE", ChronoUnit.DAYS.between(facts.nextDueOn(), today),
                    i18n.date(facts.nextDueOn()));
            case FALLING_SCORE -> i18n.format("review.reason.FALLING_SCORE", facts.scoreBefore(), facts.score());
            case NO_MAILING_ADDRESS -> i18n.get("review.reason.NO_MAILING_ADDRESS");
            case NOT_REVIEWED -> facts.reviewedOn() != null
                    ? i18n.format("review.reason.NOT_REVIEWED", i18n.date(facts.reviewedOn()))
                    : facts.addedOn() != null ? i18n.format("review.reason.NOT_REVIEWED.never", i18n.date(facts.addedOn()))
                    : i18n.get("review.reason.NOT_REVIEWED.unknown");
        };
    }

    private static String icon(ReviewReason reason) {
        return switch (reason) {
            case FLAGGED -> "mdi2f-flag-outline";
            case OVERDUE -> "mdi2c-calendar-alert";
            case FALLING_SCORE -> "mdi2t-trending-down";
            case NO_MAILING_ADDRESS -> "mdi2e-email-alert-outline";
            case NOT_REVIEWED -> "mdi2c-clock-outline";
        };
    }
}
