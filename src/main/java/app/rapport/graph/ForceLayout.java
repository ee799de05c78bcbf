package app.rapport.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;

/**
 * Fruchterman–Reingold with a Barnes–Hut quadtree (JGraphT's {@link IndexedFRLayoutAlgorithm2D}), run in
 * rounds of {@value #ROUND} iterations on one cooling schedule so the map can be shown, and the work
 * cancelled, between rounds.
 *
 * <p>Incremental: nodes of the previous layout start where they were. When it knew at least half of the
 * nodes they stay pinned and only the newcomers, placed beside their known neighbours, settle at a
 * low temperature, so one new contact never reshuffles the map. Otherwise everything settles, but
 * from the old places and cooler than a fresh start.
 */
final class ForceLayout {
    static final int ITERATIONS = 100;
    static final int INCREMENTAL_ITERATIONS = 40;
    static final int ROUND = 10;
    /** Layout units per node along a side of the area: the spacing of nodes on the settled map. */
    static final double SPACING = 40;
    private static final long SEED = 7;

    private ForceLayout() {
    }

    static Layout run(NetworkGraph g, Layout previous, LayoutProgress progress, BooleanSupplier cancelled) {
        if (g.nodeCount() == 0) {
            return Layout.EMPTY;
        }
        Layout before = previous == null ? Layout.EMPTY : previous;
        long known = g.nodes().stream().filter(n -> before.contains(n.id())).count();
        boolean incremental = known * 2 >= g.nodeCount();
        Box2D area = areaFor(g, before, known);
        LayoutModel2D<Long> model = new MapLayoutModel2D<>(area);
        place(g, before, model, new Random(SEED));
        if (incremental) {
            g.nodes().stream().filter(n -> before.contains(n.id())).forEach(n -> model.setFixed(n.id(), true));
            if (known == g.nodeCount()) {
                return snapshot(model);
            }
        }
        int iterations = incremental ? INCREMENTAL_ITERATIONS : ITERATIONS;
        double hottest = incremental ? SPACING : known > 0 ? SPACING * 4 : Math.min(area.getWidth(), area.getHeight()) / 10;
        Layout current = snapshot(model);
        for (int done = 0; done < iterations && !cancelled.getAsBoolean(); done += ROUND) {
            Round round = new Round(ROUND, done, iterations, hottest);
            round.setInitializer(model::get);
            round.layout(g.graph(), model);
            current = snapshot(model);
            progress.settled(current, Math.min(done + ROUND, iterations), iterations);
        }
        return current;
    }

    /** The square JGraphT keeps nodes inside: room for all of them, and for every known position. */
    static Box2D areaFor(NetworkGraph g, Layout before, long known) {
        double side = SPACING * Math.sqrt(g.nodeCount());
        if (known == 0) {
            return Box2D.of(0, 0, side, side);
        }
        Bounds b = before.bounds();
        double wide = Math.max(side, b.size()) * 1.2;
        double cx = (b.minX() + b.maxX()) / 2;
        double cy = (b.minY() + b.maxY()) / 2;
        return Box2D.of(cx - wide / 2, cy - wide / 2, wide, wide);
    }

    /** Known nodes where they were; a newcomer beside its placed neighbours, else anywhere. */
    private static void place(NetworkGraph g, Layout before, LayoutModel2D<Long> model, Random random) {
        Box2D area = model.getDrawableArea();
        Map<Long, Point2D> placed = new HashMap<>();
        g.nodes().stream().filter(n -> before.contains(n.id()))
                .forEach(n -> placed.put(n.id(), Point2D.of(before.x(n.id()), before.y(n.id()))));
        List<Long> waiting = g.nodes().stream().map(GraphNode::id).filter(id -> !placed.containsKey(id)).toList();
        for (int pass = 0; pass < 3 && !waiting.isEmpty(); pass++) {
            waiting = waiting.stream().filter(id -> !placeBesideNeighbours(g, id, placed, random)).toList();
        }
        for (long id : waiting) {
            placed.put(id, Point2D.of(area.getMinX() + random.nextDouble() * area.getWidth(),
                    area.getMinY() + random.nextDouble() * area.getHeight()));
        }
        placed.forEach(model::put);
    }

    private static boolean placeBesideNeighbours(NetworkGraph g, long id, Map<Long, Point2D> placed, Random random) {
        double x = 0;
        double y = 0;
        int count = 0;
        for (long other : g.neighbours(id)) {
            Point2D p = placed.get(other);
            if (p != null) {
                x += p.getX();
                y += p.getY();
                count++;
            }
        }
        if (count == 0) {
            return false;
        }
        double angle = random.nextDouble() * 2 * Math.PI;
        placed.put(id, Point2D.of(x / count + Math.cos(angle) * SPACING / 2, y / count + Math.sin(angle) * SPACING / 2));
        return true;
    }

    private static Layout snapshot(LayoutModel2D<Long> model) {
        Map<Long, Point> positions = new HashMap<>();
        for (Map.Entry<Long, Point2D> e : model) {
            positions.put(e.getKey(), new Point(e.getValue().getX(), e.getValue().getY()));
        }
        return new Layout(positions);
    }

    /** A slice of one cooling schedule: linear from {@code hottest} to nothing over all iterations. */
    private static final class Round extends IndexedFRLayoutAlgorithm2D<Long, GraphEdge> {
        Round(int iterations, int offset, int total, double hottest) {
            super(iterations, DEFAULT_THETA_FACTOR, DEFAULT_NORMALIZATION_FACTOR, new Random(SEED + offset));
            FRLayoutAlgorithm2D.TemperatureModel schedule =
                    (i, n) -> Math.max(hottest * (1 - (double) (offset + i) / total), hottest / 100);
            this.temperatureModelSupplier = (model, n) -> schedule;
        }
    }
}
