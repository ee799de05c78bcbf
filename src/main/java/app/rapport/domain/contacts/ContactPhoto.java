package app.rapport.domain.contacts;

import java.util.Arrays;
import java.util.Objects;

/**
 * A contact's picture: the image (at most 512 pixels a side, as stored) with its media type, and a
 * small square thumbnail (PNG) for lists and the map.
 */
public record ContactPhoto(String mime, byte[] bytes, byte[] thumbnail) {
    public ContactPhoto {
        Objects.requireNonNull(mime, "mime");
        bytes = bytes.clone();
        thumbnail = thumbnail.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public byte[] thumbnail() {
        return thumbnail.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContactPhoto p && mime.equals(p.mime) && Arrays.equals(bytes, p.bytes);
    }

    @Override
    public int hashCode() {
        return mime.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "ContactPhoto[" + mime + ", " + bytes.length + " bytes]";
    }
}
