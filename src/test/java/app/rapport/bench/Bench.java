package app.rapport.bench;

import java.util.Arrays;
import java.util.Locale;

/** Prints one benchmark figure as a BENCH line: value, unit, the floor from the same run, value/floor. */
final class Bench {
    private final StringBuilder report = new StringBuilder();

    String line(String name, double value, String unit, double floor) {
        String line = String.format(Locale.ROOT, "BENCH name=%s value=%.3f unit=%s floor=%.3f ratio=%.2f",
                name, value, unit, floor, value / floor);
        System.out.println(line);
        report.append(line).append('\n');
        return line;
    }

    String report() {
        return report.toString();
    }

    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double median(double[] values) {
        return percentile(values, 50);
    }
}
