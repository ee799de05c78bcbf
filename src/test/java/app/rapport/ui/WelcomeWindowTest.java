package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.testing.FxWait;
import app.rapport.testing.WindowScenario;
import app.rapport.ui.contacts.ContactRow;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A new, empty database greets the user with a choice; the demo goes to its own file. */
class WelcomeWindowTest extends WindowScenario {
    Path data;
    Path own;

    @BeforeEach
    void start() throws Exception {
        prepareFolders();
        data = dir.resolve("data");
        own = data.resolve("rapport.db");
        startRapportWithoutFile();
        FxWait.until(() -> lookup("#demoButton").tryQuery().isPresent());
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
        // the demo has contacts: the window opens on Today, as with the user's own file
        FxWait.until(() -> lookup("#todayArea").tryQuery().map(n -> ((javafx.scene.control.ToggleButton) n).isSelected())
                .orElse(false) && lookup("#todayDigest").tryQuery().isPresent());
        goToContacts();
        FxWait.until(() -> lookup("#table").tryQuery().isPresent() && rowCount() > 400);
        assertThat(data.resolve("demo.db")).exists();
        assertThat(lookup("#demoLabel").queryAs(Label.class).isVisible()).isTrue();
        TableView<?> table = lookup("#table").queryAs(TableView.class);
        FxWait.until(() -> ((ContactRow) table.getItems().get(0)).loaded());

        clickOn("#leaveDemo");
        FxWait.until(() -> lookup("#emptyButton").tryQuery().isPresent());
        var services = services();
        assertThat(services.file()).isEqualTo(own.toAbsolutePath());
        // read through the window's own connection: the file's lock keeps any other out
        int contacts = services.database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM contact")
                .mapTo(Integer.class).one());
        assertThat(contacts).isZero();
    }
}
