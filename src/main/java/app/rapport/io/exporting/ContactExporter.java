package app.rapport.io.exporting;

import app.rapport.domain.Contact;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes contacts in one file format. New formats (a JSON backup, say) implement this and are named in
 * the command line's and the window's format lists.
 */
public interface ContactExporter {

    void write(List<Contact> contacts, OutputStream out) throws IOException;

    /** The usual file name extension, without the dot: "vcf", "csv". */
    String extension();
}
