package app.rapport.persistence.duplicates;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.ties.Relationship;
import app.rapport.persistence.Database;
import app.rapport.persistence.Transactions;
import app.rapport.persistence.contacts.ContactLoader;
import app.rapport.persistence.contacts.JdbiContactRepository;
import app.rapport.persistence.contacts.SortKeys;
import app.rapport.persistence.network.NetworkWriter;
import app.rapport.persistence.ties.JdbiRelationshipRepository;
import app.rapport.service.StorageException.Reason;
import app.rapport.service.StorageException;
import app.rapport.service.duplicates.MergeReferences;
import app.rapport.service.duplicates.MergeRepository;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import org.jdbi.v3.core.Handle;

/**
 * Merges in SQLite. Every table that refers to contact(id) in V1–V3 is covered: the channel and tag
 * tables (rewritten from the merged contact), tie (both ends), relationship (its row and
 * introduced_by), interaction_contact, follow_up, ledger_summary (recounted), node_position and the
 * search indexes. Tables added later that refer to a contact get their step in {@link #moveCardListEntries}
 * or beside it ({@link #moveReview}, the sync's card links).
 */
public final class JdbiMergeRepository implements MergeRepository {
    private final Transactions tx;
    private final Clock clock;

    private final SortKeys sortKeys;

    public JdbiMergeRepository(Database database, Clock clock) {
        this.tx = new Transactions(database.jdbi());
        this.sortKeys = database.sortKeys();
        this.clock = clock;
    }

