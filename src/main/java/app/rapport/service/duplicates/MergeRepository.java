package app.rapport.service.duplicates;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.ties.Relationship;
import java.util.function.BinaryOperator;

/** Where two contacts become one. */
public interface MergeRepository {

    MergeReferences references(long contactId);

    /** Combines my relationships to the two (either may be null) into the kept one's, or null for none. */
    @FunctionalInterface
    interface RelationshipCombiner {
        Relationship combine(Relationship keep, Relationship gone);
    }

    /**
     * In one transaction: reads both contacts, saves {@code contacts.apply(keep, gone)} as the kept one,
     * moves every tie, interaction, follow-up and relationship of the other to it (dropping what would
     * be twice there or a tie to itself), and deletes the other for good.
     *
     * @return the kept contact as saved
     * @throws StorageException NOT_FOUND when either is gone or in the trash; nothing was written
     */
    Contact merge(long keepId, long goneId, BinaryOperator<Contact> contacts, RelationshipCombiner relationships);
}
