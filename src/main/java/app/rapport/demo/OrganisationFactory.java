package app.rapport.demo;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.Email;
import app.rapport.domain.contacts.OrgKind;
import app.rapport.domain.contacts.PersonName;
import app.rapport.domain.contacts.Phone;
import app.rapport.domain.contacts.PostalAddress;
import app.rapport.domain.contacts.Website;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/** Makes the organisations of a demo network, each with a name no other one has. */
final class OrganisationFactory {
    private static final long ORGANISATIONS = 0x6f726773L;
    private static final int NAME_ATTEMPTS = 12;
    private static final List<String> NOTES = List.of("Framework contract renewed every January.",
            "Pays invoices late; send reminders early.", "Their sustainability report names us as a partner.",
            "Hosts a summer party for partners.", "New management since last year.");

    private final long seed;
    private final Instant reference;
    private final Set<String> names = new HashSet<>();
    private final Set<String> labels = new HashSet<>();

    OrganisationFactory(long seed, Instant reference) {
        this.seed = seed;
        this.reference = reference;
    }

    /** Organisation {@code i} belongs to community {@code i % communities}; each community's first is a company. */
    List<DemoOrganisation> make(int count, List<Community> communities) {
        List<DemoOrganisation> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            SplittableRandom rng = Draw.stream(seed, ORGANISATIONS, i);
            Community community = communities.get(i % communities.size());
            OrgKind kind = i < communities.size() ? OrgKind.COMPANY : kind(rng);
            result.add(organisation(i, community, kind, rng));
        }
        return List.copyOf(result);
    }

    private static OrgKind kind(SplittableRandom rng) {
        int roll = rng.nextInt(100);
        return roll < 70 ? OrgKind.COMPANY : roll < 85 ? OrgKind.BRAND : OrgKind.GROUP;
    }

    private DemoOrganisation organisation(int index, Community community, OrgKind kind, SplittableRandom rng) {
        Culture culture = community.culture();
        City city = community.city();
        OrgName drawn = freshName(kind, community, rng);
        String name = claim(names, drawn.name(), n -> drawn.name() + " (" + city.locality() + (n > 2 ? " " + n : "") + ")");
        String label = claim(labels, drawn.label(), n -> drawn.label() + "-" + city.latin() + (n > 2 ? n : ""));
        String domain = label + (Draw.chance(rng, 0.8) ? ".example" : ".test");
        boolean group = kind == OrgKind.GROUP;

        List<Email> emails = Draw.chance(rng, group ? 0.7 : 0.9)
                ? List.of(new Email("", culture.infoMailbox() + "@" + domain)) : List.of();
        List<Phone> phones = Draw.chance(rng, group ? 0.5 : 0.9)
                ? List.of(new Phone("main", culture.phone(city, rng))) : List.of();
        double officeOdds = kind == OrgKind.COMPANY ? 0.95 : kind == OrgKind.BRAND ? 0.7 : 0.5;
        PostalAddress office = Draw.chance(rng, officeOdds)
                ? new PostalAddress("office", culture.street(city, rng, false), city.locality(), city.region(),
                        culture.postalCode(city, rng), culture.country(), true)
                : null;
        List<Website> websites = Draw.chance(rng, 0.85) ? List.of(new Website("", "https://www." + domain)) : List.of();
        List<String> tags = Tags.forOrganisation(rng, community, kind);
        String notes = Draw.chance(rng, 0.08) ? Draw.one(rng, NOTES) : "";
        boolean archived = Draw.chance(rng, 0.03);
        History history = History.draw(rng, reference);

        Contact contact = new Contact(0, ContactKind.ORGANISATION, PersonName.EMPTY, name, "", kind, null, emails,
                phones, office == null ? List.of() : List.of(office), websites, tags, notes, archived,
                history.created(), history.updated());
        return new DemoOrganisation(index, community, name, domain, office, contact);
    }

    /** Draws again while the name is taken; small vocabularies run out, and {@link #claim} handles that. */
    private OrgName freshName(OrgKind kind, Community community, SplittableRandom rng) {
        OrgName drawn = nameOf(kind, community, rng);
        for (int attempt = 1; attempt < NAME_ATTEMPTS && names.contains(drawn.name()); attempt++) {
            drawn = nameOf(kind, community, rng);
        }
        return drawn;
    }

    private static OrgName nameOf(OrgKind kind, Community community, SplittableRandom rng) {
        Culture culture = community.culture();
        return switch (kind) {
            case BRAND -> culture.brand(community.industry(), community.city(), rng);
            case GROUP -> culture.group(community.industry(), community.city(), rng);
            default -> culture.company(community.industry(), community.city(), rng);
        };
    }

    /** The wanted value if free, else the first free variant. */
    private static String claim(Set<String> taken, String wanted, IntFunction<String> variant) {
        String candidate = wanted;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = variant.apply(n);
        }
        return candidate;
    }
}
