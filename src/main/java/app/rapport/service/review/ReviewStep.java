package app.rapport.service.review;

import app.rapport.domain.review.ReviewItem;

/**
 * Where the user is in the round: the entry at {@code position} with its contact, the {@code index}-th
 * of {@code total} (from 1), and how many of the round were marked reviewed today. Past the last entry
 * {@code item} is null: the round is done.
 */
public record ReviewStep(int position, int index, int total, int reviewedToday, ReviewItem item) {

    public boolean done() {
        return item == null;
    }

    public boolean first() {
        return index <= 1;
    }
}
