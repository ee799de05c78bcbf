package app.rapport.scenarios;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.testing.ContactsPage;
import app.rapport.testing.FxWait;
import app.rapport.testing.WindowScenario;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * README, Contacts and Keyboard: Ctrl+N / Ctrl+Shift+N, Ctrl+S, Delete, Ctrl+Z, Escape, Enter in the list —
 * each done with the keys a user presses, checked on screen and in the file.
 */
class ContactScenarios extends WindowScenario {

    @Test
    @SuppressWarnings("unchecked")
    void ctrlNTypesAPersonWithEverythingAndCtrlShiftNAnOrganisationAndCtrlSSavesThem() throws Exception {
        open(s -> s.contactRepository().insert(person("Jürgen", "Müller").build()));
        ContactsPage contacts = new ContactsPage(this).waitForRows(1);

        push(KeyCode.CONTROL, KeyCode.N);
        FxWait.until(() -> contacts.focused("givenField"));
        write("Anna");
        clickOn("#familyField").write("Schröder");
        contacts.clickInForm("addEmail");
        write("anna@kanzlei.example");
        contacts.clickInForm("addPhone");
        write("+49 30 1234567");
        contacts.clickInForm("birthdayDay");
        write("24");
        interact(() -> lookup("#birthdayMonth").queryAs(ComboBox.class).setValue(12)); // no year: it is unknown
        contacts.clickInForm("tagsField");
        write("client, berlin");
        contacts.clickInForm("notesArea");
        write("Met at the tax fair");
        push(KeyCode.CONTROL, KeyCode.S);
        contacts.waitForNames("Jürgen Müller", "Anna Schröder");

        assertThat(column("SELECT kind || '|' || display_name || '|' || birthday_day || '.' || birthday_month || '.'"
                + " || coalesce(birthday_year, '?') || '|' || notes || '|' || primary_email || '|' || primary_phone"
                + " FROM contact WHERE given_name = 'Anna'"))
                .containsExactly("PERSON|Anna Schröder|24.12.?|Met at the tax fair|anna@kanzlei.example|+49 30 1234567");
        assertThat(column("SELECT t.name FROM tag t JOIN contact_tag ct ON ct.tag_id = t.id ORDER BY t.name"))
                .containsExactly("berlin", "client");

        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        FxWait.until(() -> contacts.focused("orgNameField"));
        write("Kanzlei Schröder GmbH");
        push(KeyCode.CONTROL, KeyCode.S);
        FxWait.until(() -> contacts.names().contains("Kanzlei Schröder GmbH"));
        assertThat(column("SELECT kind FROM contact WHERE display_name = 'Kanzlei Schröder GmbH'"))
                .containsExactly("ORGANISATION");
    }

    @Test
    void archivingHidesAContactFromTheListAndTheFileKeepsIt() throws Exception {
        long[] anna = new long[1];
        open(s -> {
            anna[0] = s.contactRepository().insert(person("Anna", "Schmidt").build());
            s.contactRepository().insert(person("Boris", "Ivanov").build());
        });
        ContactsPage contacts = new ContactsPage(this).waitForRows(2);
        contacts.clickRow(anna[0]);
        contacts.waitForForm();
        contacts.clickInForm("archivedBox");
        push(KeyCode.CONTROL, KeyCode.S);
        contacts.waitForNames("Boris Ivanov");
        assertThat(column("SELECT archived FROM contact WHERE id = ?", anna[0])).containsExactly(1);
    }

    @Test
    void deleteMovesTheSelectedContactToTheTrashAndCtrlZBringsItBack() throws Exception {
        long[] anna = new long[1];
        open(s -> {
            anna[0] = s.contactRepository().insert(person("Anna", "Schmidt").build());
            s.contactRepository().insert(person("Boris", "Ivanov").build());
        });
        ContactsPage contacts = new ContactsPage(this).waitForRows(2);
        contacts.clickRow(anna[0]);
        contacts.waitForForm();
        clickOn("#table");
        contacts.select(anna[0]);
        push(KeyCode.DELETE);
        contacts.waitForNames("Boris Ivanov");
        assertThat(column("SELECT deleted_at IS NOT NULL FROM contact WHERE id = ?", anna[0])).containsExactly(1);

        push(KeyCode.CONTROL, KeyCode.Z);
        FxWait.until(() -> contacts.names().size() == 2 && contacts.names().contains("Anna Schmidt"));
        assertThat(column("SELECT deleted_at IS NULL FROM contact WHERE id = ?", anna[0])).containsExactly(1);
    }

    @Test
    void escapeRevertsUnsavedEditsThenAbandonsANewContact() throws Exception {
        long[] anna = new long[1];
        open(s -> anna[0] = s.contactRepository().insert(person("Anna", "Schmidt").build()));
        ContactsPage contacts = new ContactsPage(this).waitForRows(1);
        contacts.clickRow(anna[0]);
        contacts.waitForForm();
        FxWait.until(() -> "Schmidt".equals(contacts.field("familyField").getText()));

        contacts.retype("familyField", "Schmitt-Lang");
        push(KeyCode.ESCAPE);
        FxWait.until(() -> "Schmidt".equals(contacts.field("familyField").getText()));
        assertThat(column("SELECT display_name FROM contact")).containsExactly("Anna Schmidt");

        push(KeyCode.CONTROL, KeyCode.N);
        FxWait.until(() -> contacts.focused("givenField"));
        write("Zed");
        push(KeyCode.ESCAPE); // the new person's edit is reverted first
        push(KeyCode.ESCAPE); // then the new contact is abandoned
        FxWait.until(() -> contacts.focused("table"));
        assertThat(contacts.names()).containsExactly("Anna Schmidt");
        assertThat(column("SELECT count(*) FROM contact")).containsExactly(1);
    }

    @Test
    void enterInTheListGoesToTheContactsForm() throws Exception {
        long[] boris = new long[1];
        open(s -> {
            s.contactRepository().insert(person("Anna", "Schmidt").build());
            boris[0] = s.contactRepository().insert(person("Boris", "Ivanov").build());
        });
        ContactsPage contacts = new ContactsPage(this).waitForRows(2);
        clickOn("#table");
        contacts.select(boris[0]);
        contacts.waitForForm();
        interact(() -> contacts.table().requestFocus());
        push(KeyCode.ENTER);
        FxWait.until(() -> contacts.focused("givenField"));
        assertThat(contacts.field("givenField").getText()).isEqualTo("Boris");
        assertThat(List.of(contacts.table().getSelectionModel().getSelectedItem().id())).containsExactly(boris[0]);
    }
}
