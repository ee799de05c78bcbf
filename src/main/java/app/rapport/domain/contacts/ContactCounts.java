package app.rapport.domain.contacts;

/** How many contacts the database holds, by kind and state. */
public record ContactCounts(long people, long organisations, long archived, long inTrash, long tags,
                            long emails, long phones, long addresses) {
    public long total() {
        return people + organisations;
    }
}
