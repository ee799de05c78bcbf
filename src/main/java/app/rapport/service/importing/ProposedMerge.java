package app.rapport.service.importing;

/**
 * An imported record that looks like a contact already in Rapport ({@code existingId} > 0) or like an
 * earlier record of the import ({@code otherRecord} ≥ 0), and why. {@code detail} is what matched (the
 * email or number; the name for {@link MatchReason#NAME}). A name-only match between two contacts
 * whose emails or numbers differ is proposed but not accepted unless the user says so.
 */
public record ProposedMerge(int id, int record, long existingId, int otherRecord, String otherName,
                            MatchReason reason, String detail, boolean acceptedByDefault) {

    public boolean intoExisting() {
        return existingId > 0;
    }
}
