package app.rapport.service.duplicates;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactMerge;
import app.rapport.domain.contacts.Problem;
import app.rapport.domain.language.UserContext;
import app.rapport.domain.ties.RelationshipMerge;
import app.rapport.service.SaveOutcome;
import app.rapport.service.contacts.ContactRepository;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Merges two contacts that are one person or organisation: the kept one ends up with every channel,
 * tag, tie, interaction, follow-up, relationship detail and note of both; the other disappears.
 * Blocking calls; callers run them off the FX thread.
 */
public class MergeService {
    private final ContactRepository contacts;
    private final MergeRepository repository;
    private final ContactMerge merge;

    /** Notes of merges in English; numbers without a country code read in {@code defaultRegion}. */
    public MergeService(ContactRepository contacts, MergeRepository repository, String defaultRegion) {
        this(contacts, repository, () -> UserContext.of(Locale.ENGLISH, defaultRegion));
    }

    /**
     * Merges for the user {@code user} gives: numbers without a country code read in the user's country
     * (as it is now), the notes of a merge worded in the language the user speaks at its time.
     */
    public MergeService(ContactRepository contacts, MergeRepository repository, Supplier<UserContext> user) {
        this.contacts = contacts;
        this.repository = repository;
        this.merge = new ContactMerge(user.get().region(), () -> user.get().language());
    }

    /** Both contacts and what merging {@code goneId} into {@code keepId} would give; empty when either is gone. */
    public Optional<MergePreview> preview(long keepId, long goneId) {
        Optional<Contact> keep = contacts.find(keepId);
        Optional<Contact> gone = contacts.find(goneId);
        if (keep.isEmpty() || gone.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MergePreview(keep.get(), gone.get(), merge.combine(keep.get(), gone.get()),
                repository.references(goneId)));
    }

    /** Merges {@code goneId} into {@code keepId}; a person and an organisation cannot be merged. */
    public SaveOutcome<Contact> merge(long keepId, long goneId) {
        if (keepId == goneId) {
            return SaveOutcome.rejected(List.of(Problem.of("contact", "error.merge.same")));
        }
        Optional<Contact> keep = contacts.find(keepId);
        Optional<Contact> gone = contacts.find(goneId);
        if (keep.isEmpty() || gone.isEmpty()) {
            return SaveOutcome.rejected(List.of(Problem.of("contact", "error.contact.gone")));
        }
        if (keep.get().kind() != gone.get().kind()) {
            return SaveOutcome.rejected(List.of(Problem.of("contact", "error.merge.kinds")));
        }
        Contact saved = repository.merge(keepId, goneId, merge::combine,
                (a, b) -> RelationshipMerge.combine(keepId, goneId, a, b));
        return SaveOutcome.saved(saved);
    }
}
