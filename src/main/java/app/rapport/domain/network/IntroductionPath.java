package app.rapport.domain.network;

import java.util.List;

/**
 * Who can introduce whom: the chain of contacts from the first node to the last, their names, and
 * the path's weight (the sum of {@link NetworkGraph#weight(int)} over its edges: lower is warmer).
 */
public record IntroductionPath(List<Long> nodes, List<String> names, double weight) {
    public IntroductionPath {
        nodes = List.copyOf(nodes);
        names = List.copyOf(names);
    }

    /** Edges along the path. */
    public int hops() {
        return nodes.size() - 1;
    }
}
