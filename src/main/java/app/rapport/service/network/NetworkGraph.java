package app.rapport.service.network;

import app.rapport.domain.network.GraphEdge;
import app.rapport.domain.network.GraphFilter;
import app.rapport.domain.network.GraphNode;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Predicate;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.Multigraph;

/**
 * An immutable snapshot of the network: contacts not in the trash and Me as nodes, ties and my
 * relationships as undirected edges (two contacts may share several ties of different types).
 * Safe to share between threads; views ({@link #filter}, {@link #ego}) are new snapshots.
 */
public final class NetworkGraph {
    private final Map<Long, GraphNode> nodes;
    private final Graph<Long, GraphEdge> graph;
    private volatile Adjacency withMe;
    private volatile Adjacency withoutMe;

    private NetworkGraph(Map<Long, GraphNode> nodes, Graph<Long, GraphEdge> graph) {
        this.nodes = Collections.unmodifiableMap(nodes);
        this.graph = new AsUnmodifiableGraph<>(graph);
    }

    /** A graph of {@code nodes} (Me is added if missing) and those of {@code edges} whose ends are both there. */
    public static NetworkGraph of(Collection<GraphNode> nodes, Collection<GraphEdge> edges) {
        Map<Long, GraphNode> byId = new LinkedHashMap<>();
        byId.put(GraphNode.ME_ID, GraphNode.ME);
        nodes.forEach(n -> byId.put(n.id(), n));
        Graph<Long, GraphEdge> g = new Multigraph<>(GraphEdge.class);
        byId.keySet().forEach(g::addVertex);
        for (GraphEdge e : edges) {
            if (byId.containsKey(e.from()) && byId.containsKey(e.to()) && e.from() != e.to()) {
                g.addEdge(e.from(), e.to(), e);
            }
        }
        return new NetworkGraph(byId, g);
    }

    /**
     * How far apart a tie puts two contacts for introduction paths: 6 − strength, so a strength-5 tie
     * costs 1 and a strength-1 tie 5; two warm hops (2 + 2) beat one cold tie (5).
     */
    public static double weight(int strength) {
        return 6 - strength;
    }

    public Collection<GraphNode> nodes() {
        return nodes.values();
    }

    public Set<GraphEdge> edges() {
        return graph.edgeSet();
    }

    /** The JGraphT view of this snapshot, for algorithms; unmodifiable. */
    public Graph<Long, GraphEdge> graph() {
        return graph;
    }

    public boolean contains(long id) {
        return nodes.containsKey(id);
    }

    /** @throws NoSuchElementException when the node is not in this snapshot */
    public GraphNode node(long id) {
        GraphNode node = nodes.get(id);
        if (node == null) {
            throw new NoSuchElementException("Contact " + id + " is not on this map");
        }
        return node;
    }

    /** Distinct nodes sharing at least one edge with {@code id}. */
    public Set<Long> neighbours(long id) {
        node(id);
        Set<Long> result = new LinkedHashSet<>();
        for (GraphEdge e : graph.edgesOf(id)) {
            result.add(e.otherEnd(id));
        }
        return result;
    }

    /** The number of distinct neighbours (several ties to the same contact count once). */
    public int degree(long id) {
        return neighbours(id).size();
    }

    public int nodeCount() {
        return nodes.size();
    }

    public int edgeCount() {
        return graph.edgeSet().size();
    }

    /** What {@code f} lets through: the nodes it shows and the edges it shows between them. */
    public NetworkGraph filter(GraphFilter f) {
        return subgraph(f::shows, f::shows);
    }

    /**
     * The neighbourhood of {@code centre} within {@code hops} (1 or 2). Around a contact other than
     * Me the walk does not pass through Me, who knows everyone and would make every view the whole map.
     */
    public NetworkGraph ego(long centre, int hops) {
        if (hops < 1 || hops > 2) {
            throw new IllegalArgumentException("hops must be 1 or 2, not " + hops);
        }
        node(centre);
        Set<Long> reached = new LinkedHashSet<>(List.of(centre));
        Deque<Long> frontier = new ArrayDeque<>(reached);
        for (int hop = 0; hop < hops; hop++) {
            Deque<Long> next = new ArrayDeque<>();
            for (long id : frontier) {
                if (id == GraphNode.ME_ID && centre != GraphNode.ME_ID) {
                    continue;
                }
                for (long other : neighbours(id)) {
                    if (reached.add(other)) {
                        next.add(other);
                    }
                }
            }
            frontier = next;
        }
        return subgraph(n -> reached.contains(n.id()), e -> true);
    }

    private NetworkGraph subgraph(Predicate<GraphNode> keepNode, Predicate<GraphEdge> keepEdge) {
        Map<Long, GraphNode> kept = new LinkedHashMap<>();
        nodes.values().stream().filter(n -> n.isMe() || keepNode.test(n)).forEach(n -> kept.put(n.id(), n));
        Graph<Long, GraphEdge> g = new Multigraph<>(GraphEdge.class);
        kept.keySet().forEach(g::addVertex);
        for (GraphEdge e : graph.edgeSet()) {
            if (kept.containsKey(e.from()) && kept.containsKey(e.to()) && keepEdge.test(e)) {
                g.addEdge(e.from(), e.to(), e);
            }
        }
        return new NetworkGraph(kept, g);
    }

    /** Compact adjacency arrays for the algorithms, built once per snapshot. */
    Adjacency adjacency(boolean includeMe) {
        if (includeMe) {
            Adjacency a = withMe;
            if (a == null) {
                a = Adjacency.of(this, true);
                withMe = a;
            }
            return a;
        }
        Adjacency a = withoutMe;
        if (a == null) {
            a = Adjacency.of(this, false);
            withoutMe = a;
        }
        return a;
    }

    Map<Long, Integer> indexOf(long[] ids) {
        Map<Long, Integer> index = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            index.put(ids[i], i);
        }
        return index;
    }
}
