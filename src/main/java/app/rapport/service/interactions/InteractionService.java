package app.rapport.service.interactions;

import app.rapport.domain.contacts.Problem;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.Participant;
import app.rapport.domain.interactions.TimelineEntry;
import app.rapport.domain.ties.RelationshipRules;
import app.rapport.service.SaveOutcome;
import app.rapport.service.StorageException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Logging interactions, deleting them with undo, and each contact's timeline. Blocking calls. */
public class InteractionService {
    private final InteractionRepository repository;
    private final Clock clock;

    public InteractionService(InteractionRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Validates, then inserts (id 0) or replaces the interaction. Nothing is written when there is a
     * problem. Logging restarts the cadence of everyone it was with, in the same transaction.
     */
    public SaveOutcome<Interaction> log(Interaction interaction) {
        List<Long> ids = interaction.participants().stream().map(Participant::contactId).toList();
        List<Problem> problems = RelationshipRules.checkInteraction(interaction, repository.liveContacts(ids));
        if (!problems.isEmpty()) {
            return SaveOutcome.rejected(problems);
        }
        long id = repository.save(interaction);
        return SaveOutcome.saved(repository.find(id).orElseThrow(
                () -> new StorageException(StorageException.Reason.NOT_FOUND, "Saved interaction vanished")));
    }

    /** Moves it to the trash; {@link #restore} undoes that. */
    public void delete(long interactionId) {
        repository.setDeleted(interactionId, clock.instant());
    }

    public void restore(long interactionId) {
        repository.setDeleted(interactionId, null);
    }

    /** One interaction with all its participants, for editing. */
    public Optional<Interaction> find(long interactionId) {
        return repository.find(interactionId);
    }

    /** Newest first. */
    public List<TimelineEntry> timeline(long contactId, int limit) {
        return repository.timeline(contactId, limit);
    }

    public long count() {
        return repository.count();
    }
}
