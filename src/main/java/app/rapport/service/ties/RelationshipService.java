package app.rapport.service.ties;

import app.rapport.domain.contacts.Problem;
import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.ties.Relationship;
import app.rapport.domain.ties.RelationshipRules;
import app.rapport.domain.ties.Tie;
import app.rapport.domain.ties.TieView;
import app.rapport.service.SaveOutcome;
import app.rapport.service.StorageException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ties between contacts and my relationship to each: validated saves, flags, tag cadences.
 * Blocking calls; callers run them off the FX thread.
 */
public class RelationshipService {
    private final RelationshipRepository repository;
    private final Clock clock;

    public RelationshipService(RelationshipRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The contact's ties, each seen from it, with the other end's name and flag. */
    public List<TieView> ties(long contactId) {
        return repository.ties(contactId);
    }

    /** Validates, then inserts or updates. Nothing is written when there is a problem. */
    public SaveOutcome<Tie> saveTie(Tie tie) {
        List<Problem> problems = new ArrayList<>(RelationshipRules.checkTie(tie, today(),
                repository.liveContacts(List.of(tie.fromId(), tie.toId()))));
        if (problems.isEmpty() && repository.duplicates(tie)) {
            problems.add(Problem.of("type", "error.tie.duplicate"));
        }
        if (!problems.isEmpty()) {
            return SaveOutcome.rejected(problems);
        }
        long id = repository.saveTie(tie);
        return SaveOutcome.saved(repository.tie(id).orElseThrow(
                () -> new StorageException(StorageException.Reason.NOT_FOUND, "Saved tie vanished")));
    }

    public void removeTie(long tieId) {
        repository.removeTie(tieId);
    }

    public Optional<Relationship> relationship(long contactId) {
        return repository.relationship(contactId);
    }

    /** Validates, then inserts or replaces the relationship. Nothing is written when there is a problem. */
    public SaveOutcome<Relationship> saveRelationship(Relationship r) {
        List<Long> concerned = r.introducedBy() == null ? List.of(r.contactId()) : List.of(r.contactId(), r.introducedBy());
        List<Problem> problems = RelationshipRules.checkRelationship(r, repository.liveContacts(concerned));
        if (!problems.isEmpty()) {
            return SaveOutcome.rejected(problems);
        }
        repository.saveRelationship(r);
        return SaveOutcome.saved(repository.relationship(r.contactId()).orElseThrow(
                () -> new StorageException(StorageException.Reason.NOT_FOUND, "Saved relationship vanished")));
    }

    /** The reason a contact is flagged (possibly empty), or nothing when it is not flagged. */
    public Optional<String> flagReason(long contactId) {
        return repository.relationship(contactId).filter(Relationship::flagged).map(Relationship::flagReason);
    }

    /** Each tag's default cadence, by tag name. */
    public Map<String, Cadence> tagCadences() {
        return repository.tagCadences();
    }

    /** The tag default this contact keeps in touch by when it has no cadence of its own, if any. */
    public java.util.Optional<app.rapport.domain.keepintouch.InheritedCadence> inheritedCadence(long contactId) {
        return repository.inheritedCadence(contactId);
    }

    /** Sets a tag's default cadence (null removes it); a contact's own cadence still wins. */
    public List<Problem> setTagCadence(String tag, Cadence cadence) {
        List<Problem> problems = RelationshipRules.checkCadence(cadence);
        if (problems.isEmpty()) {
            repository.setTagCadence(tag, cadence);
        }
        return problems;
    }

    public long countTies() {
        return repository.countTies();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
    }
}
