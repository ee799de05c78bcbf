package app.rapport.domain.ledger;

import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.InteractionType;
import java.time.LocalDateTime;

/** One favour, introduction, referral or gift between me and a contact. */
public record LedgerEntry(long interactionId, InteractionType type, Direction direction, LocalDateTime occurredAt,
                          String note) {
}
