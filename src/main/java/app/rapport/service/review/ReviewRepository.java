package app.rapport.service.review;

import app.rapport.domain.review.ReviewCriteria;
import app.rapport.domain.review.ReviewItem;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * The review queue and the round in progress. Lists leave out archived contacts and those in the
 * trash; every method that writes is one transaction.
 */
public interface ReviewRepository {

    /** Contacts that need attention under {@code criteria}, most urgent first, at most {@code limit}. */
    List<ReviewItem> needingAttention(ReviewCriteria criteria, int limit);

    /** A new round: the queue as it is now (at most {@code limit}) replaces the last one; the place is its start. */
    void startRound(ReviewCriteria criteria, int limit);

    /** Where the user stopped in the round, empty when no round was ever started. */
    OptionalInt place();

    /**
     * The entry at {@code position} or, when that contact is gone or archived, the nearest one after it
     * ({@code backwards}: before it); the round's end when there is none after it.
     */
    ReviewStep step(ReviewCriteria criteria, int position, boolean backwards);

    /** Remembers where the user is. */
    void moveTo(int position);

    /** Records the review and moves on to {@code nextPosition}, together. */
    void markReviewed(long contactId, LocalDate on, int nextPosition);
}
