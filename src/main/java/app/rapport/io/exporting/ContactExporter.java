package app.rapport.io.exporting;

import app.rapport.domain.contacts.Contact;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes contacts in one file format. New formats (a JSON backup, say) implement this and are named in
 * the command line's and the window's format lists.
 */
public interface ContactExporter {

    void write(List<Contact> contacts, OutputStream out) throws IOException;

    /** Writes with each contact's stable identifier (by contact id) where the format has a place for one. */
    default void write(List<Contact> contacts, java.util.Map<Long, String> uids, OutputStream out) throws IOException {
        write(contacts, out);
    }

    /** True when the format writes the identifiers given to {@link #write(List, java.util.Map, OutputStream)}. */
    default boolean writesUids() {
        return false;
    }

    /** The usual file name extension, without the dot: "vcf", "csv". */
    String extension();
}
