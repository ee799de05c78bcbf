package app.rapport.scenarios;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Relationship;
import app.rapport.testing.ContactsPage;
import app.rapport.testing.FxWait;
import app.rapport.testing.WindowScenario;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** README, Review and Keyboard: "in Review: … O … open in Contacts". */
class ReviewScenarios extends WindowScenario {

    @Test
    void oOpensTheReviewedContactInContactsAndTypesNothing() throws Exception {
        long[] boris = new long[1];
        open(s -> {
            long anna = s.contactRepository().insert(person("Anna", "Keller").build());
            s.relationships().saveRelationship(Relationship.empty(anna).withFlag(true, "Check the contract"));
            boris[0] = s.contactRepository().insert(person("Boris", "Keller").build());
            s.relationships().saveRelationship(Relationship.empty(boris[0]).withFlag(true, "Check the contract"));
        });
        ContactsPage contacts = new ContactsPage(this).waitForRows(2);
        clickOn("#reviewArea");
        FxWait.until(() -> lookup("#nameLabel").tryQuery().isPresent() && lookup("#nameLabel").query().isVisible()
                && "Anna Keller".equals(lookup("#nameLabel").queryAs(Label.class).getText()));
        push(KeyCode.S); // skip Anna
        FxWait.until(() -> "Boris Keller".equals(lookup("#nameLabel").queryAs(Label.class).getText()));

        type(KeyCode.O);
        FxWait.until(() -> lookup("#givenField").tryQuery().isPresent()
                && "Boris".equals(lookup("#givenField").queryAs(TextField.class).getText()));
        FxWait.until(() -> contacts.table().getSelectionModel().getSelectedItem() != null);
        assertThat(contacts.table().getSelectionModel().getSelectedItem().id()).isEqualTo(boris[0]);
        assertThat(lookup("#searchField").queryAs(TextField.class).getText()).as("nothing typed into the search")
                .isEmpty();
        assertThat(contacts.table().getItems()).hasSize(2);
    }
}
