package app.rapport.domain.cards;

import java.util.Set;

/** A candidate with the switched-on rules it matched: the reasons shown beside it. */
public record CardPick(CardCandidate candidate, Set<CardRule> because) {
    public CardPick {
        because = Set.copyOf(because);
    }

    public long id() {
        return candidate.id();
    }
}
