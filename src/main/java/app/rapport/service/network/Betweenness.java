package app.rapport.service.network;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Betweenness centrality by Brandes' algorithm over hop counts (ties unweighted), on the scale JGraphT
 * uses for undirected graphs: each pair of contacts counted once, not normalised.
 *
 * <p>With fewer sources than nodes it is the pivot estimate of Brandes &amp; Pich (2007): the
 * dependencies of {@code sources} nodes drawn uniformly without replacement, scaled by n / sources. It is
 * unbiased, and the contacts with the highest betweenness (the brokers) are ranked reliably with a
 * few hundred pivots; small values are noisy.
 */
final class Betweenness {
    private Betweenness() {
    }

    static double[] of(Adjacency a, int sources, long seed) {
        int n = a.size();
        int[] pivots = pivots(n, Math.min(sources, n), seed);
        int chunks = Math.max(1, Math.min(pivots.length, Runtime.getRuntime().availableProcessors() * 4));
        double[] total = IntStream.range(0, chunks).parallel()
                .mapToObj(c -> accumulate(a, pivots, c, chunks))
                .reduce(new double[n], Betweenness::sum);
        double scale = (double) n / pivots.length / 2;
        for (int i = 0; i < n; i++) {
            total[i] *= scale;
        }
        return total;
    }

    private static int[] pivots(int n, int k, long seed) {
        int[] all = IntStream.range(0, n).toArray();
        if (k == n) {
            return all;
        }
        Random random = new Random(seed);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return Arrays.copyOf(all, k);
    }

    private static double[] accumulate(Adjacency a, int[] pivots, int chunk, int chunks) {
        int n = a.size();
        double[] result = new double[n];
        int[] distance = new int[n];
        double[] paths = new double[n];
        double[] dependency = new double[n];
        int[] order = new int[n];
        Arrays.fill(distance, -1);
        for (int p = chunk; p < pivots.length; p += chunks) {
            int s = pivots[p];
            int head = 0;
            int tail = 0;
            order[tail++] = s;
            distance[s] = 0;
            paths[s] = 1;
            while (head < tail) {
                int v = order[head++];
                for (int k = a.start[v]; k < a.start[v + 1]; k++) {
                    int w = a.targets[k];
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        order[tail++] = w;
                    }
                    if (distance[w] == distance[v] + 1) {
                        paths[w] += paths[v];
                    }
                }
            }
            // walk back from the farthest: predecessors are the neighbours one hop nearer
            for (int i = tail - 1; i >= 0; i--) {
                int w = order[i];
                for (int k = a.start[w]; k < a.start[w + 1]; k++) {
                    int v = a.targets[k];
                    if (distance[v] == distance[w] - 1) {
                        dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
                    }
                }
                if (w != s) {
                    result[w] += dependency[w];
                }
            }
            for (int i = 0; i < tail; i++) {
                int v = order[i];
                distance[v] = -1;
                paths[v] = 0;
                dependency[v] = 0;
            }
        }
        return result;
    }

    private static double[] sum(double[] x, double[] y) {
        double[] r = new double[x.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = x[i] + y[i];
        }
        return r;
    }
}
