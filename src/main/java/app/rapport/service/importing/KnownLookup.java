package app.rapport.service.importing;

import java.util.Set;

/**
 * What the records of an import could match in Rapport by: their vCard UIDs, emails (as
 * {@link MatchKeys#email}), phone keys (E.164, read in {@code region}), match names (as
 * {@link MatchKeys#name}) and the name keys ({@link app.rapport.domain.contacts.NameKey}) their ties name an
 * organisation or a person by. A contact sharing none of these is never a candidate, so the contacts
 * found by them are all an import needs to plan.
 */
public record KnownLookup(Set<String> uids, Set<String> emails, Set<String> phones, String region,
                          Set<String> matchNames, Set<String> nameKeys) {
    public KnownLookup {
        uids = Set.copyOf(uids);
        emails = Set.copyOf(emails);
        phones = Set.copyOf(phones);
        matchNames = Set.copyOf(matchNames);
        nameKeys = Set.copyOf(nameKeys);
    }
}
