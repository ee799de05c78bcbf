package app.rapport.domain.cards;

/** One contact an envelope is for, with the name it had when the list was read. */
public record Recipient(long contactId, String name) {
}
