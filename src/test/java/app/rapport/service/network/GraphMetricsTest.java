package app.rapport.service.network;

import app.rapport.domain.network.Community;
import app.rapport.domain.network.GraphEdge;
import app.rapport.domain.network.IntroductionPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.rapport.domain.ties.TieType;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;

class GraphMetricsTest {
    private final NetworkService service = new NetworkService(new MemoryRepository());

    @Test
    void betweennessOfAChainCountsThePairsEachMiddleContactSeparates() {
        // 1 - 2 - 3 - 4: contact 2 lies between (1,3) and (1,4); 3 between (1,4) and (2,4)
        NetworkGraph g = new Networks().person(1, "A").person(2, "B").person(3, "C").person(4, "D")
                .tie(1, 2).tie(2, 3).tie(3, 4).mine(1, 5).mine(4, 5).graph();
        GraphMetrics m = GraphMetrics.of(g);
        assertThat(m.exact()).isTrue();
        assertThat(m.betweenness(1)).isZero();
        assertThat(m.betweenness(2)).isEqualTo(2.0);
        assertThat(m.betweenness(3)).isEqualTo(2.0);
        assertThat(m.betweenness(4)).isZero();
        assertThat(m.betweenness(0)).as("Me is left out").isZero();
    }

    @Test
    void betweennessSplitsBetweenEqualShortestPaths() {
        // a square 1-2-3-4-1, 1 and 2 tied twice (parallel ties count once): the pair (2,4) has two
        // shortest paths, through 1 and through 3, so each gets half; likewise for every node
        NetworkGraph g = new Networks().person(1, "A").person(2, "B").person(3, "C").person(4, "D")
                .tie(1, 2).tie(1, 2, TieType.FRIEND, 5).tie(2, 3).tie(3, 4).tie(4, 1).graph();
        GraphMetrics m = GraphMetrics.of(g);
        for (long id = 1; id <= 4; id++) {
            assertThat(m.betweenness(id)).isEqualTo(0.5);
        }
    }

    @Test
    void theBridgeBetweenTwoCliquesIsTheTopBrokerAndTheCliquesAreCommunities() {
        NetworkGraph g = Networks.twoCliquesAndABridge();
        GraphMetrics m = GraphMetrics.of(g);
        assertThat(m.betweenness(11)).isEqualTo(25.0);
        assertThat(m.betweenness(5)).isEqualTo(24.0);
        assertThat(m.betweenness(6)).isEqualTo(24.0);
        assertThat(m.brokers(3)).containsExactly(11L, 5L, 6L);
        assertThat(m.brokers(100)).doesNotContain(0L).hasSize(3);

        Set<Integer> left = new HashSet<>();
        Set<Integer> right = new HashSet<>();
        for (long id = 1; id <= 5; id++) {
            left.add(m.communityOf(id));
            right.add(m.communityOf(id + 5));
        }
        assertThat(left).hasSize(1);
        assertThat(right).hasSize(1);
        assertThat(left).doesNotContainAnyElementsOf(right);
        assertThat(m.communityOf(0)).isEqualTo(-1);
        Community first = m.community(left.iterator().next());
        assertThat(first.members()).contains(1L, 2L, 3L, 4L, 5L);
        assertThat(first.name()).as("named by its most central member").isIn("P5", "P11");
    }

    @Test
    void aCommunityIsNamedByATagMostMembersShare() {
        NetworkGraph g = new Networks().person(1, "A", "berlin").person(2, "B", "berlin").person(3, "C")
                .tie(1, 2).tie(2, 3).tie(3, 1).graph();
        GraphMetrics m = GraphMetrics.of(g);
        assertThat(m.communities()).hasSize(1);
        assertThat(m.communities().get(0).name()).isEqualTo("berlin");
    }

    @Test
    void isolatedContactsHaveNoTiesToOtherContacts() {
        NetworkGraph g = new Networks().person(1, "A").person(2, "B").person(3, "C").person(4, "D")
                .tie(1, 2).mine(3, 4).graph();
        GraphMetrics m = GraphMetrics.of(g);
        assertThat(m.isolated()).containsExactly(3L, 4L);
        assertThat(m.degree(3)).isEqualTo(1);
    }

