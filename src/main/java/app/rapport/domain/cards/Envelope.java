package app.rapport.domain.cards;

import app.rapport.domain.Text;
import app.rapport.domain.contacts.PostalAddress;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One envelope of a card list: who it is addressed to ("Anna &amp; Boris Ivanov"), the salutation inside
 * the card, the address it goes to (a snapshot), its status and the day of each event. A household is
 * one envelope with several recipients. {@code id} is 0 before it is saved.
 */
public record Envelope(long id, long listId, int position, String addressee, String salutation, PostalAddress address,
                       CardStatus status, LocalDate sentOn, LocalDate receivedOn, LocalDate returnedOn, String note,
                       List<Recipient> recipients) {
    public Envelope {
        addressee = Text.clean(addressee);
        salutation = Text.clean(salutation);
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note.strip();
        recipients = List.copyOf(recipients == null ? List.of() : recipients);
    }

    public boolean isHousehold() {
        return recipients.size() > 1;
    }

    public Envelope renamed(String newAddressee, String newSalutation) {
        return new Envelope(id, listId, position, newAddressee, newSalutation, address, status, sentOn, receivedOn,
                returnedOn, note, recipients);
    }
}
