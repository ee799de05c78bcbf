package app.rapport.domain.cards;

/** A card list with how many envelopes are in each state, for the list of lists. */
public record CardListSummary(CardList list, int envelopes, int planned, int sent, int received, int returned) {
    public long id() {
        return list.id();
    }

    public String name() {
        return list.name();
    }
}
