package app.rapport.persistence.sync;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.sync.CardLink;
import app.rapport.domain.sync.SyncAccount;
import app.rapport.domain.sync.SyncRun;
import app.rapport.persistence.Database;
import app.rapport.persistence.Timestamps;
import app.rapport.persistence.Transactions;
import app.rapport.persistence.contacts.ContactLoader;
import app.rapport.persistence.contacts.ContactUids;
import app.rapport.persistence.contacts.JdbiContactRepository;
import app.rapport.persistence.contacts.SortKeys;
import app.rapport.service.StorageException;
import app.rapport.service.sync.SyncChanges;
import app.rapport.service.sync.SyncRepository;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** CardDAV accounts and the card each contact is on the server ({@code sync_account}, {@code sync_card}, V14). */
public final class JdbiSyncRepository implements SyncRepository {
    private static final int CHUNK = 1_000;

    private static final String ACCOUNT_COLUMNS =
            "id, server_url, user_name, book_href, book_name, sync_token, ctag, last_synced_at, in_keyring, "
                    + "trusted_certificate, auto_minutes";
    private static final String RUN_COLUMNS = "id, account_id, finished_at, automatic, outcome, added_here, "
            + "changed_here, deleted_here, added_server, changed_server, deleted_server, conflicts, waiting, failure";
    /** Runs kept in the log of each account; older ones go as new ones come. */
    static final int RUNS_KEPT = 200;
    private static final String LINK_COLUMNS = 
            "account_id, contact_id, href, uid, etag, vcard_sha256, synced_at, base_vcard";

    private final Transactions tx;
    private final SortKeys sortKeys;

    public JdbiSyncRepository(Database database) {
        this.tx = new Transactions(database.jdbi());
        this.sortKeys = database.sortKeys();
    }

