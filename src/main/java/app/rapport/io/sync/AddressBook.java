package app.rapport.io.sync;

import java.net.URI;

/**
 * An address book found on the server.
 *
 * @param href its address as the server names it (absolute, so it can be kept and asked again)
 * @param syncToken the collection's current sync token (RFC 6578), or null when the server keeps none
 * @param ctag the collection's getctag, or null; changes whenever a card in it changes
 */
public record AddressBook(URI href, String displayName, String syncToken, String ctag) {
}
