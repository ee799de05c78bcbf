package app.rapport.ui.dashboard;

import app.rapport.domain.score.ScorePart;
import app.rapport.domain.score.ScoreWeights;
import app.rapport.service.score.ScoreService;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.UserMessages;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * The score's weights (docs/SCORING.md): read off the UI thread, shown in a form, and when the user
 * saves, written and every score recomputed in the background; cancelling changes and recomputes nothing.
 */
public final class ScoreWeightsViewModel {
    private final ScoreService scores;
    private final TaskRunner runner;

    public ScoreWeightsViewModel(ScoreService scores, TaskRunner runner) {
        this.scores = scores;
        this.runner = runner;
    }

    /**
     * @param form shows the weights now set; what it returns is saved, empty is Cancel
     * @param onRecomputed gets how many scores were recomputed, on the UI thread
     * @param onFailure gets the message key of what went wrong
     */
    public void edit(Function<ScoreWeights, Optional<Map<ScorePart, Double>>> form, IntConsumer onRecomputed,
                     Consumer<String> onFailure) {
        Consumer<Throwable> fail = failure -> onFailure.accept(UserMessages.keyFor(failure));
        runner.run(scores::weights, weights -> form.apply(weights).ifPresent(chosen -> runner.run(() -> {
            chosen.forEach(scores::setWeight);
            return scores.recomputeAll(() -> false);
        }, onRecomputed::accept, fail)), fail);
    }
}
