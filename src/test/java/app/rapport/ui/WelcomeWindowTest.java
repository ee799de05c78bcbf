package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.app.RapportApp;
import app.rapport.persistence.DataFolder;
import app.rapport.testing.FxWait;
import app.rapport.ui.contacts.ContactRow;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A new, empty database greets the user with a choice; the demo goes to its own file. */
class WelcomeWindowTest extends FxRobot {
    @TempDir
    Path dir;
    Path data;
    Path own;
    Application app;

    @BeforeEach
    void start() throws Exception {
        data = dir.resolve("data");
        System.setProperty(DataFolder.OVERRIDE_PROPERTY, data.toString());
        own = data.resolve("rapport.db");
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(RapportApp.class);
        FxWait.until(() -> lookup("#demoButton").tryQuery().isPresent());
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        System.clearProperty(DataFolder.OVERRIDE_PROPERTY);
    }


    private int rowCount() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> lookup("#table").queryAs(TableView.class).getItems().size()).get();
    }

    @Test
    void firstStartCreatesThePrivateDatabaseInTheDataFolder() {
        assertThat(own).exists();
        assertThat(lookup("#body").queryAs(Label.class).getText()).contains(own.toString());
    }

    @Test
    void startingEmptyShowsAnEmptyContactsList() throws Exception {
        clickOn("#emptyButton");
        FxWait.until(() -> lookup("#table").tryQuery().isPresent());
        assertThat(rowCount()).isZero();
        assertThat(lookup("#resultCount").queryAs(Label.class).getText()).isEqualTo("No contacts");
    }

    @Test
    void theDemoNetworkOpensFromItsOwnFile() throws Exception {
        clickOn("#demoButton");
        FxWait.until(() -> lookup("#table").tryQuery().isPresent() && rowCount() > 400);
        assertThat(data.resolve("demo.db")).exists();
        assertThat(lookup("#demoLabel").queryAs(Label.class).isVisible()).isTrue();
        TableView<?> table = lookup("#table").queryAs(TableView.class);
        FxWait.until(() -> ((ContactRow) table.getItems().get(0)).loaded());

        clickOn("#leaveDemo");
        FxWait.until(() -> lookup("#emptyButton").tryQuery().isPresent());
        var services = ((RapportApp) app).services();
        assertThat(services.file()).isEqualTo(own.toAbsolutePath());
        // read through the window's own connection: the file's lock keeps any other out
        int contacts = services.database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM contact")
                .mapTo(Integer.class).one());
        assertThat(contacts).isZero();
    }
}
