package app.rapport.domain.score;

import java.util.ArrayList;
import java.util.List;

/**
 * The social-capital score of one relationship, 0–100: each {@link ScorePart} gives up to its weight in
 * points by how good that part is (a quality from 0 to 1); the score is the sum. docs/SCORING.md gives
 * the rationale and worked examples; the tests hold them.
 * <ul>
 * <li>Strength: (strength − 1) / 4.</li>
 * <li>Recency: full within the cadence (90 days when none is set), falling evenly to nothing at three
 * times the cadence; never contacted: nothing.</li>
 * <li>Frequency: interactions in the last 12 months / 12, at most 1 (about monthly is full).</li>
 * <li>Reciprocity: 1 − |given − received| / (given + received + 2); one-sided either way scores lower,
 * the +2 keeps one early favour from counting as a lopsided relationship; none either way: ½.</li>
 * <li>Assessment: the eight principles' mean / 5; not assessed: ½, so assessing can raise or lower it.</li>
 * <li>Network: bridges / 2, at most 1: ties reaching two other groups are full.</li>
 * </ul>
 * Each line's points are rounded on their own, so the lines add up to the score shown.
 */
public final class ScoreRules {
    /** The cadence recency is measured against when a contact has none. */
    public static final int DEFAULT_CADENCE_DAYS = 90;
    /** Recency falls to nothing at this many cadences. */
    public static final int RECENCY_CADENCES = 3;
    /** Interactions a year for full frequency: about monthly. */
    public static final int FULL_FREQUENCY = 12;
    /** Groups reached for full network points. */
    public static final int FULL_BRIDGES = 2;

    private ScoreRules() {
    }

    public static Score score(ScoreFacts f, ScoreWeights w) {
        List<ScoreLine> lines = new ArrayList<>();
        int strength = Math.max(1, Math.min(5, f.strength()));
        lines.add(line(ScorePart.STRENGTH, (strength - 1) / 4.0, w, strength));
        int cadence = f.cadenceDays() > 0 ? f.cadenceDays() : DEFAULT_CADENCE_DAYS;
        lines.add(line(ScorePart.RECENCY, recency(f.daysSinceLast(), cadence), w, f.daysSinceLast(), cadence));
        lines.add(line(ScorePart.FREQUENCY, Math.min(1.0, f.interactions12m() / (double) FULL_FREQUENCY), w,
                f.interactions12m()));
        lines.add(line(ScorePart.RECIPROCITY, reciprocity(f.given(), f.received()), w, f.given(), f.received()));
        lines.add(line(ScorePart.ASSESSMENT, f.assessed() ? Math.max(0, Math.min(5, f.assessment())) / 5.0 : 0.5, w,
                f.assessment()));
        lines.add(line(ScorePart.NETWORK, Math.min(1.0, Math.max(0, f.bridges()) / (double) FULL_BRIDGES), w,
                f.bridges()));
        return new Score(lines.stream().mapToInt(ScoreLine::points).sum(), lines);
    }

    static double recency(long daysSince, int cadence) {
        if (daysSince < 0) {
            return 0;
        }
        if (daysSince <= cadence) {
            return 1;
        }
        double span = (RECENCY_CADENCES - 1) * (double) cadence;
        return Math.max(0, 1 - (daysSince - cadence) / span);
    }

    static double reciprocity(int given, int received) {
        if (given + received == 0) {
            return 0.5;
        }
        return 1 - Math.abs(given - received) / (double) (given + received + 2);
    }

    private static ScoreLine line(ScorePart part, double quality, ScoreWeights w, Object... detail) {
        double max = w.of(part);
        return new ScoreLine(part, (int) Math.round(max * quality), (int) Math.round(max), detail);
    }
}
