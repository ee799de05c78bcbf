package app.rapport.domain.cards;

/** One year of cards with a contact: did I send one, did they send one. */
public record CardYear(int year, boolean sent, boolean received) {
}
