package app.rapport.persistence.review;

import static app.rapport.domain.review.ReviewReason.FALLING_SCORE;
import static app.rapport.domain.review.ReviewReason.FLAGGED;
import static app.rapport.domain.review.ReviewReason.NOT_REVIEWED;
import static app.rapport.domain.review.ReviewReason.NO_MAILING_ADDRESS;
import static app.rapport.domain.review.ReviewReason.OVERDUE;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.review.ReviewCriteria;
import app.rapport.domain.review.ReviewItem;
import app.rapport.domain.review.ReviewReason;
import app.rapport.domain.ties.Relationship;
import app.rapport.testing.ContactBuilder;
import app.rapport.testing.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review queue picked and ranked in SQL on a real SQLite file, agreeing with ReviewRules. */
class ReviewRepositoryTest {
    /** 22 November 2026: card season. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate JUNE = LocalDate.of(2026, 6, 15);

    @TempDir
    Path dir;
    TestDatabase db;
    JdbiReviewRepository repository;

    @BeforeEach
    void open() {
        db = new TestDatabase(dir);
        repository = new JdbiReviewRepository(db.database());
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A contact added years ago with an address a card reaches and a review in October: nothing to do. */
    private long settled(ContactBuilder builder) {
        long id = db.repository().insert(builder.address("Hauptstr. 5", "10115", "Berlin", "DE").build());
        db.execute("UPDATE contact SET created_at = '2020-01-01T00:00:00.000Z' WHERE id = " + id);
        reviewed(id, "2026-10-01");
        return id;
    }

    private void reviewed(long id, String on) {
        db.execute("INSERT OR REPLACE INTO contact_review (contact_id, reviewed_on) VALUES (" + id + ", '" + on + "')");
    }

    private List<ReviewItem> queue(LocalDate today, int limit) {
        return repository.needingAttention(new ReviewCriteria(today, 6), limit);
    }

