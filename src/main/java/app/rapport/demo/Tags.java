package app.rapport.demo;

import app.rapport.domain.contacts.OrgKind;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The demo's small tag vocabulary: what a contact is to the user, plus city and conference tags. */
final class Tags {
    static final String CLIENT = "client";
    static final String PROSPECT = "prospect";
    static final String SUPPLIER = "supplier";
    static final String PARTNER = "partner";
    static final String REFERRAL_SOURCE = "referral source";
    static final String FRIEND = "friend";
    static final String FAMILY = "family";
    /** In the order of the bundles' {@code demo.tags}. */
    static final List<String> ROLES = List.of(CLIENT, PROSPECT, SUPPLIER, PARTNER, REFERRAL_SOURCE, FRIEND, FAMILY);

    /** Cumulative chances of a person's role; what is left over means no role tag. */
    private static final List<String> PERSON_ROLES = List.of(CLIENT, PROSPECT, SUPPLIER, PARTNER, REFERRAL_SOURCE,
            FRIEND, FAMILY);
    private static final double[] PERSON_ODDS = {0.18, 0.30, 0.38, 0.46, 0.52, 0.58, 0.60};
    private static final List<String> ORG_ROLES = List.of(CLIENT, SUPPLIER, PARTNER, PROSPECT);
    private static final double[] ORG_ODDS = {0.25, 0.40, 0.55, 0.65};

    private Tags() {
    }

    static List<String> forPerson(SplittableRandom rng, Community community) {
        List<String> tags = new ArrayList<>(3);
        addRole(rng, tags, PERSON_ROLES, PERSON_ODDS);
        if (Draw.chance(rng, 0.05)) {
            tags.add(REFERRAL_SOURCE);
        }
        if (Draw.chance(rng, 0.35)) {
            tags.add(community.cityTag());
        }
        if (Draw.chance(rng, 0.15)) {
            tags.add(community.conferenceTag());
        }
        return tags;
    }

    static List<String> forOrganisation(SplittableRandom rng, Community community, OrgKind kind) {
        List<String> tags = new ArrayList<>(3);
        if (kind != OrgKind.GROUP) {
            addRole(rng, tags, ORG_ROLES, ORG_ODDS);
        } else if (Draw.chance(rng, 0.3)) {
            tags.add(community.conferenceTag());
        }
        if (Draw.chance(rng, 0.5)) {
            tags.add(community.cityTag());
        }
        return tags;
    }

    private static void addRole(SplittableRandom rng, List<String> tags, List<String> roles, double[] odds) {
        double roll = rng.nextDouble();
        for (int i = 0; i < odds.length; i++) {
            if (roll < odds[i]) {
                tags.add(roles.get(i));
                return;
            }
        }
    }
}
