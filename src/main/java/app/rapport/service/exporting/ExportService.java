package app.rapport.service.exporting;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactQuery;
import app.rapport.domain.contacts.SortField;
import app.rapport.io.exporting.ContactExporter;
import app.rapport.io.exporting.OutputFile;
import app.rapport.io.exporting.OutputGuard;
import app.rapport.service.StorageException;
import app.rapport.service.contacts.ContactRepository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
        java.util.Map<Long, String> uids = format.writesUids()
                ? repository.stableUids(chosen.stream().mapToLong(Contact::id).toArray()) : java.util.Map.of();
        OutputFile.write(target, outputs, out -> format.write(chosen, uids, out));
        return chosen.size();
    }

    /** What a salvage wrote, and how many contacts it could not read. */
    public record Salvage(int written, int skipped) {
    }

    /**
     * Saves every contact of a damaged database that can still be read, skipping those that cannot
     * (a contact is read whole or skipped: a half-read one could pass for complete). Blocking.
     *
     * @throws app.rapport.io.exporting.ExportException when the file cannot be written; it is left as it was
     */
    public Salvage exportReadable(ContactExporter format, Path target) {
        ExportRepository.IdScan scan = repository.readableIds();
        List<Contact> readable = new ArrayList<>(scan.ids().length);
        int skipped = scan.unreadable();
        long[] ids = scan.ids();
        for (int from = 0; from < ids.length; from += SALVAGE_CHUNK) {
            long[] chunk = Arrays.copyOfRange(ids, from, Math.min(ids.length, from + SALVAGE_CHUNK));
            try {
                readable.addAll(repository.contacts(chunk));
            } catch (StorageException chunkFailed) {
                for (long id : chunk) { // one by one, to lose only the rows that cannot be read
                    try {
                        readable.addAll(repository.contacts(new long[] {id}));
                    } catch (StorageException e) {
                        skipped++;
                    }
                }
            }
        }
        OutputFile.write(target, outputs, out -> format.write(readable, out));
        return new Salvage(readable.size(), skipped);
    }

    private static final int SALVAGE_CHUNK = 200;
}
