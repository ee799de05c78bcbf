package app.rapport.ui;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.app.RapportApp;
import app.rapport.app.Services;
import app.rapport.domain.ties.Relationship;
import app.rapport.persistence.DataFolder;
import app.rapport.testing.FxWait;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Review through the real window, keyboard only: mark, skip, tag, and come back to the same place. */
class ReviewWindowTest extends FxRobot {
    @TempDir
    Path dir;
    Path dbFile;
    Application app;

    @BeforeEach
    void start() throws Exception {
        System.setProperty(DataFolder.OVERRIDE_PROPERTY, dir.resolve("data").toString());
        dbFile = dir.resolve("rapport.db");
        try (Services s = Services.open(dbFile)) {
            // flagged, with addresses a card reaches: they need attention whatever today is, in name order
            for (String given : List.of("Anna", "Boris", "Clara", "Dora")) {
                long id = s.contactRepository().insert(person(given, "Keller")
                        .address("Hauptstr. 5", "10115", "Berlin", "DE").build());
                s.relationships().saveRelationship(Relationship.empty(id).withFlag(true, "Check the contract"));
            }
            s.contactRepository().insert(person("Emil", "Settled").address("Ring 1", "50667", "Köln", "DE").build());
        }
        launch();
    }

    private void launch() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(RapportApp.class, "--db", dbFile.toString());
        FxWait.until(() -> lookup("#table").queryAs(TableView.class).getItems().size() == 5);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        System.clearProperty(DataFolder.OVERRIDE_PROPERTY);
    }

    private String shown() {
        return lookup("#nameLabel").queryAs(Label.class).getText();
    }

    private String progress() {
        return lookup("#progressLabel").queryAs(Label.class).getText();
    }

    private void openReview(String expected) throws Exception {
        clickOn("#reviewArea");
        FxWait.until(() -> lookup("#nameLabel").tryQuery().isPresent() && lookup("#nameLabel").query().isVisible()
                && expected.equals(shown()));
    }

    @Test
    void reviewThreeContactsWithTheKeyboardAndResumeWhereIStopped() throws Exception {
        openReview("Anna Keller");
        assertThat(progress()).isEqualTo("1 of 4 \u00b7 1 reason");
        assertThat(lookup("#reasonsBox").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .extracting(n -> ((Label) n).getText()).containsExactly("Flagged: Check the contract");
        assertThat(lookup("#addressLabel").queryAs(Label.class).getText()).isEqualTo("Hauptstr. 5, 10115 Berlin, DE");

        push(KeyCode.ENTER);                    // Anna: reviewed
        FxWait.until(() -> shown().equals("Boris Keller"));
        assertThat(progress()).startsWith("2 of 4");
        push(KeyCode.S);                        // Boris: skipped
        FxWait.until(() -> shown().equals("Clara Keller"));
        push(KeyCode.T);                        // Clara: a tag, typed inline
        FxWait.until(() -> lookup("#tagField").queryAs(TextField.class).isFocused());
        assertThat(lookup("#tagField").queryAs(TextField.class).getText()).as("the T is a command, not text").isEmpty();
        write("partner");
        push(KeyCode.ENTER);
        FxWait.until(() -> lookup("#tagsLabel").queryAs(Label.class).getText().equals("partner"));
        assertThat(shown()).as("adding a tag stays on the contact").isEqualTo("Clara Keller");

        assertThat(reviewedOn()).containsExactly("Anna Keller " + LocalDate.now());
        assertThat(tagsOf("Clara Keller")).containsExactly("partner");

        // elsewhere the letters are not Review's: typing in Contacts' search moves nothing
        clickOn("#contactsArea");
        FxWait.until(() -> lookup("#searchField").queryAs(TextField.class).isFocused());
        write("rs");
        FxWait.until(() -> lookup("#searchField").queryAs(TextField.class).getText().equals("rs"));
        interact(() -> lookup("#searchField").queryAs(TextField.class).clear());
        assertThat(reviewedOn()).hasSize(1);

        openReview("Clara Keller");
        assertThat(progress()).startsWith("3 of 4");
        push(KeyCode.R);                        // Clara: reviewed
        FxWait.until(() -> shown().equals("Dora Keller"));
        push(KeyCode.LEFT);                     // and back to look again
        FxWait.until(() -> shown().equals("Clara Keller"));
        push(KeyCode.RIGHT);
        FxWait.until(() -> shown().equals("Dora Keller"));
        assertThat(reviewedOn()).containsExactly("Anna Keller " + LocalDate.now(), "Clara Keller " + LocalDate.now());

        // after a restart too
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        launch();
        openReview("Dora Keller");
        assertThat(progress()).startsWith("4 of 4");
        push(KeyCode.S);
        FxWait.until(() -> lookup("#endBox").query().isVisible());
        assertThat(lookup("#endText").queryAs(Label.class).getText()).contains("4 contacts", "2 marked reviewed today");
    }

    private List<String> reviewedOn() throws Exception {
        return strings("""
                SELECT c.display_name || ' ' || v.reviewed_on FROM contact_review v JOIN contact c ON c.id = v.contact_id
                ORDER BY c.display_name""");
    }

    private List<String> tagsOf(String name) throws Exception {
        return strings("SELECT t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id JOIN contact c ON c.id = ct.contact_id"
                + " WHERE c.display_name = '" + name + "'");
    }

    /** Reads through the running window's own connection: the file's lock keeps any other out. */
    private List<String> strings(String sql) {
        return ((app.rapport.app.RapportApp) app).services().database().jdbi()
                .withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
    }
}
