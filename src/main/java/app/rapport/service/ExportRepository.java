package app.rapport.service;

import app.rapport.domain.Contact;
import java.util.List;

/** Reads whole contacts in bulk for exports. */
public interface ExportRepository {

    /** The contacts with these ids not in the trash, in the order of {@code ids}. */
    List<Contact> contacts(long[] ids);

    /**
     * The ids of contacts not in the trash as far as the database can be read, in id order, and how
     * many rows could not be read at all (a damaged database: the rest is still worth saving).
     */
    IdScan readableIds();

    /** Ids found, and rows that could not be read on the way. */
    record IdScan(long[] ids, int unreadable) {
    }
}
