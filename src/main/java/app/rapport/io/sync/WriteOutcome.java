package app.rapport.io.sync;

/** What became of a PUT or DELETE made on condition that the card was as last seen. */
public sealed interface WriteOutcome {
    String href();

    /** Written; {@code etag} is the new version, or null when the server did not say (read it back then). */
    record Stored(String href, String etag) implements WriteOutcome {
    }

    /** Deleted, or already gone. */
    record Deleted(String href) implements WriteOutcome {
    }

    /**
     * 412: someone changed the card on the server since its ETag was read (or, on create, a card already
     * has this href). Nothing was written; the caller reads the server's version and merges.
     */
    record ChangedOnServer(String href) implements WriteOutcome {
    }
}
