package app.rapport.domain.review;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.PostalAddress;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewRulesTest {
    private static final PostalAddress USABLE = new PostalAddress("home", "Hauptstr. 5", "Berlin", "", "10115", "DE", true);
    private static final PostalAddress TOWN_ONLY = new PostalAddress("home", "", "Berlin", "", "", "DE", true);
    private static final PostalAddress POSTCODE_ONLY_TOWN = new PostalAddress("", "Ring 1", "", "", "50667", "", false);

    private static PostalAddress address(String kind) {
        return switch (kind) {
            case "usable" -> USABLE;
            case "town-only" -> TOWN_ONLY;
            case "street+postcode" -> POSTCODE_ONLY_TOWN;
            default -> null;
        };
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static Integer number(String text) {
        return text == null ? null : Integer.valueOf(text);
    }

    /** Today 22 November 2026 is card season; 15 June is not. Six months without review unless said. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                     | today      | flagged | next due   | reviewed   | added      | address         | score | before | reasons
            nothing to do                              | 2026-11-22 | false   | -          | 2026-10-01 | 2020-01-01 | usable          | 60    | 60     | -
            flagged                                    | 2026-11-22 | true    | -          | 2026-10-01 | 2020-01-01 | usable          | 60    | 60     | FLAGGED
            overdue since yesterday                    | 2026-11-22 | false   | 2026-11-21 | 2026-10-01 | 2020-01-01 | usable          | 60    | 60     | OVERDUE
            due today is not overdue                   | 2026-11-22 | false   | 2026-11-22 | 2026-10-01 | 2020-01-01 | usable          | 60    | 60     | -
            score fell                                 | 2026-11-22 | false   | -          | 2026-10-01 | 2020-01-01 | usable          | 59    | 60     | FALLING_SCORE
            score rose                                 | 2026-11-22 | false   | -          | 2026-10-01 | 2020-01-01 | usable          | 61    | 60     | -
            score not computed yet                     | 2026-11-22 | false   | -          | 2026-10-01 | 2020-01-01 | usable          | -     | -      | -
            first score has nothing before             | 2026-11-22 | false   | -          | 2026-10-01 | 2020-01-01 | usable          | 40    | -      | -
            no address in card season                  | 2026-11-22 | false   | -          | 2026-10-01 | 2020-01-01 | none            | 60    | 60     | NO_MAILING_ADDRESS
            a town without a street does not reach     | 2026-11-22 | false   | -          | 2026-10-01 | 2020-01-01 | town-only       | 60    | 60     | NO_MAILING_ADDRESS
            a street and a postcode reach              | 2026-11-22 | false   | -          | 2026-10-01 | 2020-01-01 | street+postcode | 60    | 60     | -
            no address in June is not asked about      | 2026-06-15 | false   | -          | 2026-05-01 | 2020-01-01 | none            | 60    | 60     | -
            season starts on 1 October                 | 2026-10-01 | false   | -          | 2026-09-01 | 2020-01-01 | none            | 60    | 60     | NO_MAILING_ADDRESS
            season is over on 30 September            | 2026-09-30 | false   | -          | 2026-09-01 | 2020-01-01 | none            | 60    | 60     | -
            season lasts to 31 December                | 2026-12-31 | false   | -          | 2026-12-01 | 2020-01-01 | none            | 60    | 60     | NO_MAILING_ADDRESS
            season is over on 1 January                | 2027-01-01 | false   | -          | 2026-12-01 | 2020-01-01 | none            | 60    | 60     | -
            reviewed six months ago to the day         | 2026-11-22 | false   | -          | 2026-05-22 | 2020-01-01 | usable          | 60    | 60     | NOT_REVIEWED
            reviewed a day less than six months ago    | 2026-11-22 | false   | -          | 2026-05-23 | 2020-01-01 | usable          | 60    | 60     | -
            never reviewed, added long ago             | 2026-11-22 | false   | -          | -          | 2020-01-01 | usable          | 60    | 60     | NOT_REVIEWED
            never reviewed, added last week            | 2026-11-22 | false   | -          | -          | 2026-11-15 | usable          | 60    | 60     | -
            everything at once, in display order       | 2026-11-22 | true    | 2026-01-01 | -          | 2020-01-01 | none            | 10    | 30     | FLAGGED OVERDUE FALLING_SCORE NO_MAILING_ADDRESS NOT_REVIEWED
            """)
    void reasons(String name, String today, boolean flagged, String nextDue, String reviewed, String added,
                 String address, String score, String before, String expected) {
        ReviewFacts facts = new ReviewFacts(flagged, date(nextDue), date(reviewed), date(added), address(address),
                number(score), number(before));
        Set<ReviewReason> reasons = ReviewRules.reasons(facts, new ReviewCriteria(LocalDate.parse(today), 6));
        assertThat(reasons).containsExactlyElementsOf(expected == null ? Set.of()
                : Arrays.stream(expected.split(" ")).map(ReviewReason::valueOf).toList());
    }

    @ParameterizedTest(name = "{0} → group {1}")
    @CsvSource(delimiter = '|', textBlock = """
            FLAGGED                                | 0
            OVERDUE                                | 0
            FLAGGED FALLING_SCORE                  | 0
            OVERDUE NOT_REVIEWED                   | 0
            FALLING_SCORE                          | 1
            FALLING_SCORE NO_MAILING_ADDRESS       | 1
            NO_MAILING_ADDRESS                     | 2
            NOT_REVIEWED                           | 2
            NO_MAILING_ADDRESS NOT_REVIEWED        | 2
            """)
    void flaggedAndOverdueFirstThenAFallingScoreThenTheOthers(String reasons, int group) {
        Set<ReviewReason> set = EnumSet.noneOf(ReviewReason.class);
        Arrays.stream(reasons.split(" ")).map(ReviewReason::valueOf).forEach(set::add);
        assertThat(ReviewRules.group(set)).isEqualTo(group);
    }

    @Test
    void theMonthsWithoutAReviewAreTheUsers() {
        ReviewFacts reviewedInMarch = new ReviewFacts(false, null, LocalDate.of(2026, 3, 1), LocalDate.of(2020, 1, 1),
                USABLE, null, null);
        LocalDate june = LocalDate.of(2026, 6, 15);
        assertThat(ReviewRules.reasons(reviewedInMarch, new ReviewCriteria(june, 6))).isEmpty();
        assertThat(ReviewRules.reasons(reviewedInMarch, new ReviewCriteria(june, 3)))
                .containsExactly(ReviewReason.NOT_REVIEWED);
        assertThat(new ReviewCriteria(june, 3).reviewDueOnOrBefore()).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void theFallIsWhatTheScoreLostSinceTheDayBefore() {
        assertThat(new ReviewFacts(false, null, null, null, null, 40, 52).scoreFall()).isEqualTo(12);
        assertThat(new ReviewFacts(false, null, null, null, null, 52, 40).scoreFall()).isZero();
        assertThat(new ReviewFacts(false, null, null, null, null, null, 40).scoreFall()).isZero();
    }
}
