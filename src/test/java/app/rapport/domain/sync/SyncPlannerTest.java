package app.rapport.domain.sync;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.sync.SyncPlanner.Action;
import app.rapport.domain.sync.SyncPlanner.Local;
import app.rapport.domain.sync.SyncPlanner.Plan;
import app.rapport.domain.sync.SyncPlanner.Remote;
import app.rapport.domain.sync.SyncPlanner.Step;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyncPlannerTest {
    private static List<Long> contacts(Plan plan, Action action) {
        return plan.of(action).stream().map(Step::contactId).toList();
    }

    @Test
    void eachSideOfEachContactDecidesItsStep() {
        Plan plan = SyncPlanner.plan(List.of(
                new Local(1, null, true, false),          // new here
                new Local(2, "/ab/2.vcf", true, false),   // edited here
                new Local(3, "/ab/3.vcf", false, false),  // edited there
                new Local(4, "/ab/4.vcf", true, false),   // edited on both sides
                new Local(5, "/ab/5.vcf", false, false),  // deleted there
                new Local(6, "/ab/6.vcf", true, false),   // edited here, deleted there
                new Local(7, "/ab/7.vcf", false, true),   // trashed here
                new Local(8, "/ab/8.vcf", false, true),   // trashed here, edited there
                new Local(9, "/ab/9.vcf", false, false),  // untouched
                new Local(10, null, true, true)),         // new and trashed at once: nothing goes out
                new Remote(Map.of("/ab/3.vcf", "e3", "/ab/4.vcf", "e4", "/ab/8.vcf", "e8", "/ab/new.vcf", "en"),
                        Set.of("/ab/5.vcf", "/ab/6.vcf")));
        assertThat(contacts(plan, Action.CREATE_ON_SERVER)).containsExactly(1L, 6L);
        assertThat(contacts(plan, Action.PUSH)).containsExactly(2L);
        assertThat(contacts(plan, Action.PULL)).containsExactly(3L, 8L);
        assertThat(plan.of(Action.PULL).get(0).etag()).isEqualTo("e3");
        assertThat(contacts(plan, Action.MERGE)).containsExactly(4L);
        assertThat(contacts(plan, Action.DELETE_HERE)).containsExactly(5L);
        assertThat(contacts(plan, Action.DELETE_ON_SERVER)).containsExactly(7L);
        assertThat(plan.of(Action.CREATE_HERE)).containsExactly(new Step(Action.CREATE_HERE, 0, "/ab/new.vcf", "en"));
        assertThat(plan.asksBeforeDeleting()).isTrue();
    }

    @Test
    void nothingChangedIsAnEmptyPlanThatAsksNothing() {
        Plan plan = SyncPlanner.plan(List.of(new Local(1, "/ab/1.vcf", false, false)), new Remote(Map.of(), Set.of()));
        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.asksBeforeDeleting()).isFalse();
    }
}
