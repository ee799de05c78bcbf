package app.rapport.service.importing;

/** A contact an import writes to: one already in Rapport (by id) or one it adds (by its place in the batch). */
public record ContactRef(long existingId, int newIndex) {
    public static ContactRef existing(long id) {
        return new ContactRef(id, -1);
    }

    public static ContactRef created(int index) {
        return new ContactRef(0, index);
    }

    public boolean isNew() {
        return newIndex >= 0;
    }
}
