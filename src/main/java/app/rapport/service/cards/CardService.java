package app.rapport.service.cards;

import app.rapport.domain.cards.BuilderOptions;
import app.rapport.domain.cards.CardCandidate;
import app.rapport.domain.cards.CardFacts;
import app.rapport.domain.cards.CardHistory;
import app.rapport.domain.cards.CardList;
import app.rapport.domain.cards.CardListRules;
import app.rapport.domain.cards.CardListSummary;
import app.rapport.domain.cards.CardPick;
import app.rapport.domain.cards.CardRule;
import app.rapport.domain.cards.CardSelection;
import app.rapport.domain.cards.Envelope;
import app.rapport.domain.cards.EnvelopeWording;
import app.rapport.domain.cards.Household;
import app.rapport.domain.cards.Households;
import app.rapport.domain.cards.Recipient;
import app.rapport.domain.contacts.Problem;
import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.keepintouch.PlaybookRules;
import app.rapport.service.SaveOutcome;
import app.rapport.service.StorageException;
import app.rapport.service.keepintouch.PlaybookRepository;
import app.rapport.service.score.ScoreService;
import app.rapport.service.settings.Settings;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Card lists: build one by the card playbook's rules, keep households, mark cards sent and received. Blocking calls. */
public class CardService {
    /** Years of history shown per contact. */
    public static final int HISTORY_YEARS = 3;

    private final CardRepository repository;
    private final PlaybookRepository playbooks;
    private final Settings settings;
    private final ScoreService scores;
    /** Read each time: the wording follows the language the user switches to. */
    private final java.util.function.Supplier<EnvelopeWording> wording;
    private final Clock clock;

