package app.rapport.service.importing;

import app.rapport.domain.ContactKind;
import java.util.List;

/** A contact already in Rapport (not in the trash), as far as finding duplicates needs it. */
public record KnownContact(long id, ContactKind kind, String displayName, String nameKey, List<String> emails,
                           List<String> phones) {
    public KnownContact {
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
    }
}
