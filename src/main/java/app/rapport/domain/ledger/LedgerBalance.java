package app.rapport.domain.ledger;

import app.rapport.domain.interactions.InteractionType;
import java.util.List;

/**
 * The reciprocity ledger with one contact: a line per kind, totals, and how often I have received
 * since I last gave ("you have asked Boris 3 times since you last gave"). {@code history} is newest first.
 */
public record LedgerBalance(long contactId, List<LedgerLine> lines, int given, int received, int receivedSinceLastGave,
                            List<LedgerEntry> history) {
    public LedgerBalance {
        lines = List.copyOf(lines);
        history = List.copyOf(history);
    }

    /** Positive when I owe them. */
    public int balance() {
        return received - given;
    }

    public LedgerLine line(InteractionType type) {
        return lines.stream().filter(l -> l.type() == type).findFirst().orElse(new LedgerLine(type, 0, 0));
    }
}
