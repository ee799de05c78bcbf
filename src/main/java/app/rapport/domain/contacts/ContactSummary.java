package app.rapport.domain.contacts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of the contacts list: only what the list shows. {@code orgKind} is null for a person;
 * {@code lastInteraction} is null when there has been none, {@code nextDue} when the contact has no
 * keep-in-touch cadence; {@code flagged} marks a contact the user considers problematic.
 */
public record ContactSummary(long id, ContactKind kind, OrgKind orgKind, String displayName, String organisation, String title,
                             String email, String phone, String locality, String tags, boolean archived,
                             Instant updatedAt, LocalDate lastInteraction, LocalDate nextDue, boolean flagged,
                             Integer score) {
}
