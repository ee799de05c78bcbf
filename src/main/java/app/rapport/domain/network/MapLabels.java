package app.rapport.domain.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * Which names the map writes, and where: by importance (the picked contacts, the search's matches,
 * then the largest nodes), each only where it overlaps no label already written, so what is written
 * stays readable. The window and the command line's picture write the same names the same way.
 */
public final class MapLabels {
    /** Labels written at most at ordinary zoom; zoomed in, {@link #ZOOMED_IN} of them. */
    public static final int BUDGET = 40;
    public static final int ZOOMED_IN = 400;
    /** From this scale on the map counts as zoomed in. */
    public static final double ZOOMED_IN_SCALE = 1.6;
    /** The widest a label is written, in pixels. */
    public static final double WIDEST = 180;

    private MapLabels() {
    }

    /** A label to write: its text centred at (x, y) on the surface, over a backdrop {@code box} (left, top, right, bottom). */
    public record Label(MapDrawing.Node node, double x, double y, double[] box) {
        public String text() {
            return node.label();
        }
    }

    /** How many labels a surface seen through {@code view} writes besides the picked and highlighted ones. */
    public static int budget(MapView view) {
        return view.scale() >= ZOOMED_IN_SCALE ? ZOOMED_IN : BUDGET;
    }

    /**
     * The labels for a surface of {@code width} × {@code height} seen through {@code view}, with nodes
     * drawn {@code nodeScale} of their radius: up to {@code budget} of them, and {@code picked} (hovered,
     * selected) and the highlighted always; none but those zoomed far out.
     */
    public static List<Label> choose(MapDrawing drawing, MapView view, double width, double height, double nodeScale,
                                     int budget, LongPredicate picked) {
        boolean far = view.far();
        List<MapDrawing.Node> byImportance = new ArrayList<>(drawing.nodes());
        byImportance.sort(Comparator.comparingDouble((MapDrawing.Node n) -> -importance(n, picked)));
        List<Label> chosen = new ArrayList<>();
        List<double[]> taken = new ArrayList<>();
        for (MapDrawing.Node n : byImportance) {
            boolean always = picked.test(n.id()) || n.highlighted();
            if (!always && (far || chosen.size() >= budget)) {
                continue;
            }
            double x = view.x(n.x());
            double y = view.y(n.y()) + n.radius() * nodeScale + 12;
            if (x < -100 || x > width + 100 || y < -20 || y > height + 20) {
                continue;
            }
            double tw = Math.min(WIDEST, n.label().length() * 6.2);
            double[] box = {x - tw / 2 - 2, y - 10, x + tw / 2 + 2, y + 3};
            if (!always && overlaps(box, taken)) {
                continue;
            }
            taken.add(box);
            chosen.add(new Label(n, x, y, box));
        }
        return chosen;
    }

    private static double importance(MapDrawing.Node n, LongPredicate picked) {
        if (picked.test(n.id())) {
            return 1e9;
        }
        return n.highlighted() ? 1e8 + n.radius() : n.radius();
    }

    private static boolean overlaps(double[] box, List<double[]> taken) {
        for (double[] t : taken) {
            if (box[0] < t[2] && t[0] < box[2] && box[1] < t[3] && t[1] < box[3]) {
                return true;
            }
        }
        return false;
    }
}
