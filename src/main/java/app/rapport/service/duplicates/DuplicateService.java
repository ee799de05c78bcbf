package app.rapport.service.duplicates;

import app.rapport.domain.contacts.PhoneKey;
import app.rapport.domain.contacts.Problem;
import app.rapport.service.SaveOutcome;
import app.rapport.service.importing.KnownContact;
import app.rapport.service.importing.MatchKeys;
import app.rapport.service.importing.Matcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * "Find duplicates": every contact compared with those it shares a UID, an email, a phone number or a
 * name with, by the same {@link Matcher} the import uses; the pairs scoring at least
 * {@link Matcher#POSSIBLE_AT}, strongest first, except those the user said are not duplicates. A person is
 * never paired with an organisation. Blocking calls; callers run them off the FX thread.
 */
public final class DuplicateService {
    private final DuplicateRepository repository;
    private final Supplier<String> homeCountry;
    private final Matcher matcher = new Matcher();

    /** @param homeCountry where phone numbers without a country code are read (from the settings) */
    public DuplicateService(DuplicateRepository repository, Supplier<String> homeCountry) {
        this.repository = repository;
        this.homeCountry = homeCountry;
    }

    /** The candidate pairs, highest score first, then by the first contact's id and the second's. */
    public List<DuplicatePair> find() {
        List<KnownContact> contacts = repository.contacts();
        Set<Long> notDuplicates = repository.notDuplicates();
        PhoneKey phones = new PhoneKey(homeCountry.get());
        Matcher.Index<Integer> index = new Matcher.Index<>();
        List<MatchKeys> keys = new ArrayList<>(contacts.size());
        List<DuplicatePair> pairs = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            KnownContact contact = contacts.get(i);
            MatchKeys mine = contact.keys(phones);
            keys.add(mine);
            // only those before: each pair is compared once
            for (int j : index.candidates(mine)) {
                KnownContact other = contacts.get(j);
                if (notDuplicates.contains(DuplicateRepository.pair(contact.id(), other.id()))) {
                    continue;
                }
                Matcher.Match match = matcher.compare(keys.get(j), mine);
                if (match.score() >= Matcher.POSSIBLE_AT) {
                    KnownContact first = other.id() < contact.id() ? other : contact;
                    KnownContact second = first == other ? contact : other;
                    pairs.add(new DuplicatePair(first.id(), first.displayName(), second.id(), second.displayName(),
                            match));
                }
            }
            index.add(mine, i);
        }
        pairs.sort(Comparator.comparingInt((DuplicatePair p) -> -p.match().score())
                .thenComparingLong(DuplicatePair::firstId).thenComparingLong(DuplicatePair::secondId));
        return pairs;
    }

    /** Remembers that the two are not duplicates: {@link #find()} never lists them again. */
    public SaveOutcome<Boolean> notDuplicate(long a, long b) {
        if (a == b) {
            return SaveOutcome.rejected(List.of(Problem.of("contact", "error.merge.same")));
        }
        repository.markNotDuplicate(Math.min(a, b), Math.max(a, b));
        return SaveOutcome.saved(Boolean.TRUE);
    }
}
