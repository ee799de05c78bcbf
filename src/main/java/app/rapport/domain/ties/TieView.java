package app.rapport.domain.ties;

import app.rapport.domain.contacts.ContactKind;

/**
 * A tie as one contact sees it: the contact at the other end, and whether this contact is the tie's
 * from end ({@code outgoing}: "Anna works at Acme" seen from Anna; from Acme it reads "employs Anna").
 */
public record TieView(Tie tie, long otherId, String otherName, ContactKind otherKind, boolean outgoing,
                      boolean otherFlagged, String otherFlagReason) {
    public TieType type() {
        return tie.type();
    }
}
