package app.rapport.service.importing;

import app.rapport.domain.contacts.Contact;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** What an import reads from and writes to the database. */
public interface ImportRepository {

    /** Every contact not in the trash, reduced to what duplicates are found by. */
    List<KnownContact> knownContacts();

    /**
     * The contacts not in the trash that share a UID, an email, a phone key, a match name or a name key
     * with {@code wanted}, reduced as {@link #knownContacts()} reduces them, in the order of their ids:
     * all an import needs to plan. Any larger set gives the same plan; this one reads every contact.
     */
    default List<KnownContact> knownContacts(KnownLookup wanted) {
        return knownContacts();
    }

    /** The contacts with these ids that are not in the trash, by id. */
    Map<Long, Contact> contacts(Collection<Long> ids);

    /**
     * Writes the whole batch in one transaction, all or nothing. {@code progress} hears of each contact
     * written; {@code cancel} is asked between contacts, and when it says yes nothing is kept and
     * {@link ImportCancelledException} is thrown. An update of a contact changed since it was read
     * fails the whole batch.
     *
     * @return the ids given to {@code newContacts}, in their order
     */
    long[] write(ImportBatch batch, ImportProgress progress, BooleanSupplier cancel);

    /**
     * True when {@code file} is a database open in this Rapport (this one, under any name): it holds no
     * contacts to import, and reading it as a file would release its lock.
     */
    default boolean isOpenDatabase(Path file) {
        return false;
    }
}
