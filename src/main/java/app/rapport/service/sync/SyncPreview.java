package app.rapport.service.sync;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.sync.CardMerge;
import app.rapport.domain.sync.SyncAccount;
import app.rapport.io.sync.CardDavClient;
import java.net.URI;
import java.util.List;

/**
 * What a sync would do, worked out from both sides with nothing written on either; {@link SyncService#run}
 * then does it. Deletes are counted here and done only once the user confirms them.
 */
public final class SyncPreview {
    /** What one contact or card needs. */
    enum Kind { CREATE_HERE, PULL, CREATE_ON_SERVER, PUSH, MERGE, DELETE_HERE, DELETE_ON_SERVER,
        /** a card gone from the server whose contact is gone from Rapport: only its link is left to forget */
        FORGET }

    /**
     * One contact's work: {@code here} the contact to write in Rapport (null: none), {@code card} the text to put on
     * the server (null: none), {@code href} and {@code etag} the card as read (null href: a card to create).
     */
    record Work(Kind kind, long contactId, String uid, String href, String etag, Contact here, boolean restore,
            String card, SyncChanges.Kept kept) {
        Work(Kind kind, long contactId, String uid, String href, String etag, Contact here, boolean restore,
             String card) {
            this(kind, contactId, uid, href, etag, here, restore, card, null);
        }
    }

    /** A field both sides changed differently since the last sync; Rapport's value is kept until the user chooses. */
    public record Conflict(long contactId, String name, CardMerge.Conflict field) {
    }

    final SyncAccount account;
    final CardDavClient client;
    final URI book;
    final List<Work> work;
    final String newToken;
    final List<Conflict> conflicts;
    final int unreadableCards;

    SyncPreview(SyncAccount account, CardDavClient client, URI book, List<Work> work, String newToken,
            List<Conflict> conflicts, int unreadableCards) {
        this.account = account;
        this.client = client;
        this.book = book;
        this.work = List.copyOf(work);
        this.newToken = newToken;
        this.conflicts = List.copyOf(conflicts);
        this.unreadableCards = unreadableCards;
    }

    /** The account the preview was made for, as it was then. */
    public SyncAccount account() {
        return account;
    }

    int count(Kind kind) {
        return (int) work.stream().filter(w -> w.kind() == kind).count();
    }

    /** Contacts the server's cards add to Rapport. */
    public int addedHere() {
        return count(Kind.CREATE_HERE);
    }

    /** Contacts the server's cards change here (pulled, or merged with a change made here). */
    public int changedHere() {
        return (int) work.stream().filter(w -> w.here() != null && w.kind() != Kind.CREATE_HERE).count();
    }

    /** Cards Rapport adds to the server. */
    public int addedOnServer() {
        return count(Kind.CREATE_ON_SERVER);
    }

    /** Cards Rapport changes on the server. */
    public int changedOnServer() {
        return (int) work.stream().filter(w -> w.card() != null && w.href() != null).count();
    }

    /** Contacts whose card was deleted on the server: they go to the trash here once the user says yes. */
    public int deletesHere() {
        return count(Kind.DELETE_HERE);
    }

    /** Cards of contacts in Rapport's trash: deleted on the server once the user says yes. */
    public int deletesOnServer() {
        return count(Kind.DELETE_ON_SERVER);
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }

    /** Cards that hold no contact Rapport can keep (a group card): left as they are. */
    public int unreadableCards() {
        return unreadableCards;
    }

    public boolean isEmpty() {
        return work.isEmpty();
    }
}
