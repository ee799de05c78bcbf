package app.rapport.service.network;

import app.rapport.domain.network.Bounds;
import app.rapport.domain.network.GraphEdge;
import app.rapport.domain.network.GraphNode;
import app.rapport.domain.network.Layout;
import app.rapport.domain.network.LayoutProgress;
import app.rapport.domain.network.Point;
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
        Layout given = previous == null ? Layout.EMPTY : previous;
        // JGraphT clamps a node pushed to the edge onto minX + width, and its quadtree then halves the
        // area: unless the area starts exactly at 0, the halves' edge rounds below that point and the
        // insert fails. So lay out in a frame whose area starts at the origin, and shift back.
        Box2D wanted = areaFor(g, given, g.nodes().stream().filter(n -> given.contains(n.id())).count());
        double dx = wanted.getMinX();
        double dy = wanted.getMinY();
        Box2D origin = Box2D.of(0, 0, wanted.getWidth(), wanted.getHeight());
        Layout shifted = run(g, shift(given, -dx, -dy), (partial, done, total) ->
                progress.settled(shift(partial, dx, dy), done, total), cancelled, origin);
        return shift(shifted, dx, dy);
    }

    private static Layout shift(Layout layout, double dx, double dy) {
        if (dx == 0 && dy == 0) {
            return layout;
        }
        Map<Long, Point> moved = new HashMap<>();
        layout.positions().forEach((id, p) -> moved.put(id, new Point(p.x() + dx, p.y() + dy)));
        return new Layout(moved);
    }

    private static Layout run(NetworkGraph g, Layout before, LayoutProgress progress, BooleanSupplier cancelled,
                              Box2D area) {
        long known = g.nodes().stream().filter(n -> before.contains(n.id())).count();
        boolean incremental = known * 2 >= g.nodeCount();
        LayoutModel2D<Long> model = new SteadyModel(area);
        place(g, before, model, new Random(SEED));
        keepInside(model);
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
            if (!layoutRound(round, g, model, new Random(SEED + done))) {
                break; // keep what is settled so far rather than fail the whole map
            }
            keepInside(model);
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

    /**
     * Runs one round. Should JGraphT's Barnes-Hut quadtree still refuse a point (its
     * IllegalArgumentException from FRQuadTree.insert, see {@link #run}), the round is tried again
     * with the free nodes nudged a little, and given up after a few tries: the map keeps what has
     * settled rather than fail.
     */
    private static boolean layoutRound(Round round, NetworkGraph g, LayoutModel2D<Long> model, Random random) {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                round.layout(g.graph(), model);
                return true;
            } catch (IllegalArgumentException refused) {
                Box2D area = model.getDrawableArea();
                double nudge = Math.min(area.getWidth(), area.getHeight()) * 0.01;
                Map<Long, Point2D> moved = new HashMap<>();
                for (Map.Entry<Long, Point2D> e : model) {
                    if (!model.isFixed(e.getKey())) {
                        moved.put(e.getKey(), Point2D.of(e.getValue().getX() + (random.nextDouble() - 0.5) * nudge,
                                e.getValue().getY() + (random.nextDouble() - 0.5) * nudge));
                    }
                }
                moved.forEach(model::put);
                keepInside(model);
            }
        }
        return false;
    }

    /**
     * JGraphT clamps moved nodes onto the area's edge, but its quadtree takes only points strictly
     * inside: a node pushed to the edge in one round (an isolated newcomer, say) would fail the next
     * round's insert. Nudge such points, and newcomers placed beyond the edge, just inside.
     */
    static void keepInside(LayoutModel2D<Long> model) {
        Box2D area = model.getDrawableArea();
        double margin = Math.max(1e-6, Math.min(area.getWidth(), area.getHeight()) * 1e-4);
        double minX = area.getMinX() + margin;
        double maxX = area.getMinX() + area.getWidth() - margin;
        double minY = area.getMinY() + margin;
        double maxY = area.getMinY() + area.getHeight() - margin;
        Map<Long, Point2D> moved = new HashMap<>();
        for (Map.Entry<Long, Point2D> e : model) {
            double x = e.getValue().getX();
            double y = e.getValue().getY();
            if (x < minX || x > maxX || y < minY || y > maxY) {
                moved.put(e.getKey(), Point2D.of(Math.min(maxX, Math.max(minX, x)), Math.min(maxY, Math.max(minY, y))));
            }
        }
        moved.forEach((id, p) -> {
            boolean fixed = model.isFixed(id);
            model.setFixed(id, false);
            model.put(id, p);
            model.setFixed(id, fixed);
        });
    }

    private static Layout snapshot(LayoutModel2D<Long> model) {
        Map<Long, Point> positions = new HashMap<>();
        for (Map.Entry<Long, Point2D> e : model) {
            positions.put(e.getKey(), new Point(e.getValue().getX(), e.getValue().getY()));
        }
        return new Layout(positions);
    }

    /**
     * JGraphT's FR step divides a node's displacement by its length; a node whose forces cancel
     * exactly (an isolated newcomer, say) gets NaN coordinates, which the next quadtree insert
     * refuses. Such a node simply stays where it was for that step.
     */
    static final class SteadyModel extends MapLayoutModel2D<Long> {
        SteadyModel(Box2D area) {
            super(area);
        }

        @Override
        public Point2D put(Long vertex, Point2D point) {
            if (Double.isNaN(point.getX()) || Double.isNaN(point.getY())) {
                return get(vertex);
            }
            return super.put(vertex, point);
        }
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
