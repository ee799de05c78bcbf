package app.rapport.service.contacts;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactCounts;
import app.rapport.domain.contacts.ContactQuery;
import app.rapport.domain.contacts.ContactSummary;
import app.rapport.domain.network.NetworkBatch;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/** Where contacts are kept. Every method that writes is one transaction. */
public interface ContactRepository {

    /** Ids of the contacts that match, in the query's order; filtering and sorting happen in SQL. */
    long[] findIds(ContactQuery query);

    /**
     * One page of the contacts a picker offers for {@code text}, best matches first (the name as
     * typed, then names starting with it, then the rest); found and cut to the page in SQL.
     */
    long[] pickIds(String text, int offset, int limit);

    /** Summaries for these ids, in the same order; ids no longer present are left out. */
    List<ContactSummary> summaries(long[] ids);

    /** The small photos (PNG) of those of these contacts that have one, by id. */
    java.util.Map<Long, byte[]> thumbnails(long[] ids);

    Optional<Contact> find(long id);

    /** @return the new contact's id */
    long insert(Contact contact);

    void update(Contact contact);

    /**
     * Inserts many contacts in one transaction (imports, the demo network). They get consecutive ids
     * in list order.
     *
     * @return the id of the first, or 0 when the list is empty
     */
    long insertAll(List<Contact> contacts);

    /**
     * One chunk of a long fill in one transaction: the contacts as {@link #insertAll} writes them, the
     * network {@code network} makes for the first new id, and {@code note(first id)} kept as setting
     * {@code setting}, which says how far the fill got. A kill leaves all three or none.
     *
     * @return the id of the first contact
     */
    long insertChunk(List<Contact> contacts, LongFunction<NetworkBatch> network, String setting, LongFunction<String> note);

    /** Writes ties, relationships, tag cadences and interactions in bulk, in one transaction. */
    void insertNetwork(NetworkBatch batch);

    void moveToTrash(long id);

    void restoreFromTrash(long id);

    /** Deletes for good what went to the trash before {@code before}. @return how many */
    int emptyTrash(Instant before);

    /** Every tag in use, sorted. */
    List<String> tags();

    ContactCounts counts();

    /** True when the database holds no contact at all, not even in the trash. */
    boolean isEmpty();
}
