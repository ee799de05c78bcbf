package app.rapport.service.score;

import app.rapport.domain.score.Score;
import app.rapport.domain.score.ScoreFacts;
import app.rapport.domain.score.ScorePart;
import app.rapport.domain.score.ScoreRules;
import app.rapport.domain.score.ScoreWeights;
import app.rapport.service.settings.SettingsRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Social-capital scores: one contact's breakdown computed from its facts as they are now, and every
 * contact's score recomputed in the background and kept for the list and the map. Blocking calls.
 */
public class ScoreService {
    /** Settings key prefix of the weights: {@code score.weight.RECENCY = 20}. */
    public static final String WEIGHT_KEY = "score.weight.";

    private final ScoreRepository repository;
    private final SettingsRepository settings;
    private final Clock clock;

    public ScoreService(ScoreRepository repository, SettingsRepository settings, Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
    }

    /** The weights the user set, the defaults where unset or unreadable. */
    public ScoreWeights weights() {
        Map<ScorePart, Double> points = new EnumMap<>(ScorePart.class);
        for (ScorePart part : ScorePart.values()) {
            double value = ScoreWeights.DEFAULT.of(part);
            try {
                value = settings.get(WEIGHT_KEY + part.name()).map(Double::parseDouble).orElse(value);
            } catch (NumberFormatException e) {
                // a hand-edited value that is not a number: the default stands
            }
            points.put(part, value);
        }
        try {
            return new ScoreWeights(points);
        } catch (IllegalArgumentException e) {
            return ScoreWeights.DEFAULT;
        }
    }

    public void setWeight(ScorePart part, double points) {
        if (!(points >= 0 && points <= 100)) {
            throw new IllegalArgumentException("weight out of range: " + points);
        }
        settings.put(WEIGHT_KEY + part.name(), Double.toString(points));
    }

    /** One contact's score and why, from the facts as they are now. */
    public Optional<Score> score(long contactId) {
        ScoreWeights weights = weights();
        return repository.facts(contactId, today()).map(f -> ScoreRules.score(f, weights));
    }

    /**
     * One contact's score from the facts as they are now, and kept as the contact's score, so the list
     * shows the figure the Relationship tab shows (and a contact added today has one).
     */
    public Optional<Score> rescore(long contactId) {
        LocalDate today = today();
        Optional<Score> score = repository.facts(contactId, today).map(f -> ScoreRules.score(f, weights()));
        score.ifPresent(s -> repository.store(Map.of(contactId, s.value()), today));
        return score;
    }

    /**
     * Recomputes and keeps every contact's score. {@code cancelled} is asked between reading and writing;
     * a cancelled run writes nothing.
     *
     * @return how many contacts were scored, or -1 when cancelled
     */
    public int recomputeAll(BooleanSupplier cancelled) {
        LocalDate today = today();
        ScoreWeights weights = weights();
        Map<Long, ScoreFacts> facts = repository.facts(today);
        if (cancelled.getAsBoolean()) {
            return -1;
        }
        Map<Long, Integer> scores = new HashMap<>(facts.size() * 2);
        facts.forEach((id, f) -> scores.put(id, ScoreRules.score(f, weights).value()));
        if (cancelled.getAsBoolean()) {
            return -1;
        }
        repository.store(scores, today);
        return scores.size();
    }

    /** Computes every score unless all were computed today (the card builder's minimum score reads them). */
    public void ensureScored() {
        if (isStale()) {
            recomputeAll(() -> false);
        }
    }

    /** True when some contact's kept score was not computed today (or ever). */
    public boolean isStale() {
        return repository.unscored(today()) > 0;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
