package app.rapport.domain.cards;

import app.rapport.domain.contacts.PostalAddress;
import java.util.List;

/** One envelope to be: its members in rank order, the address they share and how it is addressed. */
public record Household(List<CardCandidate> members, PostalAddress address, String addressee, String salutation) {
    public Household {
        members = List.copyOf(members);
    }
}
