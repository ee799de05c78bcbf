package app.rapport.service.score;

import app.rapport.domain.score.ScoreFacts;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** What scores are computed from, and where they are kept. */
public interface ScoreRepository {
    /** The facts of every contact not in the trash, read for {@code today}, by id. */
    Map<Long, ScoreFacts> facts(LocalDate today);

    /** One contact's facts, read for {@code today}; empty when it is gone. */
    Optional<ScoreFacts> facts(long contactId, LocalDate today);

    /**
     * Keeps the scores in one transaction. On the first computation of a new day the old score becomes
     * the one before, so a falling score can be told.
     */
    void store(Map<Long, Integer> scores, LocalDate on);

    /** How many contacts not in the trash have no score computed on {@code day}. */
    long unscored(LocalDate day);
}
