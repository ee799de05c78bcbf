package app.rapport.bench;

import app.rapport.app.Services;
import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.network.GraphEdge;
import app.rapport.domain.network.GraphNode;
import app.rapport.domain.network.Layout;
import app.rapport.domain.ties.TieType;
import app.rapport.service.network.GraphMetrics;
import app.rapport.service.network.NetworkGraph;
import app.rapport.service.network.NetworkService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.DoubleSupplier;
import java.util.stream.Stream;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.traverse.BreadthFirstIterator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The network map's figures ({@code mvn -Pbench verify}) on synthetic networks with community structure:
 * {@code rapport.bench.graph.small} contacts (default 2,000) and {@code rapport.bench.graph.large}
 * (default 20,000), about five ties each (seven drawn, duplicates of a pair and type dropped), groups of 50 with nine ties in ten inside the group.
 * Floors from the same run: JGraphT's IndexedFRLayoutAlgorithm2D called directly (100 iterations, random
 * start), JGraphT's exact BetweennessCentrality (small network only: it is O(VE)), and for the large
 * network's sampled estimate the bare JGraphT breadth-first searches from as many sources (the least
 * any Brandes pass must do; the estimate also counts paths and walks back, but on all cores).
 * Loading is compared with the same three statements over plain JDBC, rows read and dropped.
 */
@Tag("bench")
class GraphBench {
    private static final int SMALL = Integer.getInteger("rapport.bench.graph.small", 2_000);
    private static final int LARGE = Integer.getInteger("rapport.bench.graph.large", 20_000);
    private static final int TIES_PER_CONTACT = 7;
    private static final int RUNS = 3;

    private final Bench bench = new Bench();
    private final Path work = Path.of("target", "bench").toAbsolutePath();
    private final NetworkService service = new NetworkService(null);

    @Test
    void measure() throws Exception {
        Files.createDirectories(work);
        NetworkGraph small = NetworkGraph.of(contacts(SMALL), ties(SMALL, 1));
        NetworkGraph large = NetworkGraph.of(contacts(LARGE), ties(LARGE, 2));
        System.out.println("BENCH-INFO small=" + small.nodeCount() + "/" + small.edgeCount() + " large="
                + large.nodeCount() + "/" + large.edgeCount());
        layout(small, "2k");
        metricsSmall(small);
        metricsLarge(large);
        load(large);
        Files.writeString(work.resolve("graph-results.txt"), bench.report(), StandardCharsets.UTF_8);
    }

    private void layout(NetworkGraph g, String size) {
        double app = best(() -> time(() -> service.layout(g, null, null, null)));
        double floor = best(() -> time(() -> {
            double side = 40 * Math.sqrt(g.nodeCount());
            new IndexedFRLayoutAlgorithm2D<Long, GraphEdge>(100, IndexedFRLayoutAlgorithm2D.DEFAULT_THETA_FACTOR,
                    IndexedFRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, new Random(7))
                    .layout(g.graph(), new MapLayoutModel2D<>(Box2D.of(0, 0, side, side)));
        }));
        bench.line("graph.layout." + size, app, "ms", floor);
        Layout settled = service.layout(g, null, null, null);
        List<GraphNode> grown = new ArrayList<>(g.nodes());
        grown.add(new GraphNode(10_000_000, "Newcomer", ContactKind.PERSON, "", List.of(), false, false, null));
        List<GraphEdge> edges = new ArrayList<>(g.edges());
        edges.add(new GraphEdge(10_000_000, 10_000_000, 1, TieType.FRIEND, 3));
        NetworkGraph plusOne = NetworkGraph.of(grown, edges);
        bench.line("graph.layout.incremental." + size, best(() -> time(() -> service.layout(plusOne, settled, null, null))),
                "ms", floor);
    }

    private void metricsSmall(NetworkGraph g) {
        double app = best(() -> time(() -> GraphMetrics.of(g)));
        SimpleGraph<Long, DefaultEdge> simple = contactsOnly(g);
        double floor = best(() -> time(() -> new BetweennessCentrality<>(simple).getScores()));
        bench.line("graph.metrics.2k", app, "ms", floor);
    }

    private void metricsLarge(NetworkGraph g) {
        double app = best(() -> time(() -> GraphMetrics.of(g)));
        SimpleGraph<Long, DefaultEdge> simple = contactsOnly(g);
        List<Long> sources = new ArrayList<>(simple.vertexSet()).subList(0, GraphMetrics.SAMPLES);
        double floor = best(() -> time(() -> sources.forEach(s -> new BreadthFirstIterator<>(simple, s)
                .forEachRemaining(v -> { }))));
        bench.line("graph.metrics.20k", app, "ms", floor);
    }

