package app.rapport.service.sync;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.sync.SyncRun;
import java.time.Instant;
import java.util.List;

/**
 * What one sync run writes here, at its end, in one transaction.
 *
 * @param created   contacts new to Rapport from cards (id 0)
 * @param updated   contacts whose card's version (pulled or merged) replaces them; {@code updatedAt} is the
 *                  version read, so a contact edited meanwhile fails the run
 * @param linked    contacts Rapport did not change now but whose card was written or found (a push, a create)
 * @param trash     contacts whose card was deleted on the server, the user having confirmed
 * @param goneHrefs links to forget: cards deleted on either side
 * @param syncToken the token to start from next time; the old one when something was left for the next run
 * @param run       the run as the sync log keeps it, or null for none
 */
public record SyncChanges(long accountId, List<Incoming> created, List<Incoming> updated, List<Outgoing> linked,
        List<Long> trash, List<String> goneHrefs, String syncToken, String ctag, Instant at, List<Kept> kept,
        SyncRun run) {
    public SyncChanges(long accountId, List<Incoming> created, List<Incoming> updated, List<Outgoing> linked,
                       List<Long> trash, List<String> goneHrefs, String syncToken, String ctag, Instant at,
                       List<Kept> kept) {
        this(accountId, created, updated, linked, trash, goneHrefs, syncToken, ctag, at, kept, null);
    }

    public SyncChanges(long accountId, List<Incoming> created, List<Incoming> updated, List<Outgoing> linked,
                       List<Long> trash, List<String> goneHrefs, String syncToken, String ctag, Instant at) {
        this(accountId, created, updated, linked, trash, goneHrefs, syncToken, ctag, at, List.of());
    }

    public SyncChanges {
        kept = List.copyOf(kept);
        created = List.copyOf(created);
        updated = List.copyOf(updated);
        linked = List.copyOf(linked);
        trash = List.copyOf(trash);
        goneHrefs = List.copyOf(goneHrefs);
    }

    /** A card's contact to keep here; {@code restore} brings it back from the trash first. */
    public record Incoming(Contact contact, boolean restore, String uid, String href, String etag) {
    }

    /**
     * The server's card of a contact both sides changed in the same field, kept as it was before Rapport's
     * version replaced it: the version that lost a conflict, never lost.
     */
    public record Kept(long contactId, String href, List<String> fields, String serverCard) {
        public Kept {
            fields = List.copyOf(fields);
        }
    }

    /** A contact now on the server as the card at {@code href}, version {@code etag}. */
    public record Outgoing(long contactId, String uid, String href, String etag) {
    }

    public boolean isEmpty() {
        return created.isEmpty() && updated.isEmpty() && linked.isEmpty() && trash.isEmpty() && goneHrefs.isEmpty();
    }
}
