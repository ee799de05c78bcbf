package app.rapport.scenarios;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.app.LanguagePreference;
import app.rapport.testing.ContactsPage;
import app.rapport.testing.FxWait;
import app.rapport.testing.WindowScenario;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** README, In your language: "chosen with Language… in the sidebar (the window is rebuilt; your data and unsaved edits are not lost)": an unsaved edit is asked about first. */
class LanguageScenarios extends WindowScenario {
    private final Locale original = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(original);
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingGermanRebuildsTheWindowAndKeepsAnUnsavedEdit() throws Exception {
        long[] anna = new long[1];
        open(s -> anna[0] = s.contactRepository().insert(person("Anna", "Schmidt").build()));
        ContactsPage contacts = new ContactsPage(this).waitForRows(1);
        contacts.clickRow(anna[0]);
        contacts.waitForForm();
        FxWait.until(() -> "Schmidt".equals(contacts.field("familyField").getText()));
        contacts.retype("familyField", "Schmidt-Lang");

        chooseGerman();
        // the window asks about the unsaved edit first: Cancel keeps the language and the edit
        answer("Cancel");
        FxWait.until(() -> lookup("#languageChoice").tryQuery().isEmpty());
        assertThat(lookup("#contactsArea").queryAs(Labeled.class).getText()).isEqualTo("Contacts");
        assertThat(contacts.field("familyField").getText()).isEqualTo("Schmidt-Lang");
        assertThat(column("SELECT family_name FROM contact WHERE id = ?", anna[0])).containsExactly("Schmidt");

        chooseGerman();
        answer("Save");
        FxWait.until(() -> "Kontakte".equals(lookup("#contactsArea").queryAs(Labeled.class).getText()));
        new ContactsPage(this).waitForNames("Anna Schmidt-Lang");
        assertThat(column("SELECT family_name FROM contact WHERE id = ?", anna[0])).containsExactly("Schmidt-Lang");
    }

    @SuppressWarnings("unchecked")
    private void chooseGerman() throws Exception {
        clickOn("#languageAction");
        FxWait.until(() -> lookup("#languageChoice").tryQuery().isPresent());
        interact(() -> lookup("#languageChoice").queryAs(ComboBox.class)
                .setValue(LanguagePreference.nameOf(Locale.GERMAN)));
        Button ok = (Button) ((DialogPane) lookup("#languageChoice").queryAs(ComboBox.class).getScene().getRoot())
                .lookupButton(ButtonType.OK);
        clickOn(ok);
    }

    /** Clicks a button of the question (not the form's own Save behind it). */
    private void answer(String button) throws Exception {
        javafx.scene.Scene window = lookup("#table").query().getScene();
        FxWait.until(() -> lookup((Button b) -> button.equals(b.getText()) && b.getScene() != window).tryQuery()
                .isPresent());
        clickOn(lookup((Button b) -> button.equals(b.getText()) && b.getScene() != window).queryButton());
    }
}
