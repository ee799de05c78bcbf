package app.rapport.bench;

import app.rapport.domain.network.MapDrawing;
import app.rapport.ui.network.NetworkCanvas;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Time per drawn frame while panning the network map, headless (Monocle, software pipeline):
 * each frame moves the view and renders it to an image. The floor draws the same lines and dots
 * on a bare canvas, with no culling, labels or styling, and renders it the same way.
 */
@Tag("bench")
class NetworkCanvasBench {
    private static final int W = 1280;
    private static final int H = 800;
    private static final int FRAMES = 40;
    private final Bench bench = new Bench();

    @Test
    void measure() throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        started.get(30, TimeUnit.SECONDS);
        frames("graph.frame.2k", 2_000, 10_000, 1_000);
        frames("graph.frame.20k", 20_000, 100_000, 6_000);
        Path out = Path.of("target", "bench-graph");
        Files.createDirectories(out);
        Files.writeString(out.resolve("frames.txt"), bench.report(), StandardCharsets.UTF_8);
    }

    private void frames(String name, int nodes, int edges, double spread) throws Exception {
        MapDrawing picture = picture(nodes, edges, spread);
        double app = onFx(() -> {
            NetworkCanvas canvas = new NetworkCanvas();
            canvas.resize(W, H);
            new Scene(new Group(canvas), W, H);
            canvas.pictureProperty().set(picture);
            canvas.layout();
            canvas.fit();
            WritableImage image = new WritableImage(W, H);
            return perFrame(() -> {
                canvas.panBy(7, 3);
                canvas.snapshot(null, image);
            });
        });
        double floor = onFx(() -> {
            Canvas canvas = new Canvas(W, H);
            new Scene(new Group(canvas), W, H);
            WritableImage image = new WritableImage(W, H);
            double scale = 0.9 * Math.min(W / spread, H / spread);
            double[] offset = {0, 0};
            return perFrame(() -> {
                offset[0] += 7;
                offset[1] += 3;
                GraphicsContext g = canvas.getGraphicsContext2D();
                g.setFill(Color.WHITE);
                g.fillRect(0, 0, W, H);
                g.setStroke(Color.GREY);
                for (MapDrawing.Edge e : picture.edges()) {
                    g.strokeLine(e.x1() * scale + offset[0], e.y1() * scale + offset[1], e.x2() * scale + offset[0],
                            e.y2() * scale + offset[1]);
                }
                g.setFill(Color.BLUE);
                for (MapDrawing.Node n : picture.nodes()) {
                    g.fillOval(n.x() * scale + offset[0] - 3, n.y() * scale + offset[1] - 3, 6, 6);
                }
                canvas.snapshot(null, image);
            });
        });
        bench.line(name, app, "ms", floor);
    }

    private static double perFrame(Runnable frame) {
        for (int i = 0; i < 5; i++) {
            frame.run(); // warm-up
        }
        double[] times = new double[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            long start = System.nanoTime();
            frame.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        return Bench.median(times);
    }

    private static double onFx(java.util.concurrent.Callable<Double> work) throws Exception {
        CompletableFuture<Double> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.MINUTES);
    }

    /** A network with community structure: nodes in clusters, most edges inside a cluster. */
    private static MapDrawing picture(int nodes, int edges, double spread) {
        Random random = new Random(7);
        int clusters = Math.max(4, nodes / 150);
        double[][] centres = new double[clusters][2];
        for (double[] c : centres) {
            c[0] = random.nextDouble() * spread;
            c[1] = random.nextDouble() * spread;
        }
        List<MapDrawing.Node> ns = new ArrayList<>(nodes);
        for (int i = 0; i < nodes; i++) {
            double[] c = centres[i % clusters];
            ns.add(new MapDrawing.Node(i + 1, c[0] + random.nextGaussian() * spread / 30,
                    c[1] + random.nextGaussian() * spread / 30, 5 + random.nextInt(14), i % clusters,
                    random.nextInt(10) > 0, "Contact " + i, random.nextInt(100) == 0, false));
        }
        List<MapDrawing.Edge> es = new ArrayList<>(edges);
        for (int i = 0; i < edges; i++) {
            MapDrawing.Node a = ns.get(random.nextInt(nodes));
            MapDrawing.Node b = random.nextInt(10) < 8
                    ? ns.get((int) ((a.id() - 1 + clusters * (1 + random.nextInt(20))) % nodes))
                    : ns.get(random.nextInt(nodes));
            es.add(new MapDrawing.Edge(a.x(), a.y(), b.x(), b.y(), 0.6 + 0.6 * (1 + random.nextInt(5)),
                    random.nextInt(12), random.nextInt(3)));
        }
        return new MapDrawing(ns, es, 0, 0, spread, spread);
    }
}
