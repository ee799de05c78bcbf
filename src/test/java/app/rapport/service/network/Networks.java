package app.rapport.service.network;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.network.GraphEdge;
import app.rapport.domain.network.GraphNode;
import app.rapport.domain.ties.TieType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small networks for the graph tests, built in code. */
final class Networks {
    private final List<GraphNode> nodes = new ArrayList<>();
    private final List<GraphEdge> edges = new ArrayList<>();
    private long nextTie = 1;

    Networks person(long id, String name, String... tags) {
        nodes.add(new GraphNode(id, name, ContactKind.PERSON, "", List.of(tags), false, false, null));
        return this;
    }

    Networks organisation(long id, String name) {
        nodes.add(new GraphNode(id, name, ContactKind.ORGANISATION, "", List.of(), false, false, null));
        return this;
    }

    Networks add(GraphNode node) {
        nodes.add(node);
        return this;
    }

    Networks tie(long from, long to, TieType type, int strength) {
        edges.add(new GraphEdge(nextTie++, from, to, type, strength));
        return this;
    }

    Networks tie(long from, long to) {
        return tie(from, to, TieType.COLLEAGUE, 3);
    }

    Networks edge(GraphEdge edge) {
        edges.add(edge);
        nextTie = Math.max(nextTie, edge.tieId() + 1);
        return this;
    }

    Networks mine(long contact, int strength) {
        edges.add(GraphEdge.me(contact, strength));
        return this;
    }

    NetworkGraph graph() {
        return NetworkGraph.of(nodes, edges);
    }

    /** Two cliques of five (1–5 and 6–10) joined only through contact 11, who knows 5 and 6. */
    static NetworkGraph twoCliquesAndABridge() {
        Networks n = new Networks();
        for (long id = 1; id <= 11; id++) {
            n.person(id, "P" + id);
        }
        for (long a = 1; a <= 5; a++) {
            for (long b = a + 1; b <= 5; b++) {
                n.tie(a, b);
                n.tie(a + 5, b + 5);
            }
        }
        return n.tie(5, 11).tie(11, 6).mine(1, 3).mine(10, 3).graph();
    }

    /**
     * {@code groups} groups of {@code size} contacts: each contact has about {@code degree} ties, nine in
     * ten of them inside its group; every contact has a relationship with Me.
     */
    static NetworkGraph communities(int groups, int size, int degree, long seed) {
        Random random = new Random(seed);
        Networks n = new Networks();
        int count = groups * size;
        for (int i = 1; i <= count; i++) {
            n.person(i, "Contact " + i, "group" + ((i - 1) / size));
        }
        for (int i = 1; i <= count; i++) {
            int group = (i - 1) / size;
            for (int k = 0; k < degree / 2; k++) {
                int other = random.nextInt(10) < 9 ? group * size + 1 + random.nextInt(size) : 1 + random.nextInt(count);
                if (other != i) {
                    // ties of any kind but affiliations (brokerage leaves those out), drawn as before
                    TieType type = TieType.values()[random.nextInt(TieType.values().length)];
                    n.tie(i, other, type.isAffiliation() ? TieType.COLLEAGUE : type, 1 + random.nextInt(5));
                }
            }
            if (random.nextInt(10) == 0) {
                n.mine(i, 1 + random.nextInt(5));
            }
        }
        return n.graph();
    }
}