    private void load(NetworkGraph g) throws Exception {
        // outside the repository: the file is tens of megabytes
        Path folder = Files.createTempDirectory("rapport-graph-bench");
        Path db = folder.resolve("graph.db");
        try (Services services = Services.open(db)) {
            services.file();
        }
        write(db, g);
        try (Services services = Services.open(db)) {
            NetworkService network = services.network();
            double app = best(() -> time(network::load));
            bench.line("graph.load.20k", app, "ms", best(() -> time(() -> rawLoad(db))));
            NetworkGraph loaded = network.load();
            System.out.println("BENCH-INFO loaded=" + loaded.nodeCount() + "/" + loaded.edgeCount());
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    private static void write(Path db, NetworkGraph g) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.setAutoCommit(false);
            try (PreparedStatement contact = c.prepareStatement("""
                    INSERT INTO contact (id, kind, display_name, sort_name, organisation, created_at, updated_at)
                    VALUES (?, 'PERSON', ?, ?, ?, '2026-01-01T00:00:00', '2026-01-01T00:00:00')""");
                 PreparedStatement tie = c.prepareStatement(
                         "INSERT OR IGNORE INTO tie (from_id, to_id, type, strength) VALUES (?, ?, ?, ?)");
                 PreparedStatement mine = c.prepareStatement(
                         "INSERT INTO relationship (contact_id, strength) VALUES (?, ?)")) {
                for (GraphNode n : g.nodes()) {
                    if (!n.isMe()) {
                        contact.setLong(1, n.id());
                        contact.setString(2, n.name());
                        contact.setString(3, n.name().toLowerCase());
                        contact.setString(4, n.organisation());
                        contact.addBatch();
                    }
                }
                contact.executeBatch();
                for (GraphEdge e : g.edges()) {
                    if (e.isMine()) {
                        mine.setLong(1, e.to());
                        mine.setInt(2, e.strength());
                        mine.addBatch();
                    } else {
                        tie.setLong(1, e.from());
                        tie.setLong(2, e.to());
                        tie.setString(3, e.type().name());
                        tie.setInt(4, e.strength());
                        tie.addBatch();
                    }
                }
                tie.executeBatch();
                mine.executeBatch();
            }
            c.commit();
        }
    }

    private static void rawLoad(Path db) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (String sql : List.of(
                    "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id ORDER BY t.name",
                    """
                    SELECT c.id, c.kind, c.display_name, coalesce(c.organisation, ''), c.archived, c.last_interaction_on,
                           coalesce(r.flagged, 0), r.strength
                    FROM contact c LEFT JOIN relationship r ON r.contact_id = c.id WHERE c.deleted_at IS NULL ORDER BY c.id""",
                    "SELECT id, from_id, to_id, type, strength FROM tie ORDER BY id")) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rs.getObject(i);
                        }
                    }
                }
            }
            c.commit();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<GraphNode> contacts(int count) {
        List<GraphNode> nodes = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            nodes.add(new GraphNode(i, "Contact " + i, ContactKind.PERSON, "Org " + (i - 1) / 50, List.of(), false,
                    false, null));
        }
        return nodes;
    }

    /** About five ties a contact (seven drawn, duplicates dropped), nine in ten inside its group of 50; one contact in five is mine. */
    private static List<GraphEdge> ties(int count, long seed) {
        Random random = new Random(seed);
        List<GraphEdge> edges = new ArrayList<>();
        long tie = 1;
        for (int i = 1; i <= count; i++) {
            int group = (i - 1) / 50;
            int groupSize = Math.min(50, count - group * 50);
            for (int k = 0; k < TIES_PER_CONTACT; k++) {
                int other = random.nextInt(10) < 9 ? group * 50 + 1 + random.nextInt(groupSize) : 1 + random.nextInt(count);
                if (other != i) {
                    TieType type = TieType.values()[random.nextInt(TieType.values().length)];
                    // the database keeps one tie per pair and type, so the benchmark graph does too
                    if (type.isSymmetric() || other > i) {
                        edges.add(new GraphEdge(tie++, Math.min(i, other), Math.max(i, other), type, 1 + random.nextInt(5)));
                    }
                }
            }
            if (random.nextInt(5) == 0) {
                edges.add(GraphEdge.me(i, 1 + random.nextInt(5)));
            }
        }
        return dedupe(edges);
    }

    private static List<GraphEdge> dedupe(List<GraphEdge> edges) {
        Set<String> seen = new HashSet<>();
        return edges.stream().filter(e -> seen.add(Math.min(e.from(), e.to()) + "-" + Math.max(e.from(), e.to())
                + "-" + e.type())).toList();
    }

    private static SimpleGraph<Long, DefaultEdge> contactsOnly(NetworkGraph g) {
        SimpleGraph<Long, DefaultEdge> simple = new SimpleGraph<>(DefaultEdge.class);
        g.nodes().stream().filter(n -> !n.isMe()).forEach(n -> simple.addVertex(n.id()));
        for (GraphEdge e : g.edges()) {
            if (!e.isMine() && !simple.containsEdge(e.from(), e.to())) {
                simple.addEdge(e.from(), e.to());
            }
        }
        return simple;
    }

    private static double time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    /** The fastest of a warm-up and {@value #RUNS} runs: these take seconds, so noise is small. */
    private static double best(DoubleSupplier run) {
        double best = run.getAsDouble();
        for (int i = 0; i < RUNS; i++) {
            best = Math.min(best, run.getAsDouble());
        }
        return best;
    }
}
