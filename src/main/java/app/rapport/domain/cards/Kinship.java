package app.rapport.domain.cards;

import app.rapport.domain.contacts.PostalAddress;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What, beside one home address, makes people one household: a family or partner tie between them (a
 * shared family name needs none). Also the addresses organisations have: people whose mailing address
 * is an office are colleagues there, never a household.
 */
public record Kinship(Map<Long, Set<Long>> ties, Set<String> organisationAddresses) {
    public static final Kinship NONE = new Kinship(Map.of(), Set.of());

    public Kinship {
        ties = Map.copyOf(ties);
        organisationAddresses = Set.copyOf(organisationAddresses);
    }

    /** From tied pairs of contact ids (either order) and the addresses of organisations. */
    public static Kinship of(Collection<long[]> pairs, Collection<PostalAddress> organisationAddresses) {
        Map<Long, Set<Long>> ties = new HashMap<>();
        for (long[] pair : pairs) {
            ties.computeIfAbsent(pair[0], k -> new HashSet<>()).add(pair[1]);
            ties.computeIfAbsent(pair[1], k -> new HashSet<>()).add(pair[0]);
        }
        Set<String> keys = new HashSet<>();
        for (PostalAddress a : organisationAddresses) {
            keys.add(Households.addressKey(a));
        }
        return new Kinship(ties, keys);
    }

    boolean tied(long a, long b) {
        return ties.getOrDefault(a, Set.of()).contains(b);
    }

    boolean atOrganisation(PostalAddress a) {
        return organisationAddresses.contains(Households.addressKey(a));
    }
}
