package app.rapport.service.cards;

import app.rapport.domain.cards.CardCandidate;
import app.rapport.domain.cards.CardList;
import app.rapport.domain.cards.CardListSummary;
import app.rapport.domain.cards.CardYear;
import app.rapport.domain.cards.Envelope;
import app.rapport.domain.cards.Household;
import app.rapport.domain.cards.Kinship;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Where card lists are kept. Every method that writes is one transaction. */
public interface CardRepository {
    List<CardListSummary> lists();

    Optional<CardList> find(long listId);

    /** By name, ignoring case. */
    Optional<CardList> findByName(String name);

    /** Creates the list with one envelope per household, in order. @return the list's id */
    long create(CardList list, List<Household> households);

    void delete(long listId);

    /** The envelopes in list order, each with its recipients. */
    List<Envelope> envelopes(long listId);

    Optional<Envelope> envelope(long envelopeId);

    /** Adds a household at the end of the list; its members must not be on the list yet. @return its id */
    long add(long listId, Household household);

    void removeEnvelope(long envelopeId);

    void rename(long envelopeId, String addressee, String salutation);

    /**
     * Moves one recipient to an envelope of their own right after this one, and renames both.
     * @return the new envelope's id
     */
    long split(long envelopeId, Household remaining, Household leaving);

    /** Marks sent on that day, logs a CARD given to the recipients at {@code at}, and schedules a CARD follow-up each on {@code followUpOn}. */
    void markSent(Collection<Long> envelopeIds, LocalDate on, LocalDateTime at, LocalDate followUpOn);

    /** Marks received on that day and logs a CARD received from the recipients at {@code at}. */
    void markReceived(Collection<Long> envelopeIds, LocalDate on, LocalDateTime at);

    void markReturned(Collection<Long> envelopeIds, LocalDate on);

    /** Contacts not in the trash with this tag (ignoring case). */
    Set<Long> tagged(String tag);

    /** Contacts not in the trash whose kept score is at least this (docs/SCORING.md). */
    Set<Long> scoredAtLeast(int minScore);

    /** These contacts as the builder sees them; those in the trash are left out. */
    Map<Long, CardCandidate> candidates(Collection<Long> contactIds);

    /** Family and partner ties among these contacts, and the addresses of organisations not in the trash. */
    Kinship kinship(Collection<Long> contactIds);

    /** One contact as the builder sees it, not in the trash. */
    default Optional<CardCandidate> candidate(long contactId) {
        return Optional.ofNullable(candidates(List.of(contactId)).get(contactId));
    }

    /** For each contact on the list, their cards in each year from {@code fromYear} to {@code toYear}. */
    Map<Long, List<CardYear>> history(long listId, int fromYear, int toYear);
}
