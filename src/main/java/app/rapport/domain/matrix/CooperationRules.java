package app.rapport.domain.matrix;

import app.rapport.domain.contacts.Problem;
import java.util.ArrayList;
import java.util.List;

/** The cooperation matrix: the scale of the two willingnesses and which quadrant they make. */
public final class CooperationRules {
    public static final int MIN = 0;
    public static final int MAX = 10;
    /**
     * From this value up a willingness counts as high: the upper half of 0–10 with the middle, so
     * 0–4 is low and 5–10 high. The chart draws its dividing lines at 4.5 for that reason.
     */
    public static final int HIGH_FROM = 5;

    private CooperationRules() {
    }

    public static boolean inRange(int willingness) {
        return willingness >= MIN && willingness <= MAX;
    }

    public static boolean high(int willingness) {
        return willingness >= HIGH_FROM;
    }

    /**
     * The quadrant of our willingness and theirs (see {@link Quadrant} for how the seed is read).
     *
     * @throws IllegalArgumentException when a value is outside 0–10
     */
    public static Quadrant quadrant(int ours, int theirs) {
        if (!inRange(ours) || !inRange(theirs)) {
            throw new IllegalArgumentException("Willingness must be " + MIN + "–" + MAX + ": " + ours + ", " + theirs);
        }
        if (high(ours)) {
            return high(theirs) ? Quadrant.HIGH_POTENTIALS : Quadrant.CANDIDATES;
        }
        return high(theirs) ? Quadrant.DEVELOPERS : Quadrant.TRANSACTIONALS;
    }

    /** What stops {@code c} from being saved; empty when nothing does. */
    public static List<Problem> check(Cooperation c) {
        List<Problem> problems = new ArrayList<>();
        if (!inRange(c.ours())) {
            problems.add(Problem.of("ours", "matrix.error.range"));
        }
        if (!inRange(c.theirs())) {
            problems.add(Problem.of("theirs", "matrix.error.range"));
        }
        return problems;
    }
}
