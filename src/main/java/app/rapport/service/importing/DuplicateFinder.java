package app.rapport.service.importing;

import app.rapport.domain.Contact;
import app.rapport.domain.ContactKind;
import app.rapport.domain.Email;
import app.rapport.domain.NameKey;
import app.rapport.domain.Phone;
import app.rapport.domain.PhoneKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds imported contacts that are already in Rapport or appear twice in the import: the same email
 * (ignoring case), the same phone number (as E.164, numbers without a country code read in the user's
 * region), or the same name ignoring case, accents and word order ("Müller, Anna" is "anna muller").
 * A contact in Rapport is preferred to an earlier record; email to phone to name.
 */
public final class DuplicateFinder {
    private final PhoneKey phoneKey;

    public DuplicateFinder(String defaultRegion) {
        this.phoneKey = new PhoneKey(defaultRegion);
    }

    /** One proposal at most per record, in record order; ids are their positions in the list. */
    public List<ProposedMerge> find(List<Contact> records, Collection<KnownContact> known) {
        Index<Long> existing = new Index<>();
        Map<Long, KnownContact> byId = new HashMap<>();
        for (KnownContact k : known) {
            byId.put(k.id(), k);
            k.emails().forEach(e -> existing.email(emailKey(e), k.id()));
            k.phones().forEach(p -> existing.phone(phoneKey.of(p), k.id()));
            existing.name(k.kind(), k.nameKey(), k.id());
        }
        Index<Integer> earlier = new Index<>();
        List<ProposedMerge> proposals = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            Contact c = records.get(i);
            Keys keys = keys(c);
            Match<Long> inRapport = existing.match(keys);
            if (inRapport != null) {
                KnownContact k = byId.get(inRapport.target());
                boolean conflict = inRapport.reason() == MatchReason.NAME && conflicts(keys, keys(k));
                proposals.add(new ProposedMerge(proposals.size(), i, k.id(), -1, k.displayName(), inRapport.reason(),
                        inRapport.detail(), !conflict));
            } else {
                Match<Integer> inFile = earlier.match(keys);
                if (inFile != null) {
                    Contact other = records.get(inFile.target());
                    boolean conflict = inFile.reason() == MatchReason.NAME && conflicts(keys, keys(other));
                    proposals.add(new ProposedMerge(proposals.size(), i, 0, inFile.target(), other.displayName(),
                            inFile.reason(), inFile.detail(), !conflict));
                }
            }
            for (String e : keys.emails()) {
                earlier.email(e, i);
            }
            for (String p : keys.phones()) {
                earlier.phone(p, i);
            }
            earlier.name(c.kind(), keys.name(), i);
        }
        return proposals;
    }

    private record Keys(ContactKind kind, Set<String> emails, Set<String> phones, String name, String displayName) {
    }

    private Keys keys(Contact c) {
        Set<String> emails = new LinkedHashSet<>();
        for (Email e : c.emails()) {
            emails.add(emailKey(e.address()));
        }
        Set<String> phones = new LinkedHashSet<>();
        for (Phone p : c.phones()) {
            String key = phoneKey.of(p.number());
            if (!key.isEmpty()) {
                phones.add(key);
            }
        }
        return new Keys(c.kind(), emails, phones, NameKey.of(c), c.displayName());
    }

    private Keys keys(KnownContact k) {
        Set<String> emails = new LinkedHashSet<>();
        k.emails().forEach(e -> emails.add(emailKey(e)));
        Set<String> phones = new LinkedHashSet<>();
        k.phones().forEach(p -> phones.add(phoneKey.of(p)));
        return new Keys(k.kind(), emails, phones, k.nameKey(), k.displayName());
    }

    /** Both have emails and none is shared, or both have numbers and none is shared. */
    private static boolean conflicts(Keys a, Keys b) {
        boolean emails = !a.emails().isEmpty() && !b.emails().isEmpty()
                && a.emails().stream().noneMatch(b.emails()::contains);
        boolean phones = !a.phones().isEmpty() && !b.phones().isEmpty()
                && a.phones().stream().noneMatch(b.phones()::contains);
        return emails || phones;
    }

    private static String emailKey(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    private record Match<T>(T target, MatchReason reason, String detail) {
    }

    /** First-come lookups by email, phone and (kind, name). */
    private static final class Index<T> {
        private final Map<String, T> emails = new HashMap<>();
        private final Map<String, T> phones = new HashMap<>();
        private final Map<String, T> names = new HashMap<>();

        void email(String key, T target) {
            if (!key.isEmpty()) {
                emails.putIfAbsent(key, target);
            }
        }

        void phone(String key, T target) {
            if (!key.isEmpty()) {
                phones.putIfAbsent(key, target);
            }
        }

        void name(ContactKind kind, String key, T target) {
            if (!key.isEmpty()) {
                names.putIfAbsent(kind + " " + key, target);
            }
        }

        Match<T> match(Keys keys) {
            for (String e : keys.emails()) {
                T t = emails.get(e);
                if (t != null) {
                    return new Match<>(t, MatchReason.EMAIL, e);
                }
            }
            for (String p : keys.phones()) {
                T t = phones.get(p);
                if (t != null) {
                    return new Match<>(t, MatchReason.PHONE, p);
                }
            }
            T t = keys.name().isEmpty() ? null : names.get(keys.kind() + " " + keys.name());
            return t == null ? null : new Match<>(t, MatchReason.NAME, keys.displayName());
        }
    }
}
