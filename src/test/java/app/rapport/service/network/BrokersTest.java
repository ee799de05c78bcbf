package app.rapport.service.network;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.network.Community;
import app.rapport.domain.network.GraphEdge;
import app.rapport.domain.ties.TieType;
import java.util.Comparator;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

/** Brokers: people and organisations apart, affiliation ties not counted, and which groups they bridge. */
class BrokersTest {
    private static final long ACME = 100;
    private static final long NORD = 200;
    private static final long BRIDGE = 20;

    /**
     * Acme (100) and its ten staff (1–10, works at, a ring of colleagues); the founders' circle (11–16,
     * all friends, tagged founders); Vera (20) knows 1 and 2 at Acme and 11 and 12 among the founders.
     * With {@code partner}, Acme is also a client of founder 16 and a partner of Nord (200), whose
     * four staff (31–34) are members of it and colleagues.
     */
    private static Networks network(boolean partner) {
        Networks n = new Networks().organisation(ACME, "Acme GmbH").person(BRIDGE, "Vera Bridges");
        for (long id = 1; id <= 10; id++) {
            n.person(id, "Staff " + id).tie(id, ACME, TieType.WORKS_AT, 4).tie(id, id % 10 + 1);
        }
        for (long id = 11; id <= 16; id++) {
            n.person(id, "Founder " + id, "founders");
        }
        for (long a = 11; a <= 16; a++) {
            for (long b = a + 1; b <= 16; b++) {
                n.tie(a, b, TieType.FRIEND, 4);
            }
        }
        n.tie(BRIDGE, 1).tie(BRIDGE, 2).tie(BRIDGE, 11, TieType.FRIEND, 3).tie(BRIDGE, 12, TieType.FRIEND, 3);
        if (partner) {
            n.organisation(NORD, "Nord AG").tie(ACME, NORD, TieType.PARTNER, 4).tie(16, ACME, TieType.CLIENT, 3);
            for (long id = 31; id <= 34; id++) {
                n.person(id, "Nord " + id).tie(id, NORD, TieType.MEMBER_OF, 3);
                for (long other = id + 1; other <= 34; other++) {
                    n.tie(id, other);
                }
            }
        }
        return n.mine(1, 3).mine(11, 3);
    }

    @Test
    void withEveryTieTheCompanyWouldTopTheListItIsNoBrokerByItsStaffAlone() {
        NetworkGraph g = network(false).graph();
        // the premise: counted on every tie, Acme lies between its staff and outranks Vera
        Map<Long, Double> everyTie = new BetweennessCentrality<>(contactsOnly(g)).getScores();
        assertThat(everyTie.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()).isEqualTo(ACME);

        GraphMetrics m = GraphMetrics.of(g);
        assertThat(m.betweenness(ACME)).isZero();
        assertThat(m.brokers(1)).containsExactly(BRIDGE);
        assertThat(m.brokers(ContactKind.PERSON, 3)).first().isEqualTo(BRIDGE);
        assertThat(m.brokers(ContactKind.PERSON, 100)).allMatch(id -> g.node(id).kind() == ContactKind.PERSON);
        assertThat(m.brokers(ContactKind.ORGANISATION, 10)).isEmpty();
        // every pair of an Acme contact and a founder goes through Vera: 10 x 6, and nothing else does
        assertThat(m.betweenness(BRIDGE)).isEqualTo(60.0);
    }

    @Test
    void aCompanyWithTiesIntoOtherGroupsIsAnOrganisationThatBridges() {
        NetworkGraph g = network(true).graph();
        GraphMetrics m = GraphMetrics.of(g);
        // Acme stands between Nord (partner) and the founders (client); Nord's one partner tie bridges nothing
        assertThat(m.brokers(ContactKind.ORGANISATION, 10)).containsExactly(ACME);
        assertThat(m.betweenness(NORD)).isZero();
        assertThat(m.brokers(ContactKind.PERSON, 1)).containsExactly(BRIDGE);
        assertThat(m.bridged(ACME)).extracting(Community::id)
                .containsExactlyInAnyOrder(m.communityOf(16), m.communityOf(31));
    }

    @Test
    void theWhyNamesTheCommunitiesABrokerReachesMostFirst() {
        NetworkGraph g = network(false).graph();
        GraphMetrics m = GraphMetrics.of(g);
        assertThat(m.communityOf(1)).isNotEqualTo(m.communityOf(11));
        // the groups keep the names the map's legend gives them: Acme's hub, the founders' shared tag
        assertThat(m.bridged(BRIDGE)).extracting(Community::name).containsExactlyInAnyOrder("Acme GmbH", "founders");
        // Vera's fifth tie, to founder 13, puts the founders first
        NetworkGraph more = network(false).tie(BRIDGE, 13, TieType.FRIEND, 2).graph();
        GraphMetrics m2 = GraphMetrics.of(more);
        assertThat(m2.bridged(BRIDGE)).extracting(Community::name).containsExactly("founders", "Acme GmbH");
        // one group only: no why
        assertThat(m.bridged(15)).isEmpty();
        assertThat(m.bridged(0)).isEmpty();
    }

    private static Graph<Long, DefaultEdge> contactsOnly(NetworkGraph g) {
        Graph<Long, DefaultEdge> simple = new SimpleGraph<>(DefaultEdge.class);
        g.nodes().stream().filter(n -> !n.isMe()).sorted(Comparator.comparingLong(n -> n.id()))
                .forEach(n -> simple.addVertex(n.id()));
        for (GraphEdge e : g.edges()) {
            if (!e.isMine() && e.from() != e.to() && !simple.containsEdge(e.from(), e.to())) {
                simple.addEdge(e.from(), e.to());
            }
        }
        return simple;
    }
}
