package app.rapport.service.review;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.Problem;
import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.review.ReviewCriteria;
import app.rapport.domain.review.ReviewItem;
import app.rapport.domain.review.ReviewRules;
import app.rapport.domain.ties.Relationship;
import app.rapport.service.SaveOutcome;
import app.rapport.service.StorageException;
import app.rapport.service.contacts.ContactService;
import app.rapport.service.contacts.SaveResult;
import app.rapport.service.settings.Settings;
import app.rapport.service.ties.RelationshipService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Review: a round through the contacts that need attention ({@link ReviewRules}), one at a time,
 * resumed where the user stopped. Blocking calls; callers run them off the FX thread and pass today.
 */
public class ReviewService {
    private final ReviewRepository repository;
    private final ContactService contacts;
    private final RelationshipService relationships;
    private final Settings settings;

    public ReviewService(ReviewRepository repository, ContactService contacts, RelationshipService relationships,
                         Settings settings) {
        this.repository = repository;
        this.contacts = contacts;
        this.relationships = relationships;
        this.settings = settings;
    }

    public ReviewCriteria criteria(LocalDate today) {
        return new ReviewCriteria(today, settings.reviewMonths());
    }

    /** Who needs attention now, most urgent first; the round in progress is left as it is. */
    public List<ReviewItem> queue(LocalDate today, int limit) {
        return limit <= 0 ? List.of() : repository.needingAttention(criteria(today), limit);
    }

    /** Where the user stopped; the first time, a new round. */
    public ReviewStep resume(LocalDate today) {
        ReviewCriteria criteria = criteria(today);
        var place = repository.place();
        if (place.isEmpty()) {
            return startRound(today);
        }
        return repository.step(criteria, place.getAsInt(), false);
    }

    /** A new round of the contacts that need attention now, at most {@link ReviewRules#ROUND_SIZE}. */
    public ReviewStep startRound(LocalDate today) {
        ReviewCriteria criteria = criteria(today);
        repository.startRound(criteria, ReviewRules.ROUND_SIZE);
        return repository.step(criteria, 0, false);
    }

    /** The same place again, with what changed since (a logged call, a new cadence). */
    public ReviewStep reload(ReviewStep step, LocalDate today) {
        return repository.step(criteria(today), step.position(), false);
    }

    /** On to the next contact, leaving this one as it is. */
    public ReviewStep skip(ReviewStep step, LocalDate today) {
        if (step.done()) {
            return step;
        }
        repository.moveTo(step.position() + 1);
        return repository.step(criteria(today), step.position() + 1, false);
    }

    /** Back to the contact before; at the first one nothing moves. */
    public ReviewStep back(ReviewStep step, LocalDate today) {
        ReviewCriteria criteria = criteria(today);
        if (step.position() == 0) {
            return step;
        }
        ReviewStep before = repository.step(criteria, step.position() - 1, true);
        if (before.done()) {
            return step;
        }
        repository.moveTo(before.position());
        return before;
    }

    /** Back to {@code position} (after an undo), or the nearest entry after it. */
    public ReviewStep goTo(int position, LocalDate today) {
        repository.moveTo(position);
        return repository.step(criteria(today), position, false);
    }

    /** Marks the contact reviewed today and moves on. */
    public ReviewStep markReviewed(ReviewStep step, LocalDate today) {
        if (step.done()) {
            return step;
        }
        repository.markReviewed(step.item().contactId(), today, step.position() + 1);
        return repository.step(criteria(today), step.position() + 1, false);
    }

    /** Sets the contact's own keep-in-touch cadence; null removes it. @return what stopped it, if anything */
    public List<Problem> setCadence(long contactId, Cadence cadence) {
        Relationship r = relationships.relationship(contactId).orElse(Relationship.empty(contactId));
        SaveOutcome<Relationship> outcome = relationships.saveRelationship(r.withCadence(cadence));
        return outcome.ok() ? List.of() : outcome.problems();
    }

    /** Adds a tag unless the contact has it already (in any case). @return what stopped it, if anything */
    public List<Problem> addTag(long contactId, String tag) {
        String clean = tag == null ? "" : tag.strip();
        if (clean.isEmpty()) {
            return List.of();
        }
        Contact contact = live(contactId);
        if (contact.tags().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(clean.toLowerCase(Locale.ROOT)))) {
            return List.of();
        }
        List<String> tags = new ArrayList<>(contact.tags());
        tags.add(clean);
        return save(contact.withDetails(contact.title(), contact.emails(), contact.phones(), contact.addresses(),
                contact.websites(), tags, contact.notes(), contact.birthday()));
    }

    /** Archives the contact (or brings it back): it leaves the round and the lists. */
    public List<Problem> setArchived(long contactId, boolean archived) {
        return save(live(contactId).withArchived(archived));
    }

    private Contact live(long contactId) {
        return contacts.find(contactId).orElseThrow(
                () -> new StorageException(StorageException.Reason.NOT_FOUND, "Contact " + contactId + " is gone"));
    }

    private List<Problem> save(Contact contact) {
        SaveResult result = contacts.save(contact);
        return result.ok() ? List.of() : result.problems();
    }
}
