package app.rapport.service;

import app.rapport.domain.Contact;
import app.rapport.domain.ContactQuery;
import app.rapport.domain.SortField;
import app.rapport.io.exporting.OutputFile;
import app.rapport.io.exporting.OutputGuard;
import app.rapport.io.exporting.ContactExporter;
import java.nio.file.Path;
import java.util.List;

/** Writes contacts to a file in a format, whole or not at all. Blocking; callers run it off the FX thread. */
public class ExportService {
    private final ContactRepository contacts;
    private final ExportRepository repository;
    private final OutputGuard outputs;

    public ExportService(ContactRepository contacts, ExportRepository repository, OutputGuard outputs) {
        this.contacts = contacts;
        this.repository = repository;
        this.outputs = outputs;
    }

    /** The contacts chosen, sorted by name (a list of ids keeps its order). */
    public List<Contact> contacts(ExportSelection selection) {
        long[] ids = selection.ids() != null ? selection.ids()
                : contacts.findIds(new ContactQuery("", null, selection.tag(), true, SortField.NAME, true));
        return repository.contacts(ids);
    }

    /**
     * @return how many contacts were written
     * @throws app.rapport.io.exporting.ExportException when the file cannot be written, or is one the
     *         database needs (see {@link OutputGuard}); it is left as it was
     */
    public int export(ExportSelection selection, ContactExporter format, Path target) {
        List<Contact> chosen = contacts(selection);
        OutputFile.write(target, outputs, out -> format.write(chosen, out));
        return chosen.size();
    }
}
