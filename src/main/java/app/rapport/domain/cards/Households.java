package app.rapport.domain.cards;

import app.rapport.domain.Text;
import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.PersonName;
import app.rapport.domain.contacts.PostalAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * People at the same home address share one envelope when they are family: they share a family name
 * or have a family or partner tie ({@link Kinship}). "Anna &amp; Boris Ivanov" for two of one family,
 * "Anna Schmidt &amp; Boris Ivanov" for a tied couple of different names, "The Müller family" for three
 * or more of one family. A work address, or any address an organisation has, makes no household:
 * colleagues at one office each get their own card. Organisations always get their own envelope.
 * Addresses match when street, postcode, town and country match ignoring case, diacritics,
 * punctuation and spacing. Households keep the rank order of their first member.
 */
public final class Households {
    /** The label that marks an office address (labels are kept as vCard names them). */
    private static final String WORK = "work";

    private Households() {
    }

    /** Households by address and family name alone, as when no ties are known. */
    public static List<Household> group(List<CardCandidate> ranked, EnvelopeWording wording) {
        return group(ranked, Kinship.NONE, wording);
    }

    public static List<Household> group(List<CardCandidate> ranked, Kinship kinship, EnvelopeWording wording) {
        Map<String, List<CardCandidate>> byAddress = new LinkedHashMap<>();
        for (CardCandidate c : ranked) {
            String key = mayShare(c, kinship) ? addressKey(c.mailing()) : "#" + c.id();
            byAddress.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        // within one address, each joins the first household they are family of, else starts one
        List<List<CardCandidate>> groups = new ArrayList<>();
        Map<Long, List<CardCandidate>> groupOf = new LinkedHashMap<>();
        for (CardCandidate c : ranked) {
            List<CardCandidate> home = byAddress.get(mayShare(c, kinship) ? addressKey(c.mailing()) : "#" + c.id());
            List<CardCandidate> joined = null;
            for (CardCandidate other : home) {
                if (other == c) {
                    break;
                }
                if (family(c, other, kinship)) {
                    joined = groupOf.get(other.id());
                    break;
                }
            }
            if (joined == null) {
                joined = new ArrayList<>();
                groups.add(joined);
            }
            joined.add(c);
            groupOf.put(c.id(), joined);
        }
        List<Household> households = new ArrayList<>();
        for (List<CardCandidate> members : groups) {
            households.add(name(members, wording));
        }
        return households;
    }

    /** A person at a home (or unlabelled) address that is no organisation's. */
    private static boolean mayShare(CardCandidate c, Kinship kinship) {
        return c.kind() == ContactKind.PERSON && c.mailing() != null
                && !WORK.equalsIgnoreCase(c.mailing().label().strip()) && !kinship.atOrganisation(c.mailing());
    }

    private static boolean family(CardCandidate a, CardCandidate b, Kinship kinship) {
        String family = Text.fold(a.name().family());
        return !family.isEmpty() && family.equals(Text.fold(b.name().family())) || kinship.tied(a.id(), b.id());
    }

    /** One envelope per member: what "split" does. */
    public static Household alone(CardCandidate member, EnvelopeWording wording) {
        return name(List.of(member), wording);
    }

    /** How these members are addressed together, at the first member's address. */
    public static Household name(List<CardCandidate> members, EnvelopeWording wording) {
        CardCandidate first = members.get(0);
        PostalAddress address = first.mailing();
        if (members.size() == 1) {
            if (first.kind() == ContactKind.ORGANISATION) {
                return new Household(members, address, first.displayName(),
                        wording.format(wording.dearFriends(), first.displayName()));
            }
            return new Household(members, address, first.displayName(),
                    wording.format(wording.dear(), callName(first)));
        }
        String family = sharedFamily(members);
        String addressee;
        String salutation;
        if (family != null && members.size() >= 3) {
            addressee = wording.format(wording.family(), family);
            salutation = wording.format(wording.dearFamily(), family);
        } else if (family != null) {
            addressee = wording.format(wording.couple(), members.get(0).name().given(), members.get(1).name().given(),
                    family);
            salutation = wording.format(wording.dear(),
                    wording.format(wording.pair(), callName(members.get(0)), callName(members.get(1))));
        } else {
            addressee = joinNames(members.stream().map(CardCandidate::displayName).toList(), wording);
            salutation = wording.format(wording.dear(),
                    joinNames(members.stream().map(Households::callName).toList(), wording));
        }
        return new Household(members, address, addressee, salutation);
    }

    /** "Anna", "Anna &amp; Boris", "Anna, Boris &amp; Clara". */
    private static String joinNames(List<String> names, EnvelopeWording wording) {
        if (names.size() == 1) {
            return names.get(0);
        }
        String head = String.join(", ", names.subList(0, names.size() - 1));
        return wording.format(wording.pair(), head, names.get(names.size() - 1));
    }

    /** The given name, else the nickname, else the whole name. */
    static String callName(CardCandidate c) {
        PersonName n = c.name();
        if (!n.given().isEmpty()) {
            return n.given();
        }
        return n.nickname().isEmpty() ? c.displayName() : n.nickname();
    }

    /** The family name all members share (compared folded), or null; two without one share none. */
    private static String sharedFamily(List<CardCandidate> members) {
        String family = members.get(0).name().family();
        if (family.isEmpty() || members.stream().anyMatch(m -> m.name().given().isEmpty())) {
            return null;
        }
        String folded = Text.fold(family);
        boolean same = members.stream().allMatch(m -> Text.fold(m.name().family()).equals(folded));
        return same ? family : null;
    }

    static String addressKey(PostalAddress a) {
        return List.of(a.street(), a.postalCode(), a.locality(), a.countryCode()).stream()
                .map(part -> Text.fold(part).replaceAll("[\\p{Punct}\\s]+", ""))
                .collect(Collectors.joining("|"));
    }
}
