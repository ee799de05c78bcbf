package app.rapport.service.review;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.review.ReviewItem;
import app.rapport.domain.review.ReviewReason;
import app.rapport.testing.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A round of review: it remembers its place, even in a database opened afresh. */
class ReviewServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path dir;
    TestDatabase db;
    long anna;
    long boris;
    long clara;

    @BeforeEach
    void open() {
        db = new TestDatabase(dir);
        // card season, and nobody has an address: all three need attention, in name order
        anna = db.repository().insert(person("Anna", "A").build());
        boris = db.repository().insert(person("Boris", "B").build());
        clara = db.repository().insert(person("Clara", "C").build());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ReviewService reviews() {
        return db.reviews();
    }

    @Test
    void theFirstVisitStartsARoundAndEveryLaterOneResumesWhereTheUserStopped() {
        ReviewStep first = reviews().resume(TODAY);
        assertThat(first.item().contactId()).isEqualTo(anna);
        assertThat(first.index()).isEqualTo(1);
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.first()).isTrue();

        ReviewStep second = reviews().markReviewed(first, TODAY);
        assertThat(second.item().contactId()).isEqualTo(boris);
        assertThat(second.index()).isEqualTo(2);
        assertThat(second.reviewedToday()).isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM contact_review WHERE contact_id = " + anna
                + " AND reviewed_on = '2026-11-22'")).isEqualTo(1);

        ReviewStep third = reviews().skip(second, TODAY);
        assertThat(third.item().contactId()).isEqualTo(clara);
        assertThat(db.count("SELECT count(*) FROM contact_review WHERE contact_id = " + boris)).isZero();

        db.close();
        db = new TestDatabase(dir);
        ReviewStep resumed = reviews().resume(TODAY);
        assertThat(resumed.item().contactId()).isEqualTo(clara);
        assertThat(resumed.index()).isEqualTo(3);

        ReviewStep back = reviews().back(resumed, TODAY);
        assertThat(back.item().contactId()).isEqualTo(boris);
        assertThat(reviews().back(reviews().back(back, TODAY), TODAY).item().contactId()).isEqualTo(anna);

        ReviewStep end = reviews().skip(reviews().skip(reviews().resume(TODAY), TODAY), TODAY);
        end = reviews().skip(end, TODAY);
        assertThat(end.done()).isTrue();
        assertThat(reviews().resume(TODAY).done()).as("the end is remembered too").isTrue();
        assertThat(reviews().back(end, TODAY).item().contactId()).isEqualTo(clara);
    }

    @Test
    void aNewRoundLeavesOutWhoWasReviewedTodayAndBringsBackWhoWasSkipped() {
        ReviewStep step = reviews().resume(TODAY);
        step = reviews().markReviewed(step, TODAY);
        step = reviews().skip(step, TODAY);
        step = reviews().markReviewed(step, TODAY);
        assertThat(step.done()).isTrue();
        assertThat(step.reviewedToday()).isEqualTo(2);

        ReviewStep again = reviews().startRound(TODAY);
        assertThat(again.total()).isEqualTo(1);
        assertThat(again.item().contactId()).isEqualTo(boris);
        // tomorrow they are due again: still no address in card season
        assertThat(reviews().startRound(TODAY.plusDays(1)).total()).isEqualTo(3);
    }

    @Test
    void anArchivedContactLeavesTheRoundAndComesBackWithUndo() {
        ReviewStep first = reviews().resume(TODAY);
        assertThat(reviews().setArchived(anna, true)).isEmpty();
        ReviewStep after = reviews().reload(first, TODAY);
        assertThat(after.item().contactId()).isEqualTo(boris);
        assertThat(after.total()).isEqualTo(2);
        assertThat(after.index()).isEqualTo(1);

        assertThat(reviews().setArchived(anna, false)).isEmpty();
        ReviewStep undone = reviews().goTo(first.position(), TODAY);
        assertThat(undone.item().contactId()).isEqualTo(anna);
        assertThat(undone.total()).isEqualTo(3);
    }

    @Test
    void quickActionsChangeTheContactAndTheCardShowsIt() {
        ReviewStep first = reviews().resume(TODAY);
        assertThat(reviews().setCadence(anna, Cadence.months(3))).isEmpty();
        assertThat(reviews().addTag(anna, " client ")).isEmpty();
        assertThat(reviews().addTag(anna, "CLIENT")).as("a tag it has, in another case").isEmpty();
        ReviewItem card = reviews().reload(first, TODAY).item();
        assertThat(card.cadence()).isEqualTo(Cadence.months(3));
        assertThat(card.tags()).containsExactly("client");
        assertThat(db.service().find(anna).orElseThrow().tags()).containsExactly("client");

        // a cadence that ran out long ago makes the contact overdue at once
        db.execute("UPDATE contact SET created_at = '2020-01-01T00:00:00.000Z' WHERE id = " + anna);
        assertThat(reviews().setCadence(anna, Cadence.weeks(2))).isEmpty();
        assertThat(reviews().reload(first, TODAY).item().reasons()).contains(ReviewReason.OVERDUE);
        assertThat(reviews().setCadence(anna, null)).isEmpty();
        assertThat(reviews().reload(first, TODAY).item().cadence()).isNull();
        assertThat(reviews().reload(first, TODAY).item().reasons()).doesNotContain(ReviewReason.OVERDUE);
    }

    @Test
    void theMonthsWithoutReviewAreASetting() {
        assertThat(db.settings().reviewMonths()).isEqualTo(6);
        db.settings().setReviewMonths(2);
        assertThat(reviews().criteria(TODAY).reviewDueOnOrBefore()).isEqualTo(LocalDate.of(2026, 9, 22));
    }
}
