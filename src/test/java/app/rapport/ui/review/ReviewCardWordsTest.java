package app.rapport.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.PostalAddress;
import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.review.ReviewFacts;
import app.rapport.domain.review.ReviewItem;
import app.rapport.domain.review.ReviewReason;
import app.rapport.service.review.ReviewStep;
import app.rapport.ui.common.I18n;
import app.rapport.ui.review.ReviewCardWords.Reason;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a review card says, without a window. */
class ReviewCardWordsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private final I18n i18n = new I18n(Locale.US);
    private final ReviewCardWords words = new ReviewCardWords(i18n);

    private static ReviewItem item(ReviewFacts facts, LocalDate last, Cadence cadence, String flag, List<String> tags,
                                   Set<ReviewReason> reasons) {
        return new ReviewItem(7, "Anna Weber", "Acme", facts, last, cadence, flag, tags, reasons);
    }

    @Test
    void eachReasonSaysWhyWithItsIconInDisplayOrder() {
        ReviewFacts facts = new ReviewFacts(true, TODAY.minusDays(3), null, LocalDate.of(2025, 1, 5), null, 40, 52);
        ReviewItem item = item(facts, null, Cadence.months(1), "owes me a call", List.of(),
                EnumSet.of(ReviewReason.NOT_REVIEWED, ReviewReason.FLAGGED, ReviewReason.OVERDUE, ReviewReason.FALLING_SCORE));

        assertThat(words.reasons(item, TODAY)).containsExactly(
                new Reason("mdi2f-flag-outline", "Flagged: owes me a call"),
                new Reason("mdi2c-calendar-alert", "3 days overdue (due " + i18n.date(TODAY.minusDays(3)) + ")"),
                new Reason("mdi2t-trending-down", "Score falling: 52 \u2192 40"),
                new Reason("mdi2c-clock-outline", "Never reviewed (added " + i18n.date(LocalDate.of(2025, 1, 5)) + ")"));
        assertThat(words.score(item)).isEqualTo("40 of 100, down from 52");
        assertThat(words.cadence(item)).isEqualTo("Every 1 months");
        assertThat(words.due(item)).isEqualTo(i18n.date(TODAY.minusDays(3)));
    }

    @Test
    void aContactWithNothingLeftToDoSaysSoAndEmptyFactsSayNone() {
        ReviewItem item = item(new ReviewFacts(false, null, null, null, null, null, null), null, null, "", List.of(),
                Set.of());

        assertThat(words.reasons(item, TODAY)).containsExactly(
                new Reason("mdi2c-check-circle-outline", "Nothing needs attention any more"));
        assertThat(words.last(item, TODAY)).isEqualTo("Never");
        assertThat(words.due(item)).isEqualTo("No cadence");
        assertThat(words.cadence(item)).isEqualTo(i18n.get("review.cadence.none"));
        assertThat(words.score(item)).isEqualTo("Not scored yet");
        assertThat(words.address(item)).isEqualTo("None");
        assertThat(words.tags(item)).isEqualTo("None");
    }

    @Test
    void theLastTalkAndTheAddressAndTagsAreSpelledOut() {
        PostalAddress home = new PostalAddress("", "Hauptstr. 5", "Berlin", "", "10115", "DE", true);
        ReviewItem item = item(new ReviewFacts(false, null, TODAY, null, home, 60, 60), TODAY.minusDays(1), null, "",
                List.of("family", "berlin"), Set.of());

        assertThat(words.last(item, TODAY)).isEqualTo(i18n.date(TODAY.minusDays(1)) + " (yesterday)");
        assertThat(words.address(item)).isEqualTo("Hauptstr. 5, 10115 Berlin, DE");
        assertThat(words.tags(item)).isEqualTo("family, berlin");
        assertThat(words.score(item)).isEqualTo("60 of 100");
    }

    @Test
    void progressAndTheEndOfTheRound() {
        ReviewItem item = item(new ReviewFacts(false, null, null, null, null, null, null), null, null, "", List.of(),
                EnumSet.of(ReviewReason.NO_MAILING_ADDRESS));

        assertThat(words.progress(null)).isEmpty();
        assertThat(words.progress(new ReviewStep(0, 2, 5, 0, item))).isEqualTo("2 of 5 \u00b7 1 reason");
        assertThat(words.progress(new ReviewStep(5, 6, 5, 2, null))).isEqualTo("5 of 5 \u00b7 round done");
        assertThat(words.progress(new ReviewStep(0, 1, 0, 0, null))).as("nobody: no count").isEmpty();
        assertThat(words.endTitle(new ReviewStep(0, 1, 0, 0, null))).isEqualTo("Nobody needs attention");
        assertThat(words.endText(new ReviewStep(5, 6, 5, 2, null))).startsWith("That was everyone in this round: 5 contacts, 2 marked");
    }
}
