package app.rapport.service.interactions;

import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.TimelineEntry;
import app.rapport.domain.ledger.LedgerEntry;
import app.rapport.domain.ledger.LedgerRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where interactions are kept, and the ledger's queries over them. Every method that writes is one transaction. */
public interface InteractionRepository {

    /** Those of {@code ids} that are contacts not in the trash. */
    Set<Long> liveContacts(Collection<Long> ids);

    /** An interaction not in the trash. */
    Optional<Interaction> find(long id);

    /** Inserts or, when it has an id, replaces it with its participants. @return its id */
    long save(Interaction interaction);

    /** Moves it to the trash ({@code at} not null) or back out of it (null). */
    void setDeleted(long id, Instant at);

    /** Interactions the contact took part in (any role), newest first. */
    List<TimelineEntry> timeline(long contactId, int limit);

    /** The contact's favours, introductions, referrals and gifts (role WITH), not in the trash. */
    List<LedgerEntry> ledgerEntries(long contactId);

    /** Who referred business to me since {@code since}, most referrals first. */
    List<LedgerRow> referredMeSince(LocalDate since, int limit);

    /** Received minus given over the ledger kinds, largest positive first. */
    List<LedgerRow> oweMost(int limit);

    /** Contacts I gave to who never gave back, most given first. */
    List<LedgerRow> receivedWithoutGiving(int limit);

    /** Interactions not in the trash. */
    long count();
}
