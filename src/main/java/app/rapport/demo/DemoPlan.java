package app.rapport.demo;

import app.rapport.domain.contacts.OrgKind;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The shape of a demo network: its communities and organisations, and where each person belongs.
 * Organisations are few and made up front; a person's place is recomputed from (seed, index) on
 * demand, so 100,000 people cost no memory here and a later generator of ties can ask where anyone
 * works.
 */
final class DemoPlan {
    /** The first communities take one culture each, in this order, so even small networks mix scripts. */
    static final List<Culture> CULTURES = List.of(new AmericanCulture(), new GermanCulture(), new RussianCulture(),
            new ThaiCulture(), new FrenchCulture(), new SpanishCulture(), new JapaneseCulture(), new TurkishCulture(),
            new BritishCulture());
    static final int ORGANISATIONS_PER_COMMUNITY = 5;

    // purposes of the random streams; changing one changes every network made with it
    private static final long COMMUNITIES = 0x636f6d6dL;
    private static final long PLACES = 0x706c6163L;

    /** Where a person belongs. {@code employer} is null when the network has no organisations. */
    record Place(Community community, DemoOrganisation employer, boolean female) {
    }

    private final long seed;
    private final List<Community> communities;
    private final List<DemoOrganisation> organisations;
    /** Per community, the indices of its companies and brands: the places people work. */
    private final int[][] employers;
    private final double[] cumulativeWeight;

    DemoPlan(int organisationCount, long seed, Instant reference) {
        this.seed = seed;
        this.communities = communities(organisationCount, seed, reference);
        this.organisations = new OrganisationFactory(seed, reference).make(organisationCount, communities);
        this.employers = employersOf(communities, organisations);
        this.cumulativeWeight = new double[communities.size()];
        double sum = 0;
        for (int i = 0; i < communities.size(); i++) {
            sum += communities.get(i).weight();
            cumulativeWeight[i] = sum;
        }
    }

    List<Community> communities() {
        return communities;
    }

    List<DemoOrganisation> organisations() {
        return organisations;
    }

    /** Where person {@code index} belongs; the same answer every time for the same seed. */
    Place place(int index) {
        SplittableRandom rng = Draw.stream(seed, PLACES, index);
        double roll = rng.nextDouble() * cumulativeWeight[cumulativeWeight.length - 1];
        int found = Arrays.binarySearch(cumulativeWeight, roll);
        int at = Math.min(found < 0 ? -found - 1 : found + 1, communities.size() - 1);
        int[] candidates = employers[at];
        DemoOrganisation employer = candidates.length == 0 ? null : organisations.get(candidates[rng.nextInt(candidates.length)]);
        return new Place(communities.get(at), employer, rng.nextBoolean());
    }

    private static List<Community> communities(int organisationCount, long seed, Instant reference) {
        int count = Math.max(1, (organisationCount + ORGANISATIONS_PER_COMMUNITY - 1) / ORGANISATIONS_PER_COMMUNITY);
        SplittableRandom rng = Draw.stream(seed, COMMUNITIES, 0);
        int year = reference.atZone(ZoneOffset.UTC).getYear();
        Map<Culture, Integer> citiesUsed = new HashMap<>();
        List<Community> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Culture culture = i < CULTURES.size() ? CULTURES.get(i) : Draw.one(rng, CULTURES);
            // a culture's next community goes to its next city, not the same one again
            int used = citiesUsed.merge(culture, 1, Integer::sum) - 1;
            City city = culture.cities().get(used % culture.cities().size());
            Industry industry = Industry.values()[rng.nextInt(Industry.values().length)];
            result.add(new Community(i, culture, city, industry, year - rng.nextInt(3), 0.5 + 1.5 * rng.nextDouble()));
        }
        return List.copyOf(result);
    }

    private static int[][] employersOf(List<Community> communities, List<DemoOrganisation> organisations) {
        List<List<Integer>> lists = new ArrayList<>();
        communities.forEach(c -> lists.add(new ArrayList<>()));
        for (DemoOrganisation o : organisations) {
            if (o.contact().orgKind() != OrgKind.GROUP) {
                lists.get(o.community().index()).add(o.index());
            }
        }
        return lists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }
}
