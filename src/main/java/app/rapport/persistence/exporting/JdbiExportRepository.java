package app.rapport.persistence.exporting;

import app.rapport.domain.contacts.Contact;
import app.rapport.persistence.Database;
import app.rapport.persistence.Transactions;
import app.rapport.persistence.contacts.ContactLoader;
import app.rapport.persistence.contacts.ContactUids;
import app.rapport.service.StorageException;
import app.rapport.service.exporting.ExportRepository;
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
            Map<Long, Contact> found = tx.read(h -> ContactLoader.load(h, chunk, true));
            for (long id : chunk) {
                Contact c = found.get(id);
                if (c != null) {
                    contacts.add(c);
                }
            }
        }
        return contacts;
    }

    /**
     * The kept UID, else one {@linkplain ContactUids derived} from the database and the contact. A derived UID is stored when the database can be written, so it survives a
     * restore from a JSON backup; a database opened for reading gives the same one without storing it.
     */
    @Override
    public Map<Long, String> stableUids(long[] ids) {
        Map<Long, String> uids = new java.util.HashMap<>();
        Map<Long, String> derived = new java.util.HashMap<>();
        String identity = tx.read(ContactUids::identity);
        for (int from = 0; from < ids.length; from += CHUNK) {
            StringBuilder json = new StringBuilder("[");
            for (int i = from; i < Math.min(ids.length, from + CHUNK); i++) {
                json.append(i == from ? "" : ",").append(ids[i]);
            }
            String list = json.append(']').toString();
            tx.read(h -> {
                h.createQuery("SELECT id, vcard_uid, created_at FROM contact WHERE id IN (SELECT value FROM json_each(?))")
                        .bind(0, list).map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                        .forEach(row -> {
                            long id = Long.parseLong(row[0]);
                            if (row[1] != null && !row[1].isBlank()) {
                                uids.put(id, row[1]);
                            } else {
                                String uid = ContactUids.derived(identity, id, row[2]);
                                uids.put(id, uid);
                                derived.put(id, uid);
                            }
                        });
                return null;
            });
        }
        if (!derived.isEmpty()) {
            try {
                tx.write(h -> {
                    var keep = h.prepareBatch("UPDATE contact SET vcard_uid = :uid WHERE id = :id AND vcard_uid IS NULL");
                    derived.forEach((id, uid) -> keep.bind("uid", uid).bind("id", id).add());
                    keep.execute();
                    return null;
                });
            } catch (StorageException readOnly) {
                // opened for reading (the command line's export): the same UIDs, derived again next time
            }
        }
        return uids;
    }

    /**
     * Reads the contact table in id order until it meets damage, then asks for each id from there up
     * to the largest one by itself, so one damaged page costs its own rows and no more.
     */
    @Override
    public IdScan readableIds() {
        List<Long> live = new ArrayList<>();
        long[] last = {0};
        boolean damaged = false;
        try {
            tx.read(h -> {
                h.createQuery("SELECT id, deleted_at IS NULL FROM contact ORDER BY id").map((rs, ctx) -> {
                    last[0] = rs.getLong(1);
                    if (rs.getBoolean(2)) {
                        live.add(rs.getLong(1));
                    }
                    return null;
                }).forEach(x -> { });
                return null;
            });
        } catch (StorageException e) {
            if (e.reason() != StorageException.Reason.CORRUPT) {
                throw e;
            }
            damaged = true;
        }
        if (!damaged) {
            return new IdScan(live.stream().mapToLong(Long::longValue).toArray(), 0);
        }
        long max;
        try {
            max = tx.read(h -> h.createQuery("SELECT coalesce(max(id), 0) FROM contact").mapTo(Long.class).one());
        } catch (StorageException e) {
            max = last[0];
        }
        int unreadable = 0;
        for (long id = last[0] + 1; id <= max; id++) {
            long probe = id;
            try {
                Boolean alive = tx.read(h -> h.createQuery("SELECT deleted_at IS NULL FROM contact WHERE id = ?")
                        .bind(0, probe).mapTo(Boolean.class).findOne().orElse(false));
                if (alive) {
                    live.add(probe);
                }
            } catch (StorageException e) {
                unreadable++;
            }
        }
        return new IdScan(live.stream().mapToLong(Long::longValue).toArray(), unreadable);
    }
}
