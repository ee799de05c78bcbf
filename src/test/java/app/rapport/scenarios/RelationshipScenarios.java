package app.rapport.scenarios;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.testing.ContactsPage;
import app.rapport.testing.FxWait;
import app.rapport.testing.WindowScenario;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * README: "Your relationship to each contact: strength, a keep-in-touch cadence…" and "nothing you typed
 * is thrown away": the Relationship tab is part of the contact's unsaved changes.
 */
class RelationshipScenarios extends WindowScenario {
    private ContactsPage contacts;
    private long anna;
    private long boris;

    @BeforeEach
    void openTwoContacts() throws Exception {
        open(s -> {
            anna = s.contactRepository().insert(person("Anna", "Schmidt").build());
            boris = s.contactRepository().insert(person("Boris", "Ivanov").build());
        });
        contacts = new ContactsPage(this).waitForRows(2);
    }

    private void show(long id) throws Exception {
        contacts.clickRow(id);
        FxWait.until(() -> lookup("#detailTabs").tryQuery().isPresent()
                && !lookup("#relationshipTab").queryAs(Node.class).isDisable());
        contacts.selectTab("relationshipTab");
        FxWait.until(() -> lookup("#relStrength").tryQuery().isPresent()
                && lookup("#relStrength").queryAs(Node.class).isVisible());
    }

    @SuppressWarnings("unchecked")
    private int shownStrength() {
        return (Integer) lookup("#relStrength").queryAs(Spinner.class).getValue();
    }

    private String shownCadence() {
        return lookup("#relCadence").queryAs(TextField.class).getText();
    }

    /** Strength 3 → 5 with two clicks on the arrow, and "every 6 weeks" typed. */
    private void changeStrengthAndCadence() {
        Node up = from(lookup("#relStrength").queryAs(Node.class)).lookup(".increment-arrow-button").query();
        clickOn(up);
        clickOn(up);
        clickOn("#relCadence").write("6");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks a button of the unsaved-changes dialog. */
    private void answer(String button) {
        Node pane = lookup(".dialog-pane").query();
        clickOn(from(pane).lookup((javafx.scene.control.Button b) -> button.equals(b.getText())).queryButton());
    }

    private List<Object> stored(long id) throws Exception {
        return List.of(column("SELECT strength FROM relationship WHERE contact_id = ?", id),
                column("SELECT cadence_unit FROM relationship WHERE contact_id = ?", id));
    }

    @Test
    void ctrlSSavesTheRelationshipTabAndItIsThereOnComingBack() throws Exception {
        show(anna);
        changeStrengthAndCadence();
        assertThat(shownStrength()).isEqualTo(5);
        push(KeyCode.CONTROL, KeyCode.S);
        FxWait.until(() -> stored(anna).equals(List.of(List.of(5), List.of("WEEKS"))));

        show(boris);
        assertThat(lookup(".dialog-pane").tryQuery()).as("nothing unsaved, nothing asked").isEmpty();
        FxWait.until(() -> shownStrength() == 3 && shownCadence().isEmpty());
        show(anna);
        FxWait.until(() -> shownStrength() == 5 && shownCadence().equals("6"));
        assertThat(column("SELECT cadence_days FROM relationship WHERE contact_id = ?", anna)).containsExactly(42);
    }

    @Test
    void leavingWithRelationshipChangesAsksAndDontSaveDiscardsThem() throws Exception {
        show(anna);
        changeStrengthAndCadence();
        contacts.clickRow(boris);
        FxWait.until(() -> lookup(".dialog-pane").tryQuery().isPresent());
        answer("Don't save");
        FxWait.until(() -> lookup(".dialog-pane").tryQuery().isEmpty());
        assertThat(stored(anna)).isEqualTo(List.of(List.of(), List.of()));

        show(anna);
        FxWait.until(() -> shownStrength() == 3 && shownCadence().isEmpty());
        assertThat(lookup(".dialog-pane").tryQuery()).isEmpty();
    }

    @Test
    void leavingWithRelationshipChangesAsksAndSaveKeepsThem() throws Exception {
        show(anna);
        changeStrengthAndCadence();
        contacts.clickRow(boris);
        FxWait.until(() -> lookup(".dialog-pane").tryQuery().isPresent());
        answer("Save");
        FxWait.until(() -> stored(anna).equals(List.of(List.of(5), List.of("WEEKS"))));
        FxWait.until(() -> lookup(".dialog-pane").tryQuery().isEmpty());
        assertThat(lookup("#givenField").queryAs(TextField.class).getText()).as("the contact chosen is shown")
                .isEqualTo("Boris");
        FxWait.until(() -> contacts.table().getSelectionModel().getSelectedItem() != null);
        assertThat(contacts.table().getSelectionModel().getSelectedItem().id()).as("and selected in the list")
                .isEqualTo(boris);

        show(anna);
        FxWait.until(() -> shownStrength() == 5 && shownCadence().equals("6"));
    }
}
