package app.rapport.domain.ledger;

import app.rapport.domain.interactions.InteractionType;

/** Given and received of one kind (favours, introductions, referrals, gifts) with one contact. */
public record LedgerLine(InteractionType type, int given, int received) {
    /** Positive when I owe them: they gave more than I did. */
    public int balance() {
        return received - given;
    }
}