    @Test
    void exactBetweennessAgreesWithJGraphT() {
        NetworkGraph g = Networks.communities(6, 50, 8, 3);
        GraphMetrics m = GraphMetrics.of(g);
        Map<Long, Double> expected = new BetweennessCentrality<>(contactsOnly(g)).getScores();
        expected.forEach((id, score) -> assertThat(m.betweenness(id)).as("contact %d", id).isCloseTo(score, within(1e-6)));
    }

    @Test
    void sampledBetweennessFindsTheSameTopBrokers() {
        NetworkGraph g = Networks.communities(10, 100, 8, 5);
        GraphMetrics exact = GraphMetrics.of(g);
        GraphMetrics sampled = GraphMetrics.of(g, 100, 300);
        assertThat(sampled.exact()).isFalse();
        List<Long> top = exact.brokers(20);
        assertThat(sampled.brokers(10)).allMatch(top::contains);
        double relative = Math.abs(sampled.betweenness(top.get(0)) - exact.betweenness(top.get(0)))
                / exact.betweenness(top.get(0));
        assertThat(relative).isLessThan(0.2);
    }

    @Test
    void theIntroductionPathPrefersStrongTies() {
        // Me—Anna 5, Anna—Boris 4, Boris—Dmitri 5 weighs 1 + 2 + 1 = 4; Me—Carl 1, Carl—Dmitri 5 weighs
        // 5 + 1 = 6; my own cold tie to Dmitri (strength 1) weighs 5
        NetworkGraph g = new Networks().person(1, "Anna").person(2, "Boris").person(3, "Carl").person(4, "Dmitri")
                .person(5, "Elsewhere")
                .mine(1, 5).tie(1, 2, TieType.COLLEAGUE, 4).tie(2, 4, TieType.FRIEND, 5)
                .mine(3, 1).tie(3, 4, TieType.FRIEND, 5).mine(4, 1).graph();
        IntroductionPath path = service.path(g, 0, 4).orElseThrow();
        assertThat(path.nodes()).containsExactly(0L, 1L, 2L, 4L);
        assertThat(path.names()).containsExactly("Me", "Anna", "Boris", "Dmitri");
        assertThat(path.weight()).isEqualTo(4.0);
        assertThat(path.hops()).isEqualTo(3);
        assertThat(service.path(g, 0, 5)).isEmpty();
        assertThat(service.path(g, 0, 99)).isEmpty();
        assertThat(service.path(g, 4, 4).orElseThrow().nodes()).containsExactly(4L);
    }

    @Test
    void introductionPathsWeighAsMuchAsJGraphTsDijkstraSays() {
        NetworkGraph g = Networks.communities(4, 40, 6, 11);
        SimpleWeightedGraph<Long, DefaultWeightedEdge> weighted = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        g.nodes().forEach(n -> weighted.addVertex(n.id()));
        for (GraphEdge e : g.edges()) {
            DefaultWeightedEdge existing = weighted.getEdge(e.from(), e.to());
            double w = NetworkGraph.weight(e.strength());
            if (existing == null) {
                weighted.setEdgeWeight(weighted.addEdge(e.from(), e.to()), w);
            } else if (w < weighted.getEdgeWeight(existing)) {
                weighted.setEdgeWeight(existing, w);
            }
        }
        DijkstraShortestPath<Long, DefaultWeightedEdge> dijkstra = new DijkstraShortestPath<>(weighted);
        for (long to = 1; to <= 160; to += 7) {
            var expected = dijkstra.getPath(0L, to);
            var actual = service.path(g, 0, to);
            assertThat(actual.isPresent()).isEqualTo(expected != null);
            if (expected != null) {
                assertThat(actual.get().weight()).isEqualTo(expected.getWeight());
            }
        }
    }

    /** The graph brokerage is computed on: ties between contacts, affiliations (works at, member of) left out. */
    static SimpleGraph<Long, DefaultEdge> contactsOnly(NetworkGraph g) {
        SimpleGraph<Long, DefaultEdge> simple = new SimpleGraph<>(DefaultEdge.class);
        g.nodes().stream().filter(n -> !n.isMe()).forEach(n -> simple.addVertex(n.id()));
        for (GraphEdge e : g.edges()) {
            if (!e.isMine() && !e.type().isAffiliation() && !simple.containsEdge(e.from(), e.to())) {
                simple.addEdge(e.from(), e.to());
            }
        }
        return simple;
    }
}
