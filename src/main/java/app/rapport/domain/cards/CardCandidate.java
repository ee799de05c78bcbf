package app.rapport.domain.cards;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.PersonName;
import app.rapport.domain.contacts.PostalAddress;
import java.time.LocalDate;

/**
 * A contact the builder considers, with what ranking and leaving out need: my relationship's strength
 * (3 without one), the day of the last interaction (may be null) and the mailing address (may be null).
 */
public record CardCandidate(long id, ContactKind kind, PersonName name, String displayName, String sortName,
                            int strength, boolean flagged, boolean archived, LocalDate lastInteraction,
                            PostalAddress mailing) {
}
