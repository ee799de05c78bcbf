package app.rapport.io.sync;

import java.util.List;

/**
 * What changed in an address book since a sync token.
 *
 * @param changed cards added or changed since the token (all of them from an empty token)
 * @param removed hrefs of cards deleted since the token
 * @param newToken the token to keep for the next time; null when the server gave none
 * @param complete true when {@code changed} lists every card in the book and {@code removed} is empty: the
 *                 server has no sync-collection or refused the kept token, so the caller compares ETags and
 *                 treats every card it knows that is not listed as removed
 */
public record CollectionChanges(List<CardRef> changed, List<String> removed, String newToken, boolean complete) {
    public CollectionChanges {
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }
}
