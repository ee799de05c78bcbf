package app.rapport.ui;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.ties.Relationship;
import app.rapport.testing.FxWait;
import app.rapport.testing.WindowScenario;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Review through the real window, keyboard only: mark, skip, tag, and come back to the same place. */
class ReviewWindowTest extends WindowScenario {
    @BeforeEach
    void start() throws Exception {
        open(s -> {
            // flagged, with addresses a card reaches: they need attention whatever today is, in name order
            for (String given : List.of("Anna", "Boris", "Clara", "Dora")) {
                long id = s.contactRepository().insert(person(given, "Keller")
                        .address("Hauptstr. 5", "10115", "Berlin", "DE").build());
                s.relationships().saveRelationship(Relationship.empty(id).withFlag(true, "Check the contract"));
            }
            s.contactRepository().insert(person("Emil", "Settled").address("Ring 1", "50667", "Köln", "DE").build());
        });
        waitForTable();
    }

    private void waitForTable() throws Exception {
        FxWait.until(() -> lookup("#table").queryAs(TableView.class).getItems().size() == 5);
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
        quitRapport();
        startRapport();
        goToContacts();
        waitForTable();
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
        return services().database().jdbi()
                .withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
    }
}
