package app.rapport.ui;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.app.RapportApp;
import app.rapport.app.Services;
import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.ties.Relationship;
import app.rapport.persistence.DataFolder;
import app.rapport.testing.FxWait;
import app.rapport.ui.contacts.ContactRow;
import java.nio.file.Path;
import java.time.LocalDateTime;
import javafx.application.Application;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The Dashboard through the real window: the indicators shown, a goal set and its progress. */
class DashboardWindowTest extends FxRobot {
    @TempDir
    Path dir;
    Application app;
    Path dbFile;

    @BeforeEach
    void start() throws Exception {
        System.setProperty(DataFolder.OVERRIDE_PROPERTY, dir.resolve("data").toString());
        dbFile = dir.resolve("rapport.db");
        try (Services s = Services.open(dbFile)) {
            long anna = s.contactRepository().insert(person("Anna", "Schmidt").build());
            long boris = s.contactRepository().insert(person("Boris", "Ivanov").build());
            s.relationships().saveRelationship(Relationship.empty(anna).withCadence(Cadence.months(1)));
            s.relationships().saveRelationship(Relationship.empty(boris).withCadence(Cadence.months(1)));
            s.interactions().log(Interaction.with(InteractionType.CALL, LocalDateTime.now().minusDays(3),
                    Direction.MUTUAL, "", anna));
            s.interactions().log(Interaction.with(InteractionType.CALL, LocalDateTime.now().minusMonths(4),
                    Direction.MUTUAL, "", boris));
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(RapportApp.class, "--db", dbFile.toString());
        FxWait.until(() -> lookup("#table").queryAs(TableView.class).getItems().size() == 2
                && ((ContactRow) lookup("#table").queryAs(TableView.class).getItems().get(0)).loaded());
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        System.clearProperty(DataFolder.OVERRIDE_PROPERTY);
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
