package app.rapport.ui.common;

/**
 * Column widths kept from a wider window, made to fit the room a table has now. All columns shrink by one
 * factor, so the user's proportions survive, except that none goes below its minimum (its header's
 * words): those stay at the minimum and the others share what is left. No column is pushed out of sight.
 */
public final class ColumnFit {
    private ColumnFit() {
    }

    /** @return the widths to use: {@code wanted} itself when it fits, else scaled down to {@code room} */
    public static double[] fit(double[] wanted, double[] min, double room) {
        int n = wanted.length;
        double[] result = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            result[i] = Math.max(wanted[i], min[i]);
            total += result[i];
        }
        if (total <= room) {
            return result;
        }
        boolean[] atMinimum = new boolean[n];
        boolean changed = true;
        while (changed) { // at most n rounds: each fixes one more column at its minimum
            changed = false;
            double left = room;
            double shrinking = 0;
            for (int i = 0; i < n; i++) {
                if (atMinimum[i]) {
                    left -= min[i];
                } else {
                    shrinking += Math.max(wanted[i], min[i]);
                }
            }
            double factor = shrinking <= 0 ? 0 : Math.max(0, left) / shrinking;
            for (int i = 0; i < n; i++) {
                if (atMinimum[i]) {
                    result[i] = min[i];
                } else if (Math.max(wanted[i], min[i]) * factor < min[i]) {
                    atMinimum[i] = true;
                    changed = true;
                } else {
                    result[i] = Math.max(wanted[i], min[i]) * factor;
                }
            }
        }
        return result;
    }
}
