package app.rapport.service.importing;

import app.rapport.domain.contacts.Birthday;
import app.rapport.domain.contacts.ContactKind;
import java.util.List;

/**
 * A contact already in Rapport (not in the trash), as far as matching needs it: {@code vcardUid} the UID
 * of the card it came from (empty when none), {@code matchName} its name for {@link MatchKeys},
 * {@code employer} where a person works.
 */
public record KnownContact(long id, ContactKind kind, String displayName, String nameKey, List<String> emails,
                           List<String> phones, String vcardUid, String matchName, String employer,
                           Birthday birthday) {
    public KnownContact {
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        vcardUid = vcardUid == null ? "" : vcardUid;
        matchName = matchName == null ? "" : matchName;
        employer = employer == null ? "" : employer;
    }

    /** What {@link Matcher} compares, phone numbers read with {@code phoneKey}. */
    public MatchKeys keys(app.rapport.domain.contacts.PhoneKey phoneKey) {
        java.util.Set<String> e = new java.util.LinkedHashSet<>();
        emails.forEach(x -> {
            String k = MatchKeys.email(x);
            if (!k.isEmpty()) {
                e.add(k);
            }
        });
        java.util.Set<String> p = new java.util.LinkedHashSet<>();
        phones.forEach(x -> {
            String k = phoneKey.of(x);
            if (!k.isEmpty()) {
                p.add(k);
            }
        });
        return new MatchKeys(kind, vcardUid, "", matchName, app.rapport.domain.Text.fold(employer), birthday, e, p,
                displayName, employer);
    }
}
