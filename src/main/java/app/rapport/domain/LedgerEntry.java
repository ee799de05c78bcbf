package app.rapport.domain;

import java.time.LocalDateTime;

/** One favour, introduction, referral or gift between me and a contact. */
public record LedgerEntry(long interactionId, InteractionType type, Direction direction, LocalDateTime occurredAt,
                          String note) {
}
