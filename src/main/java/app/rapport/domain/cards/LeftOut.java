package app.rapport.domain.cards;

/** A contact a rule matched that is not on the list, and why. */
public record LeftOut(CardPick pick, LeftOutReason reason) {
}
