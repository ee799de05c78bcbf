package app.rapport.service.network;

import app.rapport.domain.network.IntroductionPath;
import app.rapport.domain.network.Layout;
import app.rapport.domain.network.LayoutProgress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;

/**
 * The network map's use cases: load a snapshot, measure it, lay it out and keep the layout, find who
 * can introduce me, export for Gephi. Everything here may take seconds on a large network: call it off
 * the FX thread.
 */
public final class NetworkService {
    private final NetworkRepository repository;

    public NetworkService(NetworkRepository repository) {
        this.repository = repository;
    }

    /** Changes whenever the network may have: compare before loading and computing it again. */
    public long version() {
        return repository.version();
    }

    public NetworkGraph load() {
        return repository.load();
    }

    public GraphMetrics metrics(NetworkGraph g) {
        return GraphMetrics.of(g);
    }

    /**
     * Lays out {@code g}, starting from {@code previous} (may be null or {@link Layout#EMPTY}) and
     * telling {@code progress} every few iterations. When {@code cancelled} turns true it stops at the
     * end of the current round and returns the layout so far.
     */
    public Layout layout(NetworkGraph g, Layout previous, LayoutProgress progress, BooleanSupplier cancelled) {
        return ForceLayout.run(g, previous, progress == null ? LayoutProgress.NONE : progress,
                cancelled == null ? () -> false : cancelled);
    }

    public void savePositions(Layout layout) {
        repository.savePositions(layout.positions());
    }

    /** The positions last saved, {@link Layout#EMPTY} before the first save. */
    public Layout savedPositions() {
        return new Layout(repository.positions());
    }

    /**
     * The warmest chain of introductions from {@code from} to {@code to}: the path with the least total
     * {@link NetworkGraph#weight weight}, so stronger ties make shorter paths. Empty when they are not
     * connected or either is not in {@code g}.
     */
    public Optional<IntroductionPath> path(NetworkGraph g, long from, long to) {
        if (!g.contains(from) || !g.contains(to)) {
            return Optional.empty();
        }
        Adjacency a = g.adjacency(true);
        int source = a.index.get(from);
        int target = a.index.get(to);
        double[] distance = new double[a.size()];
        int[] previous = new int[a.size()];
        Arrays.fill(distance, Double.POSITIVE_INFINITY);
        Arrays.fill(previous, -1);
        distance[source] = 0;
        PriorityQueue<double[]> queue = new PriorityQueue<>((p, q) -> Double.compare(p[0], q[0]));
        queue.add(new double[] {0, source});
        while (!queue.isEmpty()) {
            double[] head = queue.poll();
            int v = (int) head[1];
            if (head[0] > distance[v]) {
                continue;
            }
            if (v == target) {
                break;
            }
            for (int k = a.start[v]; k < a.start[v + 1]; k++) {
                int w = a.targets[k];
                double d = distance[v] + a.weights[k];
                if (d < distance[w]) {
                    distance[w] = d;
                    previous[w] = v;
                    queue.add(new double[] {d, w});
                }
            }
        }
        if (distance[target] == Double.POSITIVE_INFINITY) {
            return Optional.empty();
        }
        List<Long> nodes = new ArrayList<>();
        for (int v = target; v != -1; v = previous[v]) {
            nodes.add(0, a.ids[v]);
        }
        List<String> names = nodes.stream().map(id -> g.node(id).name()).toList();
        return Optional.of(new IntroductionPath(nodes, names, distance[target]));
    }

}
