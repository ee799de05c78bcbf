package app.rapport.service;

import app.rapport.domain.Contact;
import java.util.List;

/** Reads whole contacts in bulk for exports. */
public interface ExportRepository {

    /** The contacts with these ids not in the trash, in the order of {@code ids}. */
    List<Contact> contacts(long[] ids);
}
