package app.rapport.service.network;

import app.rapport.domain.network.GraphEdge;
import app.rapport.domain.network.GraphNode;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The network as arrays (compressed rows): node i's neighbours are {@code targets[start[i]..start[i+1])}
 * with the lightest of their ties' {@link NetworkGraph#weight weights}. Parallel ties collapse into one
 * neighbour, so two ties between the same pair do not count as two shortest paths.
 */
final class Adjacency {
    final long[] ids;
    final Map<Long, Integer> index;
    final int[] start;
    final int[] targets;
    final double[] weights;

    private Adjacency(long[] ids, Map<Long, Integer> index, int[] start, int[] targets, double[] weights) {
        this.ids = ids;
        this.index = index;
        this.start = start;
        this.targets = targets;
        this.weights = weights;
    }

    int size() {
        return ids.length;
    }

    static Adjacency of(NetworkGraph g, boolean includeMe) {
        return of(g, includeMe, e -> true);
    }

    /** The same nodes (and indices) as {@link #of(NetworkGraph, boolean)}, with only the ties {@code keep} accepts. */
    static Adjacency of(NetworkGraph g, boolean includeMe, Predicate<GraphEdge> keep) {
        long[] ids = g.nodes().stream().mapToLong(GraphNode::id)
                .filter(id -> includeMe || id != GraphNode.ME_ID).toArray();
        Map<Long, Integer> index = g.indexOf(ids);
        int n = ids.length;
        int[] degree = new int[n];
        int m = 0;
        int[][] ends = new int[g.edgeCount()][];
        double[] w = new double[ends.length];
        for (GraphEdge e : g.edges()) {
            Integer a = index.get(e.from());
            Integer b = index.get(e.to());
            if (a == null || b == null || !keep.test(e)) {
                continue;
            }
            ends[m] = new int[] {a, b};
            w[m++] = NetworkGraph.weight(e.strength());
            degree[a]++;
            degree[b]++;
        }
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) {
            start[i + 1] = start[i] + degree[i];
        }
        int[] fill = Arrays.copyOf(start, n);
        int[] targets = new int[start[n]];
        double[] weights = new double[start[n]];
        for (int k = 0; k < m; k++) {
            int a = ends[k][0];
            int b = ends[k][1];
            targets[fill[a]] = b;
            weights[fill[a]++] = w[k];
            targets[fill[b]] = a;
            weights[fill[b]++] = w[k];
        }
        return dedupe(ids, index, start, targets, weights);
    }

    /** Keeps one entry per neighbour, the lightest. */
    private static Adjacency dedupe(long[] ids, Map<Long, Integer> index, int[] start, int[] targets, double[] weights) {
        int n = ids.length;
        int[] newStart = new int[n + 1];
        int[] newTargets = new int[targets.length];
        double[] newWeights = new double[targets.length];
        int[] seenAt = new int[n];
        Arrays.fill(seenAt, -1);
        int out = 0;
        for (int i = 0; i < n; i++) {
            newStart[i] = out;
            for (int k = start[i]; k < start[i + 1]; k++) {
                int t = targets[k];
                if (seenAt[t] >= newStart[i]) {
                    newWeights[seenAt[t]] = Math.min(newWeights[seenAt[t]], weights[k]);
                } else {
                    seenAt[t] = out;
                    newTargets[out] = t;
                    newWeights[out++] = weights[k];
                }
            }
        }
        newStart[n] = out;
        return new Adjacency(ids, index, newStart, Arrays.copyOf(newTargets, out), Arrays.copyOf(newWeights, out));
    }
}
