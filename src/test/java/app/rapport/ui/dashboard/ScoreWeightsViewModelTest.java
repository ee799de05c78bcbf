package app.rapport.ui.dashboard;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.score.ScorePart;
import app.rapport.domain.score.ScoreWeights;
import app.rapport.testing.DirectTaskRunner;
import app.rapport.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving the score's weights recomputes every score; cancelling changes nothing. No window. */
class ScoreWeightsViewModelTest {
    @TempDir
    Path dir;
    TestDatabase db;
    ScoreWeightsViewModel vm;
    final List<Integer> recomputed = new ArrayList<>();
    final List<String> failures = new ArrayList<>();

    @BeforeEach
    void open() {
        db = new TestDatabase(dir);
        db.repository().insert(person("Anna", "Weber").build());
        db.repository().insert(person("Boris", "Ivanov").build());
        vm = new ScoreWeightsViewModel(db.scores(), new DirectTaskRunner());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theFormShowsTheWeightsNowSetAndSavingRecomputesEveryScore() {
        List<ScoreWeights> shown = new ArrayList<>();
        vm.edit(weights -> {
            shown.add(weights);
            Map<ScorePart, Double> chosen = new EnumMap<>(weights.points());
            chosen.put(ScorePart.STRENGTH, 60.0);
            return Optional.of(chosen);
        }, recomputed::add, failures::add);
        assertThat(shown).containsExactly(ScoreWeights.DEFAULT);
        assertThat(failures).isEmpty();
        assertThat(recomputed).containsExactly(2);
        assertThat(db.scores().weights()).isNotEqualTo(ScoreWeights.DEFAULT);
    }

    @Test
    void cancellingWritesAndRecomputesNothing() {
        vm.edit(weights -> Optional.empty(), recomputed::add, failures::add);
        assertThat(recomputed).isEmpty();
        assertThat(db.scores().weights()).isEqualTo(ScoreWeights.DEFAULT);
    }
}
