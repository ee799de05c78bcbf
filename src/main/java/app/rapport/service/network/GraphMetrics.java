package app.rapport.service.network;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.network.Community;
import app.rapport.domain.network.MapPalette;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Who brokers, which groups there are, and who stands alone, for one snapshot. Computed on the ties
 * between contacts only: Me knows most of them, and with my own edges every shortest path would run
 * through Me, hiding the contacts who bridge brands and circles.
 *
 * <p>Brokerage (betweenness) also leaves out affiliation ties (works at, member of): with them, a company
 * lies on the shortest path between every two of its employees and tops the list without bridging
 * anything. An organisation is a broker only through what it does (client, partner, supplier, sister
 * brand…), a person through whom they know. Communities, and the map, still use every tie.
 */
public final class GraphMetrics {
    /** Up to this many contacts betweenness is exact; above it, estimated from {@link #SAMPLES} pivots. */
    public static final int EXACT_LIMIT = 4_000;
    public static final int SAMPLES = 512;
    private static final long SEED = 20_261_122;

    private final NetworkGraph graph;
    private final Map<Long, Double> betweenness;
    private final Adjacency brokerage;
    private final List<Community> communities;
    private final Map<Long, Integer> communityOf;
    private final boolean exact;

    private GraphMetrics(NetworkGraph graph, Map<Long, Double> betweenness, Adjacency brokerage,
                         List<Community> communities, Map<Long, Integer> communityOf, boolean exact) {
        this.graph = graph;
        this.betweenness = betweenness;
        this.brokerage = brokerage;
        this.communities = communities;
        this.communityOf = communityOf;
        this.exact = exact;
    }

    public static GraphMetrics of(NetworkGraph g) {
        return of(g, EXACT_LIMIT, SAMPLES);
    }

    static GraphMetrics of(NetworkGraph g, int exactLimit, int samples) {
        Adjacency a = g.adjacency(false);
        boolean exact = a.size() <= exactLimit;
        int sources = exact ? a.size() : samples;
        Adjacency b = Adjacency.of(g, false, e -> e.type() == null || !e.type().isAffiliation());
        Map<Long, Double> betweenness = byId(a, Betweenness.of(b, sources, SEED));
        // a group is still named after its hub, affiliations included ("Isar Software"), as the map's legend was
        Map<Long, Double> hubs = b.targets.length == a.targets.length ? betweenness : byId(a, Betweenness.of(a, sources, SEED));
        List<Community> communities = Communities.of(g, a, hubs);
        Map<Long, Integer> communityOf = new HashMap<>(a.size() * 2);
        communities.forEach(c -> c.members().forEach(m -> communityOf.put(m, c.id())));
        return new GraphMetrics(g, betweenness, b, communities, communityOf, exact);
    }

    private static Map<Long, Double> byId(Adjacency a, double[] scores) {
        Map<Long, Double> result = new HashMap<>(a.size() * 2);
        for (int i = 0; i < a.size(); i++) {
            result.put(a.ids[i], scores[i]);
        }
        return result;
    }

    /** Whether {@link #betweenness} is exact or the sampled estimate. */
    public boolean exact() {
        return exact;
    }

    /** 0 for Me, who is left out of the computation. */
    public double betweenness(long id) {
        return betweenness.getOrDefault(id, 0.0);
    }

    public Map<Long, Double> betweenness() {
        return Map.copyOf(betweenness);
    }

    /** The contacts with the highest betweenness, highest first (ties by id), never Me. */
    public List<Long> brokers(int limit) {
        return brokers(null, limit);
    }

