package app.rapport.domain.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A score in words, one line per part: "Recency 7 of 20 (−13): last contact 140 days ago, cadence 60
 * days". The same words in the window, the brief and on the command line.
 */
public final class ScoreExplanation {
    private final ResourceBundle bundle;
    private final Locale locale;

    public ScoreExplanation(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public String title(Score score) {
        return format("score.title", score.value());
    }

    public List<String> lines(Score score) {
        List<String> lines = new ArrayList<>();
        for (ScoreLine line : score.lines()) {
            lines.add(line(line));
        }
        return lines;
    }

    public String line(ScoreLine line) {
        String part = bundle.getString("score.part." + line.part().name());
        String pattern = line.lost() == 0 ? "score.line.full" : "score.line";
        return format(pattern, part, line.points(), line.max(), line.lost(), why(line));
    }

    private String why(ScoreLine line) {
        Object[] d = line.detail();
        ScorePart part = line.part();
        return switch (part) {
            case RECENCY -> ((Number) d[0]).longValue() < 0 ? format("score.why.RECENCY.never")
                    : format("score.why.RECENCY", d[0], d[1]);
            case RECIPROCITY -> ((Number) d[0]).intValue() + ((Number) d[1]).intValue() == 0
                    ? format("score.why.RECIPROCITY.none") : format("score.why.RECIPROCITY", d[0], d[1]);
            case ASSESSMENT -> ((Number) d[0]).doubleValue() < 0 ? format("score.why.ASSESSMENT.none")
                    : format("score.why.ASSESSMENT", d[0]);
            default -> format("score.why." + part.name(), d);
        };
    }

    private String format(String key, Object... args) {
        return app.rapport.domain.language.Messages.format(bundle.getString(key), locale, args);
    }
}
