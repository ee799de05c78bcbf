package app.rapport.domain.score;

import java.util.List;

/** A relationship's social-capital score, 0–100, and the lines it is the sum of. */
public record Score(int value, List<ScoreLine> lines) {
    public Score {
        lines = List.copyOf(lines);
    }

    public ScoreLine line(ScorePart part) {
        return lines.stream().filter(l -> l.part() == part).findFirst().orElseThrow();
    }
}