    /** The people or the organisations ({@code kind}; null for both) with the highest betweenness, as {@link #brokers(int)}. */
    public List<Long> brokers(ContactKind kind, int limit) {
        return betweenness.entrySet().stream()
                .filter(e -> e.getValue() > 0 && (kind == null || graph.node(e.getKey()).kind() == kind))
                .sorted(Map.Entry.<Long, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    /**
     * Why a contact is a broker: the communities their brokerage ties reach, most ties first (ties by
     * community id), at most three; empty when they reach fewer than two.
     */
    public List<Community> bridged(long id) {
        Integer i = brokerage.index.get(id);
        if (i == null) {
            return List.of();
        }
        Map<Integer, Integer> counts = new HashMap<>();
        for (int k = brokerage.start[i]; k < brokerage.start[i + 1]; k++) {
            counts.merge(communityOf(brokerage.ids[brokerage.targets[k]]), 1, Integer::sum);
        }
        if (counts.size() < 2) {
            return List.of();
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(3).map(e -> community(e.getKey())).toList();
    }

    /** Largest first; isolated contacts are communities of one. */
    public List<Community> communities() {
        return communities;
    }

    /** Each community's colour on the map (an index into {@link MapPalette}): the largest first, then grey. */
    public Map<Integer, Integer> communityColours() {
        return MapPalette.ranked(communities.stream()
                .sorted(Comparator.comparingInt((Community c) -> c.members().size()).reversed())
                .map(Community::id).toList());
    }

    /** The id of the contact's community, or -1 for Me and nodes not in this snapshot. */
    public int communityOf(long id) {
        return communityOf.getOrDefault(id, -1);
    }

    public Community community(int id) {
        return communities.get(id);
    }

    /** Contacts with no ties to other contacts (my own relationship does not count), by id. */
    public List<Long> isolated() {
        Adjacency a = graph.adjacency(false);
        List<Long> result = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (a.start[i] == a.start[i + 1]) {
                result.add(a.ids[i]);
            }
        }
        return result;
    }

    public int degree(long id) {
        return graph.degree(id);
    }

    /** Label propagation (near linear time), named by a shared tag or the most central member. */
    private static final class Communities {
        static List<Community> of(NetworkGraph g, Adjacency a, Map<Long, Double> betweenness) {
            Graph<Integer, DefaultEdge> simple = new SimpleGraph<>(DefaultEdge.class);
            for (int i = 0; i < a.size(); i++) {
                simple.addVertex(i);
            }
            for (int i = 0; i < a.size(); i++) {
                for (int k = a.start[i]; k < a.start[i + 1]; k++) {
                    if (i < a.targets[k]) {
                        simple.addEdge(i, a.targets[k]);
                    }
                }
            }
            List<Set<Integer>> clusters = new LabelPropagationClustering<>(simple, new Random(SEED))
                    .getClustering().getClusters();
            List<List<Long>> groups = new ArrayList<>();
            for (Set<Integer> cluster : clusters) {
                groups.add(cluster.stream().map(i -> a.ids[i]).sorted().toList());
            }
            groups.sort(Comparator.<List<Long>>comparingInt(List::size).reversed().thenComparing(l -> l.get(0)));
            List<Community> result = new ArrayList<>(groups.size());
            for (List<Long> members : groups) {
                result.add(new Community(result.size(), nameOf(g, members, betweenness), members));
            }
            return List.copyOf(result);
        }

        /** A tag most members share names a group best ("Berlin"); otherwise its most central member. */
        private static String nameOf(NetworkGraph g, List<Long> members, Map<Long, Double> betweenness) {
            if (members.size() >= 3) {
                Map<String, Integer> counts = new HashMap<>();
                members.forEach(m -> g.node(m).tags().forEach(t -> counts.merge(t, 1, Integer::sum)));
                String tag = counts.entrySet().stream()
                        .filter(e -> e.getValue() * 2 > members.size())
                        .max(Map.Entry.<String, Integer>comparingByValue()
                                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                        .map(Map.Entry::getKey).orElse(null);
                if (tag != null) {
                    return tag;
                }
            }
            long central = members.stream()
                    .max(Comparator.<Long>comparingDouble(m -> betweenness.getOrDefault(m, 0.0))
                            .thenComparingInt(g::degree).thenComparing(Comparator.reverseOrder()))
                    .orElseThrow();
            return g.node(central).name();
        }
    }
}
