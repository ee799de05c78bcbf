package app.rapport.ui;

import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.matrix.Cooperation;
import app.rapport.domain.matrix.MatrixEntry;
import app.rapport.domain.matrix.Quadrant;
import app.rapport.testing.ContactsPage;
import app.rapport.testing.FxWait;
import app.rapport.testing.WindowScenario;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Matrix area through the real window: a point opens its contact; a contact is added and assessed. */
class MatrixWindowTest extends WindowScenario {
    long acme;
    long zenith;
    long anna;

    @BeforeEach
    void start() throws Exception {
        open(s -> {
            acme = s.contactRepository().insert(organisation("Acme GmbH").build());
            zenith = s.contactRepository().insert(organisation("Zenith AG").build());
            anna = s.contactRepository().insert(person("Anna", "Schmidt").build());
            s.cooperation().save(new Cooperation(acme, 8, 2, "", "Our trade-fair contacts", ""));
            s.cooperation().save(new Cooperation(zenith, 9, 9, "", "", ""));
        });
        new ContactsPage(this).waitForRows(3);
        clickOn("#matrixArea");
        FxWait.until(() -> lookup("#matrixPoint-" + acme).tryQuery().isPresent()
                && lookup("#matrixPoint-" + zenith).tryQuery().isPresent());
    }

    @SuppressWarnings("unchecked")
    private ListView<MatrixEntry> list(Quadrant q) {
        return lookup("#matrixList-" + q.name()).queryAs(ListView.class);
    }

    @Test
    void clickingAPointOpensThatContact() throws Exception {
        assertThat(list(Quadrant.CANDIDATES).getItems()).extracting(MatrixEntry::name).containsExactly("Acme GmbH");
        assertThat(list(Quadrant.HIGH_POTENTIALS).getItems()).extracting(MatrixEntry::name).containsExactly("Zenith AG");

        clickOn(lookup("#matrixPoint-" + acme).queryAs(Node.class));

        FxWait.until(() -> lookup("#contactsArea").queryAs(ToggleButton.class).isSelected()
                && lookup("#orgNameField").tryQuery().isPresent()
                && "Acme GmbH".equals(lookup("#orgNameField").queryAs(TextField.class).getText()));
        assertThat(lookup("#heading").queryAs(Label.class).getText()).contains("Acme GmbH");
        assertThat(lookup("#matrixChart").tryQuery()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void addAPersonAssessThemAndSeeThemInTheirQuadrant() throws Exception {
        clickOn("#matrixPicker").write("Anna");
        FxWait.until(() -> lookup(n -> n instanceof javafx.scene.control.Labeled l && "Anna Schmidt".equals(l.getText())
                && n.getScene() != lookup("#matrixPicker").queryAs(Node.class).getScene()).tryQuery().isPresent());
        clickOn(lookup(n -> n instanceof javafx.scene.control.Labeled l && "Anna Schmidt".equals(l.getText())
                && n.getScene() != lookup("#matrixPicker").queryAs(Node.class).getScene()).queryAs(Node.class));
        clickOn("#matrixAdd");
        FxWait.until(() -> lookup("#matrixEditing").queryAs(Label.class).getText()
                .equals("Anna Schmidt (not on the matrix yet)"));

        interact(() -> {
            lookup("#matrixOurs").queryAs(Spinner.class).getValueFactory().setValue(2);
            lookup("#matrixTheirs").queryAs(Spinner.class).getValueFactory().setValue(9);
        });
        assertThat(lookup("#matrixQuadrant").queryAs(Label.class).getText()).startsWith("Developers: ");
        clickOn("#matrixMutual").write("They ask; we have not answered yet.");
        clickOn("#matrixSave");

        FxWait.until(() -> list(Quadrant.DEVELOPERS).getItems().size() == 1
                && lookup("#matrixPoint-" + anna).tryQuery().isPresent());
        assertThat(lookup("#matrixEditing").queryAs(Label.class).getText()).isEqualTo("Anna Schmidt");
        assertThat(lookup("#matrixMutual").queryAs(TextArea.class).getText())
                .isEqualTo("They ask; we have not answered yet.");
        // the list is reloaded from the database after the save
        assertThat(list(Quadrant.DEVELOPERS).getItems().get(0))
                .isEqualTo(new MatrixEntry(anna, ContactKind.PERSON, "Anna Schmidt", 2, 9, false));

        // choosing a contact in a list brings its assessment into the editor
        interact(() -> list(Quadrant.CANDIDATES).getSelectionModel().select(0));
        FxWait.until(() -> lookup("#matrixEditing").queryAs(Label.class).getText().equals("Acme GmbH"));
        assertThat(lookup("#matrixAssets").queryAs(TextArea.class).getText()).isEqualTo("Our trade-fair contacts");
        assertThat(lookup("#matrixOurs").queryAs(Spinner.class).getValue()).isEqualTo(8);
    }
}
