package app.rapport.scenarios;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.ties.Relationship;
import app.rapport.testing.ContactsPage;
import app.rapport.testing.FxWait;
import app.rapport.testing.ReviewPage;
import app.rapport.testing.WindowScenario;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** README, Review and Keyboard: "in Review: L, C, T, A … / Enter or R / S or → / ← / N", keyboard only. */
class ReviewKeysScenarios extends WindowScenario {
    private final ReviewPage review = new ReviewPage(this);

    private void fourFlagged() throws Exception {
        open(s -> {
            for (String given : List.of("Anna", "Boris", "Clara", "Dora")) {
                long id = s.contactRepository().insert(person(given, "Keller")
                        .address("Hauptstr. 5", "10115", "Berlin", "DE").build());
                s.relationships().saveRelationship(Relationship.empty(id).withFlag(true, "Check the contract"));
            }
        });
        new ContactsPage(this).waitForRows(4);
    }

    private long id(String given) throws Exception {
        return ids("SELECT id FROM contact WHERE given_name = ?", given).get(0);
    }

    @Test
    void lLogsCThenThreeSetsTheCadenceTThenEnterTagsAndAArchives() throws Exception {
        fourFlagged();
        review.open("Anna Keller");

        push(KeyCode.L);
        FxWait.until(() -> lookup("#logNote").tryQuery().isPresent()
                && lookup("#logNote").queryAs(TextField.class).isFocused());
        assertThat(lookup("#logNote").queryAs(TextField.class).getText()).as("the L is a command, not text").isEmpty();
        typeInto("#logNote", "talked about the contract");
        clickOn("#logSave");
        FxWait.until(() -> lookup("#logNote").tryQuery().isEmpty());
        assertThat(column("SELECT i.type || ' ' || i.note FROM interaction i JOIN interaction_contact ic"
                + " ON ic.interaction_id = i.id WHERE ic.contact_id = ?", id("Anna")))
                .containsExactly("CALL talked about the contract");

        push(KeyCode.C);
        FxWait.until(() -> lookup("#cadenceBox").query().isVisible());
        push(KeyCode.DIGIT3); // the third choice: every three months
        FxWait.until(() -> !column("SELECT cadence_unit FROM relationship WHERE contact_id = ? AND cadence_unit"
                + " IS NOT NULL", id("Anna")).isEmpty());
        assertThat(column("SELECT cadence_days || ' ' || cadence_unit FROM relationship WHERE contact_id = ?",
                id("Anna"))).containsExactly("90 MONTHS"); // kept in days, shown in months
        FxWait.until(() -> lookup("#cadenceLabel").queryAs(Label.class).getText().contains("3"));

        push(KeyCode.T);
        FxWait.until(() -> lookup("#tagField").queryAs(TextField.class).isFocused());
        write("renewal");
        push(KeyCode.ENTER);
        FxWait.until(() -> lookup("#tagsLabel").queryAs(Label.class).getText().equals("renewal"));
        assertThat(column("SELECT t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = ?",
                id("Anna"))).containsExactly("renewal");

        push(KeyCode.A);
        review.waitFor("Boris Keller");
        assertThat(column("SELECT archived FROM contact WHERE id = ?", id("Anna"))).containsExactly(1);
    }

    @Test
    void enterAndRMarkReviewedSAndRightSkipLeftGoesBackAndNStartsANewRound() throws Exception {
        fourFlagged();
        review.open("Anna Keller");
        push(KeyCode.ENTER);
        review.waitFor("Boris Keller");
        push(KeyCode.S);
        review.waitFor("Clara Keller");
        push(KeyCode.LEFT);
        review.waitFor("Boris Keller");
        push(KeyCode.RIGHT);
        review.waitFor("Clara Keller");
        push(KeyCode.R);
        review.waitFor("Dora Keller");
        push(KeyCode.RIGHT);
        FxWait.until(review::atEnd);
        assertThat(column("SELECT c.given_name || ' ' || v.reviewed_on FROM contact_review v JOIN contact c"
                + " ON c.id = v.contact_id ORDER BY c.given_name"))
                .containsExactly("Anna " + LocalDate.now(), "Clara " + LocalDate.now());

        push(KeyCode.N);
        FxWait.until(() -> !review.atEnd() && !review.shown().isEmpty());
        // a new round: the two skipped come again, the two reviewed today do not
        assertThat(review.shown()).isEqualTo("Boris Keller");
        assertThat(review.progress()).startsWith("1 of 2");
    }
}
