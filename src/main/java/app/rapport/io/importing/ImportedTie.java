package app.rapport.io.importing;

import app.rapport.domain.ties.TieType;

/**
 * A tie the file names from its record to another contact, by the other's uid (in the same file) or
 * name (in the file or already in Rapport).
 */
public record ImportedTie(TieType type, String otherName, String otherUid) {
    public ImportedTie {
        otherName = otherName == null ? "" : otherName.strip();
        otherUid = otherUid == null ? "" : otherUid.strip();
    }
}
