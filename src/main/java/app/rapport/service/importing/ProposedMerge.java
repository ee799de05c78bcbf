package app.rapport.service.importing;

import app.rapport.domain.contacts.ContactMerge;
import java.util.List;

/**
 * An imported record that looks like a contact already in Rapport ({@code existingId} > 0) or like an
 * earlier record of the import ({@code otherRecord} ≥ 0): the {@link Matcher.Match} says why and how
 * strongly, {@code kept} the values of the record that differ from the other's and that a merge keeps in
 * the notes. Strong evidence is merged unless the user says otherwise; a possible duplicate is kept
 * apart unless the user says merge.
 */
public record ProposedMerge(int id, int record, long existingId, int otherRecord, String otherName,
                            Matcher.Match match, List<ContactMerge.Kept> kept) {
    public ProposedMerge {
        kept = List.copyOf(kept);
    }

    public boolean intoExisting() {
        return existingId > 0;
    }

    public Matcher.Decision decision() {
        return match.decision();
    }

    public boolean acceptedByDefault() {
        return decision() == Matcher.Decision.MERGE;
    }

}
