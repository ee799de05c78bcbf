package app.rapport.domain.printing;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.interactions.TimelineEntry;
import app.rapport.domain.keepintouch.FollowUp;
import app.rapport.domain.ledger.LedgerBalance;
import app.rapport.domain.ties.Relationship;
import app.rapport.domain.ties.TieView;
import java.util.List;
import java.util.Objects;

/**
 * What a one-page brief before a meeting says about a contact: the contact, my relationship (empty
 * when none is recorded), their ties, the last interactions (newest first), the ledger and the
 * reminders still open.
 */
public record ContactBrief(Contact contact, Relationship relationship, List<TieView> ties,
                           List<TimelineEntry> lastInteractions, LedgerBalance ledger, List<FollowUp> reminders) {
    public ContactBrief {
        Objects.requireNonNull(contact, "contact");
        ties = List.copyOf(ties);
        lastInteractions = List.copyOf(lastInteractions);
        reminders = List.copyOf(reminders);
    }
}
