package app.rapport.persistence;

import app.rapport.domain.Contact;
import app.rapport.service.ExportRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Whole contacts in bulk for exports, a thousand at a time. */
public final class JdbiExportRepository implements ExportRepository {
    private static final int CHUNK = 1_000;

    private final Transactions tx;

    public JdbiExportRepository(Database database) {
        this.tx = new Transactions(database.jdbi());
    }

    @Override
    public List<Contact> contacts(long[] ids) {
        List<Contact> contacts = new ArrayList<>(ids.length);
        for (int from = 0; from < ids.length; from += CHUNK) {
            List<Long> chunk = new ArrayList<>();
            for (int i = from; i < Math.min(ids.length, from + CHUNK); i++) {
                chunk.add(ids[i]);
            }
            Map<Long, Contact> found = tx.read(h -> ContactLoader.load(h, chunk));
            for (long id : chunk) {
                Contact c = found.get(id);
                if (c != null) {
                    contacts.add(c);
                }
            }
        }
        return contacts;
    }
}
