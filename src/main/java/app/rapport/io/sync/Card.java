package app.rapport.io.sync;

/** A card as read from the server: its address, version and vCard text (the caller parses it with ez-vcard). */
public record Card(String href, String etag, String vcard) {
    @Override
    public String toString() {
        return "Card[" + href + " " + etag + "]";
    }
}
