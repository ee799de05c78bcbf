package app.rapport.domain.keepintouch;

import java.time.LocalDate;

/**
 * One row of the keep-in-touch list. {@code daysOverdue} is negative when the item is still ahead;
 * {@code followUpId} is 0 unless the reason is a follow-up, whose note is {@code note}.
 */
public record DueItem(long contactId, String name, DueReason reason, LocalDate dueOn, long daysOverdue,
                      double urgency, long followUpId, String note, boolean flagged) {
}
