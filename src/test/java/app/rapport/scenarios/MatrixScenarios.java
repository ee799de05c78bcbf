package app.rapport.scenarios;

import static app.rapport.testing.ContactBuilder.organisation;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.matrix.MatrixEntry;
import app.rapport.domain.matrix.Quadrant;
import app.rapport.testing.ContactsPage;
import app.rapport.testing.FxWait;
import app.rapport.testing.WindowScenario;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;

/**
 * README, The cooperation matrix: place an organisation by our willingness and theirs into its quadrant, note the
 * three questions, click its point to open the contact.
 */
class MatrixScenarios extends WindowScenario {

    @SuppressWarnings("unchecked")
    private ListView<MatrixEntry> list(Quadrant q) {
        return lookup("#matrixList-" + q.name()).queryAs(ListView.class);
    }

    private Node offered(String name) {
        Node picker = lookup("#matrixPicker").query();
        return lookup(n -> n instanceof javafx.scene.control.Labeled l && name.equals(l.getText())
                && n.getScene() != picker.getScene()).query();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anOrganisationPlacedHighOnBothSidesIsAHighPotentialInTheFileAndItsPointOpensIt() throws Exception {
        long[] isar = new long[1];
        open(s -> isar[0] = s.contactRepository().insert(organisation("Isar Software GmbH").build()));
        new ContactsPage(this).waitForRows(1);
        clickOn("#matrixArea");
        FxWait.until(() -> lookup("#matrixPicker").tryQuery().isPresent());

        clickOn("#matrixPicker").write("Isar");
        FxWait.until(() -> lookup(n -> n instanceof javafx.scene.control.Labeled l
                && "Isar Software GmbH".equals(l.getText()) && n.getScene() != lookup("#matrixPicker").query().getScene())
                .tryQuery().isPresent());
        clickOn(offered("Isar Software GmbH"));
        clickOn("#matrixAdd");
        FxWait.until(() -> lookup("#matrixEditing").queryAs(Label.class).getText().startsWith("Isar Software GmbH"));
        interact(() -> {
            lookup("#matrixOurs").queryAs(Spinner.class).getValueFactory().setValue(7);
            lookup("#matrixTheirs").queryAs(Spinner.class).getValueFactory().setValue(8);
        });
        // the editor is taller than a 720-pixel window: the user scrolls down to its last question and Save
        interact(() -> lookup(".matrix-editor-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1.0));
        clickOn("#matrixCredible").write("Yes: three projects together");
        clickOn("#matrixSave");

        FxWait.until(() -> list(Quadrant.HIGH_POTENTIALS).getItems().size() == 1
                && lookup("#matrixPoint-" + isar[0]).tryQuery().isPresent());
        assertThat(column("SELECT ours || ' ' || theirs || ' ' || credible FROM cooperation WHERE contact_id = ?", isar[0]))
                .containsExactly("7 8 Yes: three projects together");

        clickOn(lookup("#matrixPoint-" + isar[0]).queryAs(Node.class));
        FxWait.until(() -> lookup("#contactsArea").queryAs(ToggleButton.class).isSelected()
                && lookup("#orgNameField").tryQuery().isPresent()
                && "Isar Software GmbH".equals(lookup("#orgNameField").queryAs(TextField.class).getText()));
    }
}
