package app.rapport.io.importing;

import app.rapport.domain.contacts.Contact;
import java.time.LocalDate;
import java.util.List;

/**
 * One contact read from a file, valid by {@code ContactRules}, with what the file says beyond it:
 * {@code employer} an organisation to tie the person to (works at), found by name or created;
 * {@code ties} to other contacts; {@code metOn} and {@code metThrough} how we met ("LinkedIn").
 */
public record ImportedRecord(RecordPosition at, Contact contact, String uid, String employer,
                             List<ImportedTie> ties, LocalDate metOn, String metThrough) {
    public ImportedRecord {
        uid = uid == null ? "" : uid.strip();
        employer = employer == null ? "" : employer.strip();
        ties = List.copyOf(ties == null ? List.of() : ties);
        metThrough = metThrough == null ? "" : metThrough.strip();
    }

    public static ImportedRecord of(RecordPosition at, Contact contact) {
        return new ImportedRecord(at, contact, "", "", List.of(), null, "");
    }
}
