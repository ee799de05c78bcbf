package app.rapport.ui;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.ties.Relationship;
import app.rapport.testing.ContactsPage;
import app.rapport.testing.FxWait;
import app.rapport.testing.WindowScenario;
import java.time.LocalDateTime;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Dashboard through the real window: the indicators shown, a goal set and its progress. */
class DashboardWindowTest extends WindowScenario {
    @BeforeEach
    void start() throws Exception {
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
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void setAGoalAndSeeItsProgress() throws Exception {
        clickOn("#dashboardArea");
        FxWait.until(() -> lookup("#value-KEPT_IN_TOUCH").tryQuery().isPresent());
        // Anna is within her cadence, Boris is not
        assertThat(text("#value-KEPT_IN_TOUCH")).isEqualTo("50%");
        assertThat(text("#value-OVERDUE")).isEqualTo("1");

        interact(() -> lookup("#setGoal-KEPT_IN_TOUCH").queryAs(Hyperlink.class).fire());
        FxWait.until(() -> lookup("#goalTarget").tryQuery().isPresent());
        interact(() -> lookup("#goalTarget").queryAs(TextField.class).setText("150"));
        clickOn("#goalSave");
        FxWait.until(() -> !lookup("#goalError").queryAs(Label.class).getText().isEmpty());
        assertThat(text("#goalError")).isEqualTo("Enter a share from 0 to 100 %.");
        interact(() -> lookup("#goalTarget").queryAs(TextField.class).setText("100"));
        clickOn("#goalSave");
        FxWait.until(() -> lookup("#goal-KEPT_IN_TOUCH").tryQuery().isPresent());
        assertThat(text("#goal-KEPT_IN_TOUCH")).startsWith("0 % of the way;");

        assertThat(lookup("#goalTarget").tryQuery()).isEmpty();
    }
}
