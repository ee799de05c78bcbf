package app.rapport.domain.keepintouch;

import java.time.LocalDate;

/**
 * One row of the keep-in-touch list. {@code daysOverdue} is negative when the item is still ahead;
 * {@code followUpId} is 0 unless the reason is a follow-up, whose note is {@code note}; {@code cadenceDays} is the
 * contact's cadence when the reason is {@link DueReason#CADENCE}, else 0.
 */
public record DueItem(long contactId, String name, DueReason reason, LocalDate dueOn, long daysOverdue,
                      double urgency, long followUpId, String note, boolean flagged, int cadenceDays) {
}