    @Override
    public SyncAccount add(SyncAccount account) {
        long id = tx.write(h -> h.createUpdate("""
                        INSERT INTO sync_account (server_url, user_name, book_href, book_name)
                        VALUES (:server, :user, :book, :name)""")
                .bind("server", account.serverUrl()).bind("user", account.userName())
                .bind("book", account.bookHref()).bind("name", account.bookName())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return account(id).orElseThrow();
    }

    public Optional<SyncAccount> account(long id) {
        return tx.read(h -> h.createQuery("SELECT " + ACCOUNT_COLUMNS + " FROM sync_account WHERE id = ?").bind(0, id)
                .map((rs, ctx) -> account(rs)).findOne());
    }

    @Override
    public List<SyncAccount> accounts() {
        return tx.read(h -> h.createQuery("SELECT " + ACCOUNT_COLUMNS + " FROM sync_account ORDER BY id")
                .map((rs, ctx) -> account(rs)).list());
    }

    @Override
    public void saveChoices(long accountId, boolean passwordKept, String trustedCertificate, int autoMinutes,
            Set<String> outTags) {
        tx.write(h -> {
            int updated = h.createUpdate("""
                            UPDATE sync_account SET in_keyring = :kept, trusted_certificate = :cert,
                                auto_minutes = :minutes WHERE id = :id""")
                    .bind("kept", passwordKept).bind("cert", trustedCertificate).bind("minutes", autoMinutes)
                    .bind("id", accountId).execute();
            if (updated != 1) {
                throw new IllegalArgumentException("No sync account " + accountId);
            }
            h.execute("DELETE FROM sync_account_tag WHERE account_id = ?", accountId);
            var add = h.prepareBatch("""
                    INSERT OR IGNORE INTO sync_account_tag (account_id, tag_id)
                    SELECT :account, id FROM tag WHERE name = :name""");
            for (String tag : outTags) {
                add.bind("account", accountId).bind("name", tag).add();
            }
            if (add.size() > 0) {
                add.execute();
            }
            return null;
        });
    }

    @Override
    public Set<String> outTags(long accountId) {
        return tx.read(h -> new java.util.TreeSet<>(h.createQuery("""
                        SELECT t.name FROM sync_account_tag s JOIN tag t ON t.id = s.tag_id WHERE s.account_id = ?""")
                .bind(0, accountId).mapTo(String.class).list()));
    }

    @Override
    public int restoreFromTrash(Collection<Long> contactIds) {
        return tx.write(h -> {
            int back = 0;
            for (long id : contactIds) {
                back += h.execute("UPDATE contact SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL", id);
            }
            return back;
        });
    }

    @Override
    public void log(SyncRun run) {
        tx.write(h -> {
            log(h, run);
            return null;
        });
    }

    @Override
    public List<SyncRun> runs(long accountId, int limit) {
        return tx.read(h -> h.createQuery("SELECT " + RUN_COLUMNS
                        + " FROM sync_run WHERE account_id = ? ORDER BY id DESC LIMIT ?")
                .bind(0, accountId).bind(1, limit).map((rs, ctx) -> run(rs)).list());
    }

    /** Adds the run to its account's log, and lets the oldest go past {@link #RUNS_KEPT}. */
    private static void log(Handle h, SyncRun run) {
        h.createUpdate("""
                        INSERT INTO sync_run (account_id, finished_at, automatic, outcome, added_here, changed_here,
                            deleted_here, added_server, changed_server, deleted_server, conflicts, waiting, failure)
                        VALUES (:account, :at, :automatic, :outcome, :addedHere, :changedHere, :deletedHere,
                            :addedServer, :changedServer, :deletedServer, :conflicts, :waiting, :failure)""")
                .bind("account", run.accountId()).bind("at", Timestamps.format(run.finishedAt()))
                .bind("automatic", run.automatic()).bind("outcome", run.outcome().name())
                .bind("addedHere", run.addedHere()).bind("changedHere", run.changedHere())
                .bind("deletedHere", run.deletedHere()).bind("addedServer", run.addedOnServer())
                .bind("changedServer", run.changedOnServer()).bind("deletedServer", run.deletedOnServer())
                .bind("conflicts", run.conflicts()).bind("waiting", run.waiting()).bind("failure", run.failure())
                .execute();
        h.execute("""
                DELETE FROM sync_run WHERE account_id = ? AND id NOT IN
                    (SELECT id FROM sync_run WHERE account_id = ? ORDER BY id DESC LIMIT ?)""",
                run.accountId(), run.accountId(), RUNS_KEPT);
    }

    /** Forgets the account and every card link it had; the contacts stay. */
    public void remove(long accountId) {
        tx.write(h -> h.execute("DELETE FROM sync_account WHERE id = ?", accountId));
    }

    /**
     * Records a run that finished: the cards as they now are on both sides, the links of cards gone from both
     * sides removed, and the token and ctag to start from next time, in one transaction, so a run broken off
     * keeps the old token and the next run does the work again.
     */
    public void finishRun(long accountId, Collection<CardLink> synced, Collection<String> goneHrefs, String syncToken,
            String ctag, Instant at) {
        tx.write(h -> {
            finishRun(h, accountId, synced, goneHrefs, syncToken, ctag, at);
            return null;
        });
    }

    private static void finishRun(Handle h, long accountId, Collection<CardLink> synced, Collection<String> goneHrefs,
            String syncToken, String ctag, Instant at) {
        {
            // gone first: a card moved to another href takes its contact's link from the old href
            var delete = h.prepareBatch("DELETE FROM sync_card WHERE account_id = :account AND href = :href");
            for (String href : goneHrefs) {
                delete.bind("account", accountId).bind("href", href).add();
            }
            if (!goneHrefs.isEmpty()) {
                delete.execute();
            }
            var upsert = h.prepareBatch("""
                    INSERT INTO sync_card (account_id, contact_id, href, uid, etag, vcard_sha256, synced_at, base_vcard)
                    VALUES (:account, :contact, :href, :uid, :etag, :sha, :at, :base)
                    ON CONFLICT (account_id, href) DO UPDATE SET contact_id = excluded.contact_id, uid = excluded.uid,
                        etag = excluded.etag, vcard_sha256 = excluded.vcard_sha256, synced_at = excluded.synced_at,
                        base_vcard = excluded.base_vcard""");
            for (CardLink link : synced) {
                if (link.accountId() != accountId) {
                    throw new IllegalArgumentException("A card link of another account: " + link.href());
                }
                upsert.bind("account", accountId).bind("contact", link.contactId()).bind("href", link.href())
                        .bind("uid", link.uid()).bind("etag", link.etag()).bind("sha", link.vcardSha256())
                        .bind("at", Timestamps.format(link.syncedAt())).bind("base", link.baseVcard()).add();
            }
            if (!synced.isEmpty()) {
                upsert.execute();
            }
            int updated = h.createUpdate("""
                    UPDATE sync_account SET sync_token = :token, ctag = :ctag, last_synced_at = :at WHERE id = :id""")
                    .bind("token", syncToken).bind("ctag", ctag).bind("at", Timestamps.format(at)).bind("id", accountId)
                    .execute();
            if (updated != 1) {
                throw new IllegalArgumentException("No sync account " + accountId);
            }
        }
    }

    @Override
    public List<HeldContact> liveContacts() {
        return tx.read(h -> {
            String identity = ContactUids.identity(h);
            Map<Long, String> uids = new LinkedHashMap<>();
            h.createQuery("SELECT id, vcard_uid, created_at FROM contact WHERE deleted_at IS NULL ORDER BY id")
                    .map((rs, ctx) -> {
                        String kept = rs.getString(2);
                        uids.put(rs.getLong(1), kept != null && !kept.isBlank() ? kept
                                : ContactUids.derived(identity, rs.getLong(1), rs.getString(3)));
                        return null;
                    }).forEach(x -> { });
            List<Long> ids = new ArrayList<>(uids.keySet());
            List<HeldContact> held = new ArrayList<>(ids.size());
            for (int from = 0; from < ids.size(); from += CHUNK) {
                ContactLoader.load(h, ids.subList(from, Math.min(ids.size(), from + CHUNK)), true).values()
                        .forEach(c -> held.add(new HeldContact(c, uids.get(c.id()))));
            }
            return held;
        });
    }

    @Override
    public Set<Long> trashedLinkedContacts(long accountId) {
        return tx.read(h -> new HashSet<>(h.createQuery("""
                        SELECT c.id FROM sync_card s JOIN contact c ON c.id = s.contact_id
                        WHERE s.account_id = ? AND c.deleted_at IS NOT NULL""")
                .bind(0, accountId).mapTo(Long.class).list()));
    }

    @Override
    public void apply(SyncChanges changes, CardWriter cards) {
        tx.write(h -> {
            String at = Timestamps.format(changes.at());
            Map<Long, SyncChanges.Outgoing> links = new LinkedHashMap<>();
            if (!changes.created().isEmpty()) {
                // in bulk, as an import writes them: a first sync with a full book adds thousands
                List<Contact> created = changes.created().stream()
                        .map(in -> in.contact().withTimestamps(changes.at(), changes.at())).toList();
                long id = JdbiContactRepository.insertContacts(h, created, sortKeys, changes.at());
                for (SyncChanges.Incoming in : changes.created()) {
                    links.put(id, new SyncChanges.Outgoing(id, in.uid(), in.href(), in.etag()));
                    id++;
                }
            }
            for (SyncChanges.Incoming in : changes.updated()) {
                Contact c = in.contact();
                Map<String, Object> columns = JdbiContactRepository.columnsOf(c, sortKeys, null, changes.at());
                columns.put("id", c.id());
                String sql = JdbiContactRepository.UPDATE_ROW;
                if (in.restore()) {
                    h.execute("UPDATE contact SET deleted_at = NULL WHERE id = ?", c.id());
                } else {
                    columns.put("expected", Timestamps.format(c.updatedAt()));
                    sql += " AND updated_at = :expected";
                }
                if (h.createUpdate(sql).bindMap(columns).execute() == 0) {
                    throw new StorageException(StorageException.Reason.NOT_FOUND,
                            "Contact " + c.id() + " changed during the sync");
                }
                // the card's photo (or none) is the contact's: replaceChildren alone keeps the photo a contact
                // has, as an import merging a card into it does
                h.execute("DELETE FROM contact_photo WHERE contact_id = ?", c.id());
                JdbiContactRepository.replaceChildren(h, c);
                links.put(c.id(), new SyncChanges.Outgoing(c.id(), in.uid(), in.href(), in.etag()));
            }
            for (SyncChanges.Outgoing out : changes.linked()) {
                links.put(out.contactId(), out);
            }
            var keepUid = h.prepareBatch(
                    "UPDATE contact SET vcard_uid = :uid WHERE id = :id AND coalesce(vcard_uid, '') = ''");
            for (SyncChanges.Outgoing out : links.values()) {
                keepUid.bind("uid", out.uid()).bind("id", out.contactId()).add();
            }
            if (keepUid.size() > 0) {
                keepUid.execute();
            }
            for (SyncChanges.Kept k : changes.kept()) {
                h.execute("INSERT INTO sync_conflict (account_id, contact_id, href, fields, server_vcard, found_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)", changes.accountId(), k.contactId(), k.href(),
                        String.join(",", k.fields()), k.serverCard(), at);
            }
            for (long id : changes.trash()) {
                h.execute("UPDATE contact SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL", at, id);
            }
            List<Long> ids = new ArrayList<>(links.keySet());
            List<CardLink> synced = new ArrayList<>(ids.size());
            for (int from = 0; from < ids.size(); from += CHUNK) {
                Map<Long, Contact> stored = ContactLoader.load(h, ids.subList(from, Math.min(ids.size(), from + CHUNK)),
                        true);
                for (Contact c : stored.values()) {
                    SyncChanges.Outgoing out = links.get(c.id());
                    CardText card = cards.write(c, out.uid());
                    synced.add(new CardLink(changes.accountId(), c.id(), out.href(), out.uid(), out.etag(),
                            card.sha256(), changes.at(), card.text()));
                }
            }
            finishRun(h, changes.accountId(), synced, changes.goneHrefs(), changes.syncToken(), changes.ctag(),
                    changes.at());
            if (changes.run() != null) {
                log(h, changes.run());
            }
            return null;
        });
    }

    @Override
    public List<KeptConflict> openConflicts() {
        return tx.read(h -> h.createQuery("""
                        SELECT id, account_id, contact_id, href, fields, server_vcard, found_at FROM sync_conflict
                        WHERE resolved_at IS NULL ORDER BY found_at, id""")
                .map((rs, ctx) -> {
                    long contact = rs.getLong("contact_id");
                    Long contactId = rs.wasNull() ? null : contact;
                    String fields = rs.getString("fields");
                    return new KeptConflict(rs.getLong("id"), rs.getLong("account_id"), contactId, rs.getString("href"),
                            fields.isEmpty() ? List.of() : List.of(fields.split(",")), rs.getString("server_vcard"),
                            Timestamps.parse(rs.getString("found_at")));
                }).list());
    }

    @Override
    public Optional<Contact> liveContact(long id) {
        return tx.read(h -> h.createQuery("SELECT count(*) FROM contact WHERE id = ? AND deleted_at IS NULL")
                .bind(0, id).mapTo(Integer.class).one() == 0 ? Optional.<Contact>empty()
                : Optional.ofNullable(ContactLoader.load(h, List.of(id), true).get(id)));
    }

    @Override
    public void resolve(long conflictId, Contact changed, String rapportCard, Instant at) {
        tx.write(h -> {
            if (changed != null) {
                Map<String, Object> columns = JdbiContactRepository.columnsOf(changed, sortKeys, null, at);
                columns.put("id", changed.id());
                columns.put("expected", Timestamps.format(changed.updatedAt()));
                if (h.createUpdate(JdbiContactRepository.UPDATE_ROW + " AND updated_at = :expected").bindMap(columns)
                        .execute() == 0) {
                    throw new StorageException(StorageException.Reason.NOT_FOUND,
                            "Contact " + changed.id() + " changed before the conflict was settled");
                }
                JdbiContactRepository.replaceChildren(h, changed);
            }
            if (h.execute("UPDATE sync_conflict SET resolved_at = ?, rapport_vcard = ? WHERE id = ?"
                    + " AND resolved_at IS NULL", Timestamps.format(at), rapportCard, conflictId) == 0) {
                // the contact's change goes back with the transaction
                throw new StorageException(StorageException.Reason.NOT_FOUND, "No open sync conflict " + conflictId);
            }
            return null;
        });
    }

    @Override
    public List<CardLink> links(long accountId) {
        return tx.read(h -> h.createQuery("SELECT " + LINK_COLUMNS + " FROM sync_card WHERE account_id = ? ORDER BY href")
                .bind(0, accountId).map((rs, ctx) -> link(rs)).list());
    }

    public Optional<CardLink> linkOfContact(long accountId, long contactId) {
        return tx.read(h -> h.createQuery("SELECT " + LINK_COLUMNS
                        + " FROM sync_card WHERE account_id = ? AND contact_id = ?")
                .bind(0, accountId).bind(1, contactId).map((rs, ctx) -> link(rs)).findOne());
    }

    public Optional<CardLink> linkAt(long accountId, String href) {
        return tx.read(h -> h.createQuery("SELECT " + LINK_COLUMNS + " FROM sync_card WHERE account_id = ? AND href = ?")
                .bind(0, accountId).bind(1, href).map((rs, ctx) -> link(rs)).findOne());
    }

    /** The link of a card by its UID (a server may move a card to another href; its UID stays). */
    public Optional<CardLink> linkByUid(long accountId, String uid) {
        return tx.read(h -> h.createQuery("SELECT " + LINK_COLUMNS
                        + " FROM sync_card WHERE account_id = ? AND uid = ? ORDER BY href LIMIT 1")
                .bind(0, accountId).bind(1, uid).map((rs, ctx) -> link(rs)).findOne());
    }

    private static SyncAccount account(ResultSet rs) throws SQLException {
        String last = rs.getString("last_synced_at");
        return new SyncAccount(rs.getLong("id"), rs.getString("server_url"), rs.getString("user_name"),
                rs.getString("book_href"), rs.getString("book_name"), rs.getString("sync_token"), rs.getString("ctag"),
                last == null ? null : Timestamps.parse(last), rs.getBoolean("in_keyring"),
                rs.getString("trusted_certificate"), rs.getInt("auto_minutes"));
    }

    private static SyncRun run(ResultSet rs) throws SQLException {
        return new SyncRun(rs.getLong("id"), rs.getLong("account_id"), Timestamps.parse(rs.getString("finished_at")),
                rs.getBoolean("automatic"), SyncRun.Outcome.valueOf(rs.getString("outcome")), rs.getInt("added_here"),
                rs.getInt("changed_here"), rs.getInt("deleted_here"), rs.getInt("added_server"),
                rs.getInt("changed_server"), rs.getInt("deleted_server"), rs.getInt("conflicts"),
                rs.getInt("waiting"), rs.getString("failure"));
    }

    private static CardLink link(ResultSet rs) throws SQLException {
        long contact = rs.getLong("contact_id");
        Long contactId = rs.wasNull() ? null : contact;
        return new CardLink(rs.getLong("account_id"), contactId, rs.getString("href"), rs.getString("uid"),
                rs.getString("etag"), rs.getString("vcard_sha256"), Timestamps.parse(rs.getString("synced_at")),
                rs.getString("base_vcard"));
    }
}