    @Override
    public MergeReferences references(long id) {
        return tx.read(h -> h.createQuery("""
                        SELECT (SELECT count(*) FROM tie WHERE from_id = :id OR to_id = :id),
                               (SELECT count(DISTINCT interaction_id) FROM interaction_contact WHERE contact_id = :id),
                               (SELECT count(*) FROM follow_up WHERE contact_id = :id),
                               EXISTS (SELECT 1 FROM relationship WHERE contact_id = :id)""")
                .bind("id", id)
                .map((rs, ctx) -> new MergeReferences(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4) == 1))
                .one());
    }

    @Override
    public Contact merge(long keepId, long goneId, BinaryOperator<Contact> contacts,
                         RelationshipCombiner relationships) {
        return tx.write(h -> {
            // with photos: the other's photo becomes the kept one's when it has none, not lost with the other
            Map<Long, Contact> both = ContactLoader.load(h, List.of(keepId, goneId), true);
            if (both.size() != 2) {
                throw new StorageException(Reason.NOT_FOUND, "Contact " + keepId + " or " + goneId + " no longer exists");
            }
            Contact merged = contacts.apply(both.get(keepId), both.get(goneId));
            h.execute("UPDATE bulk_write SET active = 1");
            Map<String, Object> columns = JdbiContactRepository.columnsOf(merged, sortKeys, null, clock.instant());
            columns.put("id", keepId);
            h.createUpdate(JdbiContactRepository.UPDATE_ROW).bindMap(columns).execute();
            JdbiContactRepository.replaceChildren(h, merged.withId(keepId));
            moveTies(h, keepId, goneId);
            moveRelationship(h, keepId, goneId, relationships);
            // the same interaction with both in the same role is kept once
            h.execute("UPDATE OR IGNORE interaction_contact SET contact_id = ? WHERE contact_id = ?", keepId, goneId);
            h.execute("UPDATE follow_up SET contact_id = ? WHERE contact_id = ?", keepId, goneId);
            moveCardListEntries(h, keepId, goneId);
            // the matrix (V6): the kept one's assessment stays; without one, the other's becomes its
            h.execute("UPDATE OR IGNORE cooperation SET contact_id = ? WHERE contact_id = ?", keepId, goneId);
            moveReview(h, keepId, goneId);
            // find duplicates (V11): whoever the other was not a duplicate of, the kept one is not either
            h.createUpdate("""
                            INSERT OR IGNORE INTO not_duplicate (contact_low, contact_high, decided_at)
                            SELECT min(:keep, other), max(:keep, other), decided_at FROM (
                                SELECT CASE contact_low WHEN :gone THEN contact_high ELSE contact_low END AS other,
                                       decided_at
                                FROM not_duplicate WHERE :gone IN (contact_low, contact_high))
                            WHERE other <> :keep""")
                    .bind("keep", keepId).bind("gone", goneId).execute();
            // the card the other came from is the kept one's when it has none: that card matches it next time
            h.execute("""
                    UPDATE contact SET vcard_uid = (SELECT vcard_uid FROM contact WHERE id = ?)
                    WHERE id = ? AND coalesce(vcard_uid, '') = ''""", goneId, keepId);
            // the sync (V14): the other's card is the kept one's in each address book where the kept one has
            // none, so the next sync updates that card instead of deleting it and making another; where both
            // had one, the other's link loses its contact with it (ON DELETE SET NULL) and the sync counts that
            // card as a delete on the server, done only once the user confirms
            h.execute("UPDATE OR IGNORE sync_card SET contact_id = ? WHERE contact_id = ?", keepId, goneId);
            h.execute("DELETE FROM node_position WHERE contact_id = ?", goneId);
            // what is left of the other is what the kept one already has; ON DELETE CASCADE takes it
            h.execute("DELETE FROM contact WHERE id = ?", goneId);
            refresh(h, keepId, goneId);
            h.execute("UPDATE bulk_write SET active = 0");
            return ContactLoader.load(h, List.of(keepId)).get(keepId);
        });
    }

    /**
     * The card lists (V4): the other's place on a list becomes the kept one's, in the same envelope;
     * where both were on a list the kept one's place stays and the other's goes with the contact.
     * Envelopes keep their addressee and address as mailed.
     */
    static void moveCardListEntries(Handle h, long keepId, long goneId) {
        h.execute("UPDATE OR IGNORE card_recipient SET contact_id = ? WHERE contact_id = ?", keepId, goneId);
    }

    /**
     * Review (V7): the later review of the two is the merged contact's; the other's place in the round
     * becomes the kept one's unless that one is in the round already.
     */
    static void moveReview(Handle h, long keepId, long goneId) {
        h.execute("""
                INSERT INTO contact_review (contact_id, reviewed_on) SELECT ?, reviewed_on FROM contact_review WHERE contact_id = ?
                ON CONFLICT (contact_id) DO UPDATE SET reviewed_on = max(reviewed_on, excluded.reviewed_on)""", keepId, goneId);
        h.execute("UPDATE OR IGNORE review_queue SET contact_id = ? WHERE contact_id = ?", keepId, goneId);
    }

    private static void moveTies(Handle h, long keepId, long goneId) {
        // a tie between the two would become a tie to itself
        h.execute("DELETE FROM tie WHERE from_id = ? AND to_id = ? OR from_id = ? AND to_id = ?",
                keepId, goneId, goneId, keepId);
        // one the kept contact already has stays once (unique per ends and type)
        h.execute("UPDATE OR IGNORE tie SET from_id = ? WHERE from_id = ?", keepId, goneId);
        h.execute("UPDATE OR IGNORE tie SET to_id = ? WHERE to_id = ?", keepId, goneId);
    }

    private static void moveRelationship(Handle h, long keepId, long goneId, RelationshipCombiner relationships) {
        Relationship keep = relationship(h, keepId);
        Relationship gone = relationship(h, goneId);
        Relationship combined = relationships.combine(keep, gone);
        h.execute("DELETE FROM relationship WHERE contact_id = ?", goneId);
        if (combined != null) {
            h.execute(NetworkWriter.UPSERT_RELATIONSHIP, NetworkWriter.relationshipValues(combined));
        }
        // whom the other introduced me to, the kept one did
        h.execute("UPDATE relationship SET introduced_by = ? WHERE introduced_by = ? AND contact_id <> ?",
                keepId, goneId, keepId);
    }

    private static Relationship relationship(Handle h, long id) {
        return h.createQuery("SELECT * FROM relationship WHERE contact_id = ?").bind(0, id)
                .map((rs, ctx) -> JdbiRelationshipRepository.relationshipOf(rs)).findOne().orElse(null);
    }

    /** What the triggers stood aside from: the kept contact's first channels, search rows, due dates, ledger. */
    private static void refresh(Handle h, long keepId, long goneId) {
        h.execute(JdbiContactRepository.FIRST_CHANNELS + " WHERE id = ?", keepId);
        h.execute("DELETE FROM contact_fts WHERE rowid IN (?, ?)", keepId, goneId);
        h.execute("DELETE FROM contact_name_fts WHERE rowid IN (?, ?)", keepId, goneId);
        h.execute("INSERT INTO contact_fts (rowid, body) SELECT id, body FROM contact_search_text WHERE id = ?", keepId);
        h.execute("INSERT INTO contact_name_fts (rowid, name) SELECT id, name FROM contact_name_text WHERE id = ?", keepId);
        h.execute(NetworkWriter.DUE_COLUMNS + " WHERE id = ?", keepId);
        NetworkWriter.rebuildLedger(h, "[" + keepId + "]");
    }
}
