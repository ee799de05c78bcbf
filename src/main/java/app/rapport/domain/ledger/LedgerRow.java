package app.rapport.domain.ledger;

/** One contact in a ledger overview list: what I gave them and what they gave me, counted. */
public record LedgerRow(long contactId, String name, int given, int received, boolean flagged) {
    public LedgerRow(long contactId, String name, int given, int received) {
        this(contactId, name, given, received, false);
    }

    /** Positive when I owe them. */
    public int balance() {
        return received - given;
    }
}
