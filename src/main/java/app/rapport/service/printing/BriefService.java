package app.rapport.service.printing;

import app.rapport.domain.printing.ContactBrief;
import app.rapport.service.contacts.ContactService;
import app.rapport.service.interactions.InteractionService;
import app.rapport.service.keepintouch.KeepInTouchService;
import app.rapport.service.ledger.LedgerService;
import app.rapport.service.ties.RelationshipService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** Gathers a contact's brief for offline review before a meeting. Blocking calls. */
public class BriefService {
    /** Interactions on one page. */
    public static final int LAST_INTERACTIONS = 8;

    private final ContactService contacts;
    private final RelationshipService relationships;
    private final InteractionService interactions;
    private final LedgerService ledger;
    private final KeepInTouchService keepInTouch;
    private final Clock clock;

    public BriefService(ContactService contacts, RelationshipService relationships, InteractionService interactions,
                        LedgerService ledger, KeepInTouchService keepInTouch, Clock clock) {
        this.contacts = contacts;
        this.relationships = relationships;
        this.interactions = interactions;
        this.ledger = ledger;
        this.keepInTouch = keepInTouch;
        this.clock = clock;
    }

    public Optional<ContactBrief> brief(long contactId) {
        return contacts.find(contactId).map(c -> new ContactBrief(c,
                relationships.relationship(contactId).orElse(null),
                relationships.ties(contactId),
                interactions.timeline(contactId, LAST_INTERACTIONS),
                ledger.balance(contactId, LocalDate.now(clock)),
                keepInTouch.openFollowUps(contactId)));
    }
}
