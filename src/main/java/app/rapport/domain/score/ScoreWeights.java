package app.rapport.domain.score;

import java.util.EnumMap;
import java.util.Map;

/**
 * How many of the 100 points each part can give. The defaults are documented in docs/SCORING.md; the
 * user may change them, and weights that do not add up to 100 are scaled so they do.
 */
public record ScoreWeights(Map<ScorePart, Double> points) {
    public static final ScoreWeights DEFAULT = new ScoreWeights(Map.of(ScorePart.STRENGTH, 25.0,
            ScorePart.RECENCY, 20.0, ScorePart.FREQUENCY, 15.0, ScorePart.RECIPROCITY, 15.0,
            ScorePart.ASSESSMENT, 15.0, ScorePart.NETWORK, 10.0));

    public ScoreWeights {
        EnumMap<ScorePart, Double> scaled = new EnumMap<>(ScorePart.class);
        double sum = 0;
        for (ScorePart part : ScorePart.values()) {
            double w = Math.max(0, points.getOrDefault(part, 0.0));
            scaled.put(part, w);
            sum += w;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("at least one weight must be above 0");
        }
        double factor = 100.0 / sum;
        scaled.replaceAll((part, w) -> w * factor);
        points = Map.copyOf(scaled);
    }

    public double of(ScorePart part) {
        return points.get(part);
    }
}