    public CardService(CardRepository repository, PlaybookRepository playbooks, Settings settings,
                       ScoreService scores, java.util.function.Supplier<EnvelopeWording> wording, Clock clock) {
        this.repository = repository;
        this.scores = scores;
        this.playbooks = playbooks;
        this.settings = settings;
        this.wording = wording;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<CardListSummary> lists() {
        return repository.lists();
    }

    public Optional<CardList> findByName(String name) {
        return repository.findByName(name);
    }

    public Optional<CardList> find(long listId) {
        return repository.find(listId);
    }

    /** Who the rules choose today, and who they leave out and why; nothing is written. */
    public CardSelection preview(BuilderOptions options) {
        return CardListRules.select(facts(options, today()), options);
    }

    private CardFacts facts(BuilderOptions options, LocalDate today) {
        LocalDate since = PlaybookRules.memberSince(today);
        Set<Long> clients = options.on(CardRule.CLIENTS)
                ? playbooks.latestWith(Set.of(InteractionType.BUSINESS), null, since, today).keySet() : Set.of();
        Set<Long> referrers = options.on(CardRule.REFERRERS)
                ? playbooks.latestWith(Set.of(InteractionType.REFERRAL), Direction.RECEIVED, since, today).keySet()
                : Set.of();
        Set<Long> prospects = options.on(CardRule.PROSPECTS)
                ? playbooks.prospects(PlaybookRules.prospectSince(today)) : Set.of();
        Set<Long> tagged = options.on(CardRule.TAG) && !options.tag().isEmpty()
                ? repository.tagged(options.tag()) : Set.of();
        Set<Long> strong = Set.of();
        if (options.on(CardRule.MIN_SCORE)) {
            scores.ensureScored();
            strong = repository.scoredAtLeast(options.minScore());
        }
        Set<Long> all = new HashSet<>(clients);
        all.addAll(referrers);
        all.addAll(prospects);
        all.addAll(tagged);
        all.addAll(strong);
        return new CardFacts(clients, referrers, prospects, tagged, strong, repository.candidates(all));
    }

    /** The chosen contacts grouped into envelopes, as they would be created. */
    public List<Household> households(List<CardPick> chosen) {
        return group(chosen.stream().map(CardPick::candidate).toList());
    }

    /**
     * Creates the list with these contacts, grouped into households. Rejected when the name is empty or
     * taken, the year impossible, or no contact was chosen; then nothing is written.
     */
    public SaveOutcome<CardList> create(CardList list, List<CardCandidate> chosen) {
        List<Problem> problems = new ArrayList<>();
        if (list.name().isEmpty()) {
            problems.add(Problem.of("name", "cards.problem.nameEmpty"));
        } else if (repository.findByName(list.name()).isPresent()) {
            problems.add(Problem.of("name", "cards.problem.nameTaken"));
        }
        if (list.year() < 1900 || list.year() > 9999) {
            problems.add(Problem.of("year", "cards.problem.year"));
        }
        if (chosen.isEmpty()) {
            problems.add(Problem.of("contacts", "cards.problem.empty"));
        }
        if (!problems.isEmpty()) {
            return SaveOutcome.rejected(problems);
        }
        long id = repository.create(list, group(chosen));
        return SaveOutcome.saved(repository.find(id).orElseThrow(
                () -> new StorageException(StorageException.Reason.NOT_FOUND, "Saved card list vanished")));
    }

    private List<Household> group(List<CardCandidate> chosen) {
        return Households.group(chosen, repository.kinship(chosen.stream().map(CardCandidate::id).toList()),
                wording.get());
    }

    public void delete(long listId) {
        repository.delete(listId);
    }

    public List<Envelope> envelopes(long listId) {
        return repository.envelopes(listId);
    }

    /** Each recipient's cards in the list's year and the two before it. */
    public Map<Long, CardHistory> history(CardList list) {
        Map<Long, CardHistory> histories = new java.util.HashMap<>();
        repository.history(list.id(), list.year() - HISTORY_YEARS + 1, list.year())
                .forEach((id, years) -> histories.put(id, new CardHistory(id, years)));
        return histories;
    }

    /**
     * Adds a contact by hand, in an envelope of their own. Rejected when they are on the list, in the
     * trash, or have no usable mailing address (archived and flagged contacts may be added by hand).
     */
    public SaveOutcome<Long> add(long listId, long contactId) {
        Optional<CardCandidate> candidate = repository.candidate(contactId);
        if (candidate.isEmpty()) {
            return SaveOutcome.rejected(List.of(Problem.of("contact", "cards.problem.noContact")));
        }
        if (!CardListRules.usable(candidate.get().mailing())) {
            return SaveOutcome.rejected(List.of(Problem.of("contact", "cards.problem.noAddress")));
        }
        boolean onList = repository.envelopes(listId).stream().flatMap(e -> e.recipients().stream())
                .anyMatch(r -> r.contactId() == contactId);
        if (onList) {
            return SaveOutcome.rejected(List.of(Problem.of("contact", "cards.problem.onList")));
        }
        return SaveOutcome.saved(repository.add(listId, Households.alone(candidate.get(), wording.get())));
    }

    public void removeEnvelope(long envelopeId) {
        repository.removeEnvelope(envelopeId);
    }

    public void rename(long envelopeId, String addressee, String salutation) {
        repository.rename(envelopeId, addressee, salutation);
    }

    /** Gives one member of a household an envelope of their own; the rest are named anew. */
    public long split(long envelopeId, long contactId) {
        Envelope envelope = repository.envelope(envelopeId).orElseThrow(
                () -> new StorageException(StorageException.Reason.NOT_FOUND, "Envelope " + envelopeId + " is gone"));
        if (envelope.recipients().size() < 2
                || envelope.recipients().stream().noneMatch(r -> r.contactId() == contactId)) {
            throw new IllegalArgumentException("contact " + contactId + " cannot be split from envelope " + envelopeId);
        }
        List<CardCandidate> stay = new ArrayList<>();
        CardCandidate leaving = null;
        for (Recipient r : envelope.recipients()) {
            CardCandidate c = repository.candidate(r.contactId()).orElse(null);
            if (c == null) {
                continue;
            }
            // the envelope's address is the snapshot both keep
            c = new CardCandidate(c.id(), c.kind(), c.name(), c.displayName(), c.sortName(), c.strength(),
                    c.flagged(), c.archived(), c.lastInteraction(), envelope.address());
            if (r.contactId() == contactId) {
                leaving = c;
            } else {
                stay.add(c);
            }
        }
        if (leaving == null || stay.isEmpty()) {
            throw new StorageException(StorageException.Reason.NOT_FOUND, "Recipients of envelope " + envelopeId + " are gone");
        }
        return repository.split(envelopeId, Households.name(stay, wording.get()), Households.alone(leaving, wording.get()));
    }

    /** Marks the cards sent today; each recipient gets a follow-up call after the set number of days. */
    public void markSent(Collection<Long> envelopeIds) {
        LocalDate today = today();
        repository.markSent(envelopeIds, today, now(), today.plusDays(settings.cardFollowUpDays()));
    }

    /** Marks a card received from them today and logs it as an interaction. */
    public void markReceived(Collection<Long> envelopeIds) {
        repository.markReceived(envelopeIds, today(), now());
    }

    public void markReturned(Collection<Long> envelopeIds) {
        repository.markReturned(envelopeIds, today());
    }

    public int followUpDays() {
        return settings.cardFollowUpDays();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}
