package app.rapport.ui.matrix;

import app.rapport.domain.matrix.MatrixEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each contact sits on the chart. The values are whole numbers, so many contacts share a
 * point; those are spread on a small sunflower spiral around it, every one visible and clickable, and
 * never further than {@link #MAX_OFFSET} from its value, so no point crosses into the next quadrant
 * (the dividing lines run half-way between 4 and 5).
 */
public final class MatrixLayout {
    public static final double MAX_OFFSET = 0.4;
    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

    /** A contact and where to draw it: x is our willingness, y theirs. */
    public record Plotted(MatrixEntry entry, double x, double y) {
    }

    private MatrixLayout() {
    }

    public static List<Plotted> place(List<MatrixEntry> entries) {
        Map<List<Integer>, List<MatrixEntry>> atPoint = new LinkedHashMap<>();
        for (MatrixEntry e : entries) {
            atPoint.computeIfAbsent(List.of(e.ours(), e.theirs()), k -> new ArrayList<>()).add(e);
        }
        List<Plotted> placed = new ArrayList<>(entries.size());
        for (List<MatrixEntry> same : atPoint.values()) {
            int n = same.size();
            for (int i = 0; i < n; i++) {
                MatrixEntry e = same.get(i);
                if (n == 1) {
                    placed.add(new Plotted(e, e.ours(), e.theirs()));
                } else {
                    double r = MAX_OFFSET * Math.sqrt((i + 0.5) / n);
                    double a = i * GOLDEN_ANGLE;
                    placed.add(new Plotted(e, e.ours() + r * Math.cos(a), e.theirs() + r * Math.sin(a)));
                }
            }
        }
        return placed;
    }
}
