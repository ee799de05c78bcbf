package app.rapport.domain;

import java.time.Instant;

/** One row of the contacts list: only what the list shows. {@code orgKind} is null for a person. */
public record ContactSummary(long id, ContactKind kind, OrgKind orgKind, String displayName, String organisation, String title,
                             String email, String phone, String locality, String tags, boolean archived,
                             Instant updatedAt) {
}
