package app.rapport.service.exporting;

import app.rapport.domain.contacts.Contact;
import java.util.List;

/** Reads whole contacts in bulk for exports. */
public interface ExportRepository {

    /** The contacts with these ids not in the trash, in the order of {@code ids}. */
    List<Contact> contacts(long[] ids);

    /**
     * The vCard UID of each of these contacts: the one it came with, else a stable one made for it
     * (the same at every export, different in another database). By id.
     */
    default java.util.Map<Long, String> stableUids(long[] ids) {
        return java.util.Map.of();
    }

    /**
     * The ids of contacts not in the trash as far as the database can be read, in id order, and how
     * many rows could not be read at all (a damaged database: the rest is still worth saving).
     */
    IdScan readableIds();

    /** Ids found, and rows that could not be read on the way. */
    record IdScan(long[] ids, int unreadable) {
    }
}
