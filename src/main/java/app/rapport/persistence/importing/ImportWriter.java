package app.rapport.persistence.importing;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.PhoneKey;
import app.rapport.persistence.Timestamps;
import app.rapport.persistence.contacts.ChannelBatches;
import app.rapport.persistence.contacts.JdbiContactRepository;
import app.rapport.persistence.contacts.MatchColumns;
import app.rapport.persistence.contacts.SortKeys;
import app.rapport.persistence.network.NetworkWriter;
import app.rapport.service.StorageException.Reason;
import app.rapport.service.StorageException;
import app.rapport.service.importing.ContactRef;
import app.rapport.service.importing.ImportBatch;
import app.rapport.service.importing.ImportCancelledException;
import app.rapport.service.importing.ImportProgress;
import java.time.Instant;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes an {@link ImportBatch} inside the caller's transaction, with the search and derived-column
 * triggers standing aside (see bulk_write in V1) and their work done once at the end for the contacts
 * touched. Asks {@code cancel} before each contact and reports each one written.
 */
final class ImportWriter {
    private static final int CHUNK = 500;
    private static final String RELATIONSHIP_MET = """
            INSERT INTO relationship (contact_id, how_we_met) VALUES (?, ?)
            ON CONFLICT (contact_id) DO UPDATE SET how_we_met = excluded.how_we_met WHERE relationship.how_we_met = ''""";

    private final Handle h;
    private final Instant now;
    private final SortKeys keys;
    private final ImportProgress progress;
    private final BooleanSupplier cancel;
    private long done;
    private long total;

    ImportWriter(Handle h, SortKeys keys, Instant now, ImportProgress progress, BooleanSupplier cancel) {
        this.h = h;
        this.keys = keys;
        this.now = now;
        this.progress = progress;
        this.cancel = cancel;
    }

    long[] write(ImportBatch batch) {
        total = batch.size();
        h.execute("UPDATE bulk_write SET active = 1");
        long[] ids = insert(batch);
        // contacts already in Rapport that the import changed; the new ones are one range of ids
        TreeSet<Long> touched = new TreeSet<>();
        for (Contact c : batch.updates()) {
            step();
            Map<String, Object> columns = JdbiContactRepository.columnsOf(c, keys, null, now);
            columns.put("id", c.id());
            columns.put("expected", Timestamps.format(c.updatedAt()));
            int changed = h.createUpdate(JdbiContactRepository.UPDATE_ROW + " AND updated_at = :expected")
                    .bindMap(columns).execute();
            if (changed == 0) {
                throw new StorageException(Reason.NOT_FOUND, "Contact " + c.id() + " changed during the import");
            }
            JdbiContactRepository.replaceChildren(h, c);
            touched.add(c.id());
            done();
        }
        PreparedBatch cardUids = h.prepareBatch(
                "UPDATE contact SET vcard_uid = :uid WHERE id = :id AND coalesce(vcard_uid, '') = ''");
        batch.cardUids().forEach((id, uid) -> cardUids.bind("uid", uid).bind("id", id).add());
        execute(cardUids);
        PreparedBatch ties = h.prepareBatch(NetworkWriter.INSERT_TIE);
        for (ImportBatch.NewTie t : batch.ties()) {
            ties.add(id(t.from(), ids), id(t.to(), ids), t.type().name(), ImportBatch.STRENGTH, null, "");
        }
        execute(ties);
        PreparedBatch met = h.prepareBatch(RELATIONSHIP_MET);
        for (ImportBatch.HowWeMet m : batch.met()) {
            long id = id(m.who(), ids);
            met.add(id, m.text());
            if (!m.who().isNew()) {
                touched.add(id);
            }
        }
        execute(met);
        if (ids.length > 0) {
            refreshNew(ids[0], ids[ids.length - 1]);
        }
        if (!touched.isEmpty()) {
            refreshChanged(NetworkWriter.jsonArray(touched));
        }
        h.execute("UPDATE bulk_write SET active = 0");
        return ids;
    }

