package app.rapport.domain.sync;

import java.time.Instant;
import java.util.Objects;

/**
 * A contact's card on the server as it was when last synced.
 *
 * @param contactId the contact, or null when it was deleted for good here since (the card is still there)
 * @param href the card's path on the server
 * @param etag the ETag the card had then, or null when the server gave none
 * @param vcardSha256 hash of the vCard text then, to tell whether either side changed since
 * @param baseVcard that text, the base of a three-way merge when both sides changed since; null for links made
 *                  before it was kept
 */
public record CardLink(long accountId, Long contactId, String href, String uid, String etag, String vcardSha256,
        Instant syncedAt, String baseVcard) {
    public CardLink {
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(vcardSha256, "vcardSha256");
        Objects.requireNonNull(syncedAt, "syncedAt");
    }

    public CardLink(long accountId, Long contactId, String href, String uid, String etag, String vcardSha256,
            Instant syncedAt) {
        this(accountId, contactId, href, uid, etag, vcardSha256, syncedAt, null);
    }
}
