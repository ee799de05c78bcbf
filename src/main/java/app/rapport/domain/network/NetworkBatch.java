package app.rapport.domain.network;

import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.keepintouch.CardFollowUp;
import app.rapport.domain.ties.Relationship;
import app.rapport.domain.ties.Tie;
import java.util.List;
import java.util.Map;

/**
 * Ties, relationships, tag cadences, interactions and card follow-ups written together in bulk (the
 * demo network, imports). Interactions' ids are ignored; new ones are assigned.
 */
public record NetworkBatch(List<Tie> ties, List<Relationship> relationships, Map<String, Cadence> tagCadences,
                           List<Interaction> interactions, List<CardFollowUp> cardFollowUps) {
    public NetworkBatch {
        ties = List.copyOf(ties);
        relationships = List.copyOf(relationships);
        tagCadences = Map.copyOf(tagCadences);
        interactions = List.copyOf(interactions);
        cardFollowUps = List.copyOf(cardFollowUps);
    }

    /** A batch without card follow-ups. */
    public NetworkBatch(List<Tie> ties, List<Relationship> relationships, Map<String, Cadence> tagCadences,
                        List<Interaction> interactions) {
        this(ties, relationships, tagCadences, interactions, List.of());
    }

    public boolean isEmpty() {
        return ties.isEmpty() && relationships.isEmpty() && tagCadences.isEmpty() && interactions.isEmpty()
                && cardFollowUps.isEmpty();
    }
}
