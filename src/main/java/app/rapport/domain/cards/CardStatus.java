package app.rapport.domain.cards;

/** Where an envelope stands: still to send, sent, a card received from them, or returned undeliverable. */
public enum CardStatus {
    PLANNED,
    SENT,
    RECEIVED,
    RETURNED
}
