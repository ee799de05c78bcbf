package app.rapport.domain.cards;

import java.util.Map;
import java.util.Set;

/**
 * What the builder reads, per rule, as contact ids: clients and referrers of the last 12 months,
 * recent prospects, contacts with the chosen tag, contacts whose score reaches the chosen value; and the candidates themselves for every id named, in the trash or not there left out.
 */
public record CardFacts(Set<Long> clients, Set<Long> referrers, Set<Long> prospects, Set<Long> tagged,
                        Set<Long> scoredAtLeast, Map<Long, CardCandidate> candidates) {
    public CardFacts {
        clients = Set.copyOf(clients);
        referrers = Set.copyOf(referrers);
        prospects = Set.copyOf(prospects);
        tagged = Set.copyOf(tagged);
        scoredAtLeast = Set.copyOf(scoredAtLeast);
        candidates = Map.copyOf(candidates);
    }
}
