package app.rapport.service.ties;

import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.ties.Relationship;
import app.rapport.domain.ties.Tie;
import app.rapport.domain.ties.TieView;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Where ties, my relationships and tag cadences are kept. Every method that writes is one transaction. */
public interface RelationshipRepository {

    /** Those of {@code ids} that are contacts not in the trash. */
    Set<Long> liveContacts(Collection<Long> ids);

    /** The ties of one contact, each seen from it; ties to contacts in the trash are left out. */
    List<TieView> ties(long contactId);

    Optional<Tie> tie(long tieId);

    /** True when another tie than {@code tie} (by id) links the same contacts with the same type. */
    boolean duplicates(Tie tie);

    /** Inserts or, when it has an id, updates. @return its id */
    long saveTie(Tie tie);

    void removeTie(long tieId);

    Optional<Relationship> relationship(long contactId);

    void saveRelationship(Relationship relationship);

    /** Each tag's default cadence, by tag name. */
    Map<String, Cadence> tagCadences();

    /** The tag default that applies to this contact when it has no cadence of its own (the shortest), if any. */
    java.util.Optional<app.rapport.domain.keepintouch.InheritedCadence> inheritedCadence(long contactId);

    /** Sets a tag's default cadence; null removes it. */
    void setTagCadence(String tag, Cadence cadence);

    /** Ties between contacts not in the trash. */
    long countTies();
}
