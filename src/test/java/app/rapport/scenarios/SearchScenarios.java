package app.rapport.scenarios;

import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.testing.ContactsPage;
import app.rapport.testing.FxWait;
import app.rapport.testing.WindowScenario;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** README, Search as you type; Keyboard: Ctrl+F searches, Escape clears the search. */
class SearchScenarios extends WindowScenario {

    @Test
    void ctrlFThenTypingFindsByAnyPartWhateverTheCaseAccentsOrScriptAndEscapeClears() throws Exception {
        open(s -> {
            s.contactRepository().insert(person("Jürgen", "Müller").worksAt("Logistik Nord", "Disponent").build());
            s.contactRepository().insert(person("Пётр", "Ёлкин").phone("+7 495 123-45-67").build());
            s.contactRepository().insert(person("สมชาย", "ใจดี").email("somchai@example.co.th").build());
            s.contactRepository().insert(person("Anna", "Schmidt").tag("client")
                    .address("Hauptstr. 5", "10115", "Berlin", "DE").notes("loves sailing").build());
            s.contactRepository().insert(organisation("Acme GmbH").website("https://acme.example").build());
        });
        ContactsPage contacts = new ContactsPage(this).waitForRows(5);
        clickOn("#table");

        push(KeyCode.CONTROL, KeyCode.F);
        FxWait.until(() -> contacts.focused("searchField"));
        write("muller");
        contacts.waitForNames("Jürgen Müller");
        search(contacts, "елкин", "Пётр Ёлкин");
        search(contacts, "ใจดี", "สมชาย ใจดี");
        search(contacts, "LOGISTIK", "Jürgen Müller");   // organisation, any case
        search(contacts, "dispo", "Jürgen Müller");      // a title's prefix
        search(contacts, "123-45", "Пётр Ёлкин");        // a phone number
        search(contacts, "somchai@", "สมชาย ใจดี");       // an email
        search(contacts, "sailing", "Anna Schmidt");     // notes
        search(contacts, "berlin", "Anna Schmidt");      // an address
        search(contacts, "client", "Anna Schmidt");      // a tag
        search(contacts, "acme", "Acme GmbH");

        push(KeyCode.ESCAPE);
        FxWait.until(() -> contacts.search().getText().isEmpty() && contacts.names().size() == 5);
    }

    /** Ctrl+F selects what was typed, so the next word replaces it. */
    private void search(ContactsPage contacts, String text, String... expected) throws Exception {
        push(KeyCode.CONTROL, KeyCode.F);
        write(text);
        contacts.waitForNames(expected);
        assertThat(contacts.search().getText()).isEqualTo(text);
    }
}
