package app.rapport.io.sync;

/**
 * One card's address and version.
 *
 * @param href the card's path as the server names it (percent-encoded, as sent)
 * @param etag the ETag exactly as the server gave it (quotes included), to be sent back in If-Match
 */
public record CardRef(String href, String etag) {
}
