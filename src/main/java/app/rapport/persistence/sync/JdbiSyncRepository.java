package app.rapport.persistence.sync;

import app.rapport.domain.sync.CardLink;
import app.rapport.domain.sync.SyncAccount;
import app.rapport.persistence.Database;
import app.rapport.persistence.Timestamps;
import app.rapport.persistence.Transactions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** CardDAV accounts and the card each contact is on the server ({@code sync_account}, {@code sync_card}, V14). */
public final class JdbiSyncRepository {
    private static final String ACCOUNT_COLUMNS =
            "id, server_url, user_name, book_href, book_name, sync_token, ctag, last_synced_at";
    private static final String LINK_COLUMNS = "account_id, contact_id, href, uid, etag, vcard_sha256, synced_at";

    private final Transactions tx;

    public JdbiSyncRepository(Database database) {
        this.tx = new Transactions(database.jdbi());
    }

    /** Saves a new account and returns it with its id. */
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

    public List<SyncAccount> accounts() {
        return tx.read(h -> h.createQuery("SELECT " + ACCOUNT_COLUMNS + " FROM sync_account ORDER BY id")
                .map((rs, ctx) -> account(rs)).list());
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
            var upsert = h.prepareBatch("""
                    INSERT INTO sync_card (account_id, contact_id, href, uid, etag, vcard_sha256, synced_at)
                    VALUES (:account, :contact, :href, :uid, :etag, :sha, :at)
                    ON CONFLICT (account_id, href) DO UPDATE SET contact_id = excluded.contact_id, uid = excluded.uid,
                        etag = excluded.etag, vcard_sha256 = excluded.vcard_sha256, synced_at = excluded.synced_at""");
            for (CardLink link : synced) {
                if (link.accountId() != accountId) {
                    throw new IllegalArgumentException("A card link of another account: " + link.href());
                }
                upsert.bind("account", accountId).bind("contact", link.contactId()).bind("href", link.href())
                        .bind("uid", link.uid()).bind("etag", link.etag()).bind("sha", link.vcardSha256())
                        .bind("at", Timestamps.format(link.syncedAt())).add();
            }
            if (!synced.isEmpty()) {
                upsert.execute();
            }
            var delete = h.prepareBatch("DELETE FROM sync_card WHERE account_id = :account AND href = :href");
            for (String href : goneHrefs) {
                delete.bind("account", accountId).bind("href", href).add();
            }
            if (!goneHrefs.isEmpty()) {
                delete.execute();
            }
            int updated = h.createUpdate("""
                    UPDATE sync_account SET sync_token = :token, ctag = :ctag, last_synced_at = :at WHERE id = :id""")
                    .bind("token", syncToken).bind("ctag", ctag).bind("at", Timestamps.format(at)).bind("id", accountId)
                    .execute();
            if (updated != 1) {
                throw new IllegalArgumentException("No sync account " + accountId);
            }
            return null;
        });
    }

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
                last == null ? null : Timestamps.parse(last));
    }

    private static CardLink link(ResultSet rs) throws SQLException {
        long contact = rs.getLong("contact_id");
        Long contactId = rs.wasNull() ? null : contact;
        return new CardLink(rs.getLong("account_id"), contactId, rs.getString("href"), rs.getString("uid"),
                rs.getString("etag"), rs.getString("vcard_sha256"), Timestamps.parse(rs.getString("synced_at")));
    }
}
