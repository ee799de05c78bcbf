package app.rapport.service.importing;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.ties.TieType;
import java.util.List;

/**
 * Everything one import writes, in one transaction: contacts to add (referred to by their place in
 * {@code newContacts}), contacts in Rapport with what was merged into them (written only if unchanged
 * since they were read, by {@code updatedAt}), ties, and how we met. {@code newUids} holds the vCard
 * UID each new contact came with, in the order of {@code newContacts} (empty when none), kept so that
 * the same card matches it next time; {@code cardUids} the UID of a card matched to a contact in
 * Rapport, by contact id, kept for a contact that has none yet.
 */
public record ImportBatch(List<Contact> newContacts, List<Contact> updates, List<NewTie> ties, List<HowWeMet> met,
                          List<String> newUids, java.util.Map<Long, String> cardUids) {
    public ImportBatch {
        cardUids = java.util.Map.copyOf(cardUids);
        newContacts = List.copyOf(newContacts);
        newUids = List.copyOf(newUids);
        if (newUids.size() != newContacts.size()) {
            newUids = java.util.stream.Stream.concat(newUids.stream(), java.util.stream.Stream.generate(() -> ""))
                    .limit(newContacts.size()).toList();
        }
        updates = List.copyOf(updates);
        ties = List.copyOf(ties);
        met = List.copyOf(met);
    }

    public ImportBatch(List<Contact> newContacts, List<Contact> updates, List<NewTie> ties, List<HowWeMet> met) {
        this(newContacts, updates, ties, met, List.of(), java.util.Map.of());
    }

    /** A tie between two contacts of the batch or of Rapport; strength {@link #STRENGTH}, no start date. */
    public record NewTie(ContactRef from, ContactRef to, TieType type) {
    }

    /** How we met a contact ("LinkedIn, 2023-04-15"): kept unless the contact already says how. */
    public record HowWeMet(ContactRef who, String text) {
    }

    public static final int STRENGTH = 3;

    /** Contacts written one by one: what progress counts. */
    public int size() {
        return newContacts.size() + updates.size();
    }
}
