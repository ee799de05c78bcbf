package app.rapport.service.contacts;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactCounts;
import app.rapport.domain.contacts.ContactQuery;
import app.rapport.domain.contacts.ContactRules;
import app.rapport.domain.contacts.ContactSummary;
import app.rapport.domain.contacts.Problem;
import app.rapport.service.StorageException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The contact use cases the interface and the command line share: search, load, save with
 * validation, trash and restore. Blocking calls; callers run them off the FX thread.
 */
public class ContactService {
    /** How long deleted contacts stay in the trash. */
    public static final Duration TRASH_KEPT = Duration.ofDays(30);

    private final ContactRepository repository;
    private final ContactRules rules;
    private final Clock clock;

    public ContactService(ContactRepository repository, ContactRules rules, Clock clock) {
        this.repository = repository;
        this.rules = rules;
        this.clock = clock;
    }

    public long[] search(ContactQuery query) {
        return repository.findIds(query);
    }

    /** One page of the contacts a picker offers for {@code text}, best matches first. */
    public List<ContactSummary> pick(String text, int offset, int limit) {
        return repository.summaries(repository.pickIds(text, offset, limit));
    }

    public List<ContactSummary> summaries(long[] ids) {
        return repository.summaries(ids);
    }

    /** The small photos of those of these contacts that have one, by id. */
    public java.util.Map<Long, byte[]> thumbnails(long[] ids) {
        return repository.thumbnails(ids);
    }

    public Optional<Contact> find(long id) {
        return repository.find(id);
    }

    public List<Problem> check(Contact contact) {
        return rules.check(contact);
    }

    /** Validates, then inserts or updates. Nothing is written when there is a problem. */
    public SaveResult save(Contact contact) {
        List<Problem> problems = rules.check(contact);
        if (!problems.isEmpty()) {
            return SaveResult.rejected(problems);
        }
        long id = contact.id();
        if (id == 0) {
            id = repository.insert(contact);
        } else {
            repository.update(contact);
        }
        return SaveResult.saved(repository.find(id).orElseThrow(
                () -> new StorageException(StorageException.Reason.NOT_FOUND, "Saved contact vanished")));
    }

    public void moveToTrash(long id) {
        repository.moveToTrash(id);
    }

    public void restore(long id) {
        repository.restoreFromTrash(id);
    }

    /** Deletes for good what has been in the trash longer than {@link #TRASH_KEPT}. */
    public int emptyOldTrash() {
        return repository.emptyTrash(clock.instant().minus(TRASH_KEPT));
    }

    public List<String> tags() {
        return repository.tags();
    }

    public ContactCounts counts() {
        return repository.counts();
    }

    /** True for a new database: no contacts, none in the trash. */
    public boolean isEmpty() {
        return repository.isEmpty();
    }
}