    /** What the triggers stood aside from, once per contact; same transaction, so nobody sees it half done. */
    private void refreshNew(long first, long last) {
        h.execute(JdbiContactRepository.FIRST_CHANNELS + " WHERE id BETWEEN ? AND ?", first, last);
        h.execute("INSERT INTO contact_fts (rowid, body) SELECT id, body FROM contact_search_text "
                + "WHERE id BETWEEN ? AND ?", first, last);
        h.execute("INSERT INTO contact_name_fts (rowid, name) SELECT id, name FROM contact_name_text "
                + "WHERE id BETWEEN ? AND ?", first, last);
        h.execute(NetworkWriter.DUE_COLUMNS + " WHERE id BETWEEN ? AND ?", first, last);
    }

    private void refreshChanged(String json) {
        h.execute(JdbiContactRepository.FIRST_CHANNELS + " WHERE id IN (SELECT value FROM json_each(?))", json);
        h.execute("DELETE FROM contact_fts WHERE rowid IN (SELECT value FROM json_each(?))", json);
        h.execute("INSERT INTO contact_fts (rowid, body) SELECT id, body FROM contact_search_text "
                + "WHERE id IN (SELECT value FROM json_each(?))", json);
        h.execute("DELETE FROM contact_name_fts WHERE rowid IN (SELECT value FROM json_each(?))", json);
        h.execute("INSERT INTO contact_name_fts (rowid, name) SELECT id, name FROM contact_name_text "
                + "WHERE id IN (SELECT value FROM json_each(?))", json);
        h.execute(NetworkWriter.DUE_COLUMNS + " WHERE id IN (SELECT value FROM json_each(?))", json);
    }

    /** New contacts get consecutive ids, so they and their channels go in as batches. */
    private long[] insert(ImportBatch batch) {
        long[] ids = new long[batch.newContacts().size()];
        if (ids.length == 0) {
            return ids;
        }
        long next = h.createQuery("SELECT coalesce(max(id), 0) + 1 FROM contact").mapTo(Long.class).one();
        PreparedBatch rows = h.prepareBatch(JdbiContactRepository.INSERT_WITH_ID);
        PhoneKey phoneKey = MatchColumns.phoneKey(h);
        ChannelBatches channels = new ChannelBatches(h, phoneKey);
        for (int i = 0; i < ids.length; i++) {
            step();
            Contact c = batch.newContacts().get(i);
            ids[i] = next++;
            Map<String, Object> columns = JdbiContactRepository.columnsOf(c, keys, now, now);
            columns.put("id", ids[i]);
            rows.bindMap(columns).add();
            channels.add(ids[i], c);
            if (rows.size() == CHUNK) {
                rows.execute();
                channels.execute();
                rows = h.prepareBatch(JdbiContactRepository.INSERT_WITH_ID);
                channels = new ChannelBatches(h, phoneKey);
            }
            done();
        }
        if (rows.size() > 0) {
            rows.execute();
            channels.execute();
        }
        PreparedBatch uids = h.prepareBatch("UPDATE contact SET vcard_uid = :uid WHERE id = :id");
        for (int i = 0; i < ids.length; i++) {
            String uid = batch.newUids().get(i);
            if (!uid.isEmpty()) {
                uids.bind("uid", uid).bind("id", ids[i]).add();
            }
        }
        execute(uids);
        return ids;
    }

    private void step() {
        if (cancel.getAsBoolean()) {
            throw new ImportCancelledException();
        }
    }

    private void done() {
        progress.update(++done, total);
    }

    private static long id(ContactRef ref, long[] ids) {
        return ref.isNew() ? ids[ref.newIndex()] : ref.existingId();
    }

    private static void execute(PreparedBatch batch) {
        if (batch.size() > 0) {
            batch.execute();
        }
    }
}
