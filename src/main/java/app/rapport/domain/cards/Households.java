package app.rapport.domain.cards;

import app.rapport.domain.ContactKind;
import app.rapport.domain.PersonName;
import app.rapport.domain.PostalAddress;
import app.rapport.domain.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * People at the same mailing address share one envelope: "Anna &amp; Boris Ivanov" for two of one
 * family, "Anna Schmidt &amp; Boris Ivanov" for two of different families, "The Müller family" for
 * three or more of one family. Organisations always get their own envelope. Addresses match when
 * street, postcode, town and country match ignoring case, diacritics, punctuation and spacing.
 * Households keep the rank order of their first member.
 */
public final class Households {
    private Households() {
    }

    public static List<Household> group(List<CardCandidate> ranked, EnvelopeWording wording) {
        Map<String, List<CardCandidate>> byAddress = new LinkedHashMap<>();
        for (CardCandidate c : ranked) {
            String key = c.kind() == ContactKind.PERSON && c.mailing() != null ? addressKey(c.mailing())
                    : "#" + c.id();
            byAddress.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        List<Household> households = new ArrayList<>();
        for (List<CardCandidate> members : byAddress.values()) {
            households.add(name(members, wording));
        }
        return households;
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
