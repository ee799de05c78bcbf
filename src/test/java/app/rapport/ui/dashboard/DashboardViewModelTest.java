package app.rapport.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.dashboard.Goal;
import app.rapport.domain.dashboard.GoalProgress;
import app.rapport.domain.dashboard.Indicator;
import app.rapport.testing.DirectTaskRunner;
import app.rapport.testing.TestDatabase;
import app.rapport.ui.common.DialogService.Words;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Setting a goal from what the user typed, without a window: a share in percent, a count as it is. */
class DashboardViewModelTest {
    @TempDir
    Path dir;
    TestDatabase db;
    DashboardViewModel vm;
    final List<String> problems = new ArrayList<>();
    int saved;

    @BeforeEach
    void open() {
        db = new TestDatabase(dir);
        vm = new DashboardViewModel(db.dashboard(), new DirectTaskRunner());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private LocalDate later() {
        return vm.today().plusMonths(6);
    }

    @Test
    void aShareIsTypedInPercentWithACommaOrASign() {
        vm.setGoal(Indicator.KEPT_IN_TOUCH, " 80,5 % ", later(), () -> saved++, problems::add);
        assertThat(problems).isEmpty();
        assertThat(saved).isEqualTo(1);
        assertThat(vm.dataProperty().get().goals()).singleElement()
                .satisfies(g -> assertThat(g.goal().target()).isEqualTo(0.805));
    }

    @Test
    void aCountIsTakenAsItIs() {
        vm.setGoal(Indicator.REFERRALS_RECEIVED, "12", later(), () -> saved++, problems::add);
        assertThat(vm.dataProperty().get().goals()).singleElement()
                .satisfies(g -> assertThat(g.goal().target()).isEqualTo(12.0));
    }

    @Test
    void whatIsNoNumberIsRefusedInTheIndicatorsOwnWordsAndNothingIsWritten() {
        vm.setGoal(Indicator.KEPT_IN_TOUCH, "most", later(), () -> saved++, problems::add);
        vm.setGoal(Indicator.REFERRALS_RECEIVED, "", later(), () -> saved++, problems::add);
        assertThat(problems).containsExactly("goal.problem.percent", "goal.problem.count");
        assertThat(saved).isZero();
        assertThat(db.dashboard().goals(db.dashboard().snapshot())).isEmpty();
    }

    @Test
    void aShareOverAHundredAndADayNotAfterTodayAreRefusedByTheRules() {
        vm.setGoal(Indicator.KEPT_IN_TOUCH, "150", later(), () -> saved++, problems::add);
        vm.setGoal(Indicator.KEPT_IN_TOUCH, "50", vm.today(), () -> saved++, problems::add);
        assertThat(problems).containsExactly("goal.problem.percent", "goal.problem.day");
        assertThat(saved).isZero();
    }

    @Test
    void aGoalsProgressIsMetMissedOrHowFarWithTheDaysLeft() {
        Goal goal = new Goal(1, Indicator.KEPT_IN_TOUCH, 0.8, 0.5, LocalDate.of(2027, 6, 30), LocalDate.of(2026, 11, 22));
        assertThat(DashboardViewModel.progress(new GoalProgress(goal, 0.8, true, 1.0, 10)))
                .isEqualTo(Words.of("goal.met"));
        assertThat(DashboardViewModel.progress(new GoalProgress(goal, 0.6, false, 0.334, -1)))
                .isEqualTo(Words.of("goal.missed", 33L));
        assertThat(DashboardViewModel.progress(new GoalProgress(goal, 0.6, false, 0.666, 12)))
                .isEqualTo(Words.of("goal.progress", 67L, 12L));
    }
}
