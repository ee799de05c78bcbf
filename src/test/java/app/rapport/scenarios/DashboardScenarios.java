package app.rapport.scenarios;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Cadence;
import app.rapport.domain.Direction;
import app.rapport.domain.Interaction;
import app.rapport.domain.InteractionType;
import app.rapport.domain.Relationship;
import app.rapport.testing.ContactsPage;
import app.rapport.testing.FxWait;
import app.rapport.testing.WindowScenario;
import java.time.LocalDateTime;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

/** README, The Dashboard: the indicators, and "Set a goal for any of them … and see how far you have come". */
class DashboardScenarios extends WindowScenario {

    @Test
    void theTilesCountWhoIsKeptInTouchAndAGoalSetIsKeptInTheFileAndShownAsProgress() throws Exception {
        open(s -> {
            long anna = s.contactRepository().insert(person("Anna", "Schmidt").build());
            long boris = s.contactRepository().insert(person("Boris", "Ivanov").build());
            s.relationships().saveRelationship(Relationship.empty(anna).withCadence(Cadence.months(1)));
            s.relationships().saveRelationship(Relationship.empty(boris).withCadence(Cadence.months(1)));
            s.interactions().log(Interaction.with(InteractionType.CALL, LocalDateTime.now().minusDays(3),
                    Direction.MUTUAL, "", anna));
            s.interactions().log(Interaction.with(InteractionType.CALL, LocalDateTime.now().minusMonths(4),
                    Direction.MUTUAL, "", boris));
        });
        new ContactsPage(this).waitForRows(2);
        clickOn("#dashboardArea");
        FxWait.until(() -> lookup("#value-KEPT_IN_TOUCH").tryQuery().isPresent());
        waitForText("#value-KEPT_IN_TOUCH", "50%");
        waitForText("#value-OVERDUE", "1");

        clickOn("#setGoal-KEPT_IN_TOUCH");
        FxWait.until(() -> lookup("#goalTarget").tryQuery().isPresent());
        typeInto("#goalTarget", "80");
        clickOn("#goalSave");
        FxWait.until(() -> lookup("#goal-KEPT_IN_TOUCH").tryQuery().isPresent());
        assertThat(lookup("#goal-KEPT_IN_TOUCH").queryAs(Label.class).getText()).contains("of the way");
        assertThat(column("SELECT indicator FROM goal")).containsExactly("KEPT_IN_TOUCH");
    }
}