    @Test
    void flaggedAndOverdueFirstThenAFallingScoreThenTheOthersEachOnceWithAllItsReasons() {
        long quiet = settled(person("Quiet", "Quinn"));
        long flagged = settled(person("Anna", "Flag"));
        db.relationships().saveRelationship(Relationship.empty(flagged).withFlag(true, "Slow payer"));
        long overdue = settled(person("Boris", "Late"));
        db.relationships().saveRelationship(Relationship.empty(overdue).withCadence(Cadence.weeks(2)));
        db.interactions().log(Interaction.with(InteractionType.CALL, LocalDateTime.of(2026, 10, 1, 9, 0),
                Direction.MUTUAL, "", overdue));
        long moreOverdue = settled(person("Carl", "Later"));
        db.relationships().saveRelationship(Relationship.empty(moreOverdue).withCadence(Cadence.weeks(2)));
        db.interactions().log(Interaction.with(InteractionType.CALL, LocalDateTime.of(2026, 9, 1, 9, 0),
                Direction.MUTUAL, "", moreOverdue));
        long falling = settled(person("Clara", "Fall"));
        db.execute("UPDATE contact SET score = 40, score_before = 45 WHERE id = " + falling);
        long fallingMore = settled(person("Cora", "Drop"));
        db.execute("UPDATE contact SET score = 20, score_before = 45 WHERE id = " + fallingMore);
        long noAddress = db.repository().insert(person("Dora", "Nowhere").build());
        long unreviewed = settled(person("Emil", "Old"));
        reviewed(unreviewed, "2026-01-10");
        long everything = db.repository().insert(person("Zora", "All").build());
        db.execute("UPDATE contact SET created_at = '2020-01-01T00:00:00.000Z', score = 1, score_before = 2 WHERE id = "
                + everything);
        db.relationships().saveRelationship(Relationship.empty(everything).withFlag(true, "").withCadence(Cadence.days(1)));
        // never asked about: archived, in the trash, or already reviewed today
        long archived = db.repository().insert(person("Fritz", "Archived").archived().build());
        db.relationships().saveRelationship(Relationship.empty(archived).withFlag(true, ""));
        long trashed = db.repository().insert(person("Gina", "Trashed").build());
        db.relationships().saveRelationship(Relationship.empty(trashed).withFlag(true, ""));
        db.service().moveToTrash(trashed);
        long reviewedToday = settled(person("Hans", "Today"));
        db.relationships().saveRelationship(Relationship.empty(reviewedToday).withFlag(true, ""));
        reviewed(reviewedToday, TODAY.toString());

        List<ReviewItem> queue = queue(TODAY, 50);

        // within the first group the earliest due date first (Zora's daily cadence ran out a year ago);
        // the flagged contact without a cadence after those with one
        assertThat(queue).extracting(ReviewItem::contactId).containsExactly(
                everything, moreOverdue, overdue, flagged, fallingMore, falling, unreviewed, noAddress);
        assertThat(queue).extracting(ReviewItem::contactId).doesNotContain(quiet, archived, trashed, reviewedToday);
        assertThat(reasons(queue, everything)).containsExactly(FLAGGED, OVERDUE, FALLING_SCORE, NO_MAILING_ADDRESS,
                NOT_REVIEWED);
        assertThat(reasons(queue, flagged)).containsExactly(FLAGGED);
        assertThat(reasons(queue, overdue)).containsExactly(OVERDUE);
        assertThat(reasons(queue, falling)).containsExactly(FALLING_SCORE);
        assertThat(reasons(queue, noAddress)).containsExactly(NO_MAILING_ADDRESS);
        assertThat(reasons(queue, unreviewed)).containsExactly(NOT_REVIEWED);

        ReviewItem anna = queue.stream().filter(i -> i.contactId() == flagged).findFirst().orElseThrow();
        assertThat(anna.name()).isEqualTo("Anna Flag");
        assertThat(anna.flagReason()).isEqualTo("Slow payer");
        assertThat(anna.facts().mailing().oneLine()).isEqualTo("Hauptstr. 5, 10115 Berlin, DE");
        ReviewItem boris = queue.stream().filter(i -> i.contactId() == overdue).findFirst().orElseThrow();
        assertThat(boris.cadence()).isEqualTo(Cadence.weeks(2));
        assertThat(boris.lastInteractionOn()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(boris.facts().nextDueOn()).isEqualTo(LocalDate.of(2026, 10, 15));
    }

    @Test
    void outsideCardSeasonAMissingAddressIsNoReason() {
        long noAddress = db.repository().insert(person("Dora", "Nowhere").build());
        db.execute("UPDATE contact SET created_at = '2026-06-01T00:00:00.000Z' WHERE id = " + noAddress);
        assertThat(queue(JUNE, 10)).isEmpty();
        assertThat(queue(TODAY, 10)).extracting(ReviewItem::contactId).containsExactly(noAddress);
    }

    @Test
    void theFirstAddressCountsWhenNoneIsForMail() {
        long id = db.repository().insert(person("Ina", "Street").build());
        db.execute("INSERT INTO contact_address (contact_id, position, street, locality) VALUES (" + id
                + ", 0, '', 'Köln'), (" + id + ", 1, 'Ring 1', 'Köln')");
        assertThat(queue(TODAY, 10)).extracting(ReviewItem::contactId).containsExactly(id);
        db.execute("UPDATE contact_address SET is_mailing = 1 WHERE contact_id = " + id + " AND position = 1");
        assertThat(queue(TODAY, 10)).isEmpty();
    }

    @Test
    void aRoundIsCappedAndTheRestWaitsForTheNext() {
        for (int i = 0; i < 12; i++) {
            db.repository().insert(person("P" + i, "Nowhere").build());
        }
        assertThat(queue(TODAY, 5)).hasSize(5);
        repository.startRound(new ReviewCriteria(TODAY, 6), 5);
        assertThat(db.count("SELECT count(*) FROM review_queue")).isEqualTo(5);
        assertThat(repository.step(new ReviewCriteria(TODAY, 6), 0, false).total()).isEqualTo(5);
    }

    @Test
    void theQueueIsPickedInSqlAtScale() {
        // 20,000 contacts, none settled: the query still reads only the round
        db.execute("""
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
                INSERT INTO contact (kind, display_name, sort_name, created_at, updated_at)
                SELECT 'PERSON', 'P' || i, 'p' || i, '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z' FROM n""");
        long started = System.nanoTime();
        List<ReviewItem> round = queue(TODAY, 200);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(round).hasSize(200).allSatisfy(i -> assertThat(i.reasons()).isNotEmpty());
        assertThat(millis).as("ms for 20,000 contacts").isLessThan(2_000);
    }

    private static Set<ReviewReason> reasons(List<ReviewItem> queue, long id) {
        return queue.stream().filter(i -> i.contactId() == id).findFirst().orElseThrow().reasons();
    }
}
