package app.rapport.scenarios;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.io.sync.AddressBook;
import app.rapport.io.sync.Card;
import app.rapport.io.sync.CardDavAccount;
import app.rapport.io.sync.CardDavClient;
import app.rapport.io.sync.CardRef;
import app.rapport.testing.FxWait;
import app.rapport.testing.MemoryTempDir;
import app.rapport.testing.RadicaleServer;
import app.rapport.testing.WindowScenario;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Sync dialog against a real Radicale: preview, then sync, and the cards are on the server. */
class SyncScenarios extends WindowScenario {
    /** Radicale's second user, whose password the keyboard types as it is (ASCII). */
    private static final String USER = "boris";
    private static final String PASSWORD = "other";

    @TempDir(factory = MemoryTempDir.class)
    static Path serverDir;
    static RadicaleServer radicale;

    @BeforeAll
    static void startRadicale() throws Exception {
        radicale = RadicaleServer.start(serverDir.resolve("radicale"));
    }

    @AfterAll
    static void stopRadicale() {
        if (radicale != null) {
            radicale.close();
        }
    }

    @Test
    void previewSaysWhatWouldGoToTheServerAndSyncPutsItThere() throws Exception {
        CardDavClient client = new CardDavClient(CardDavAccount.of(radicale.url(), USER, PASSWORD));
        AddressBook book = client.createAddressBook(radicale.url().resolve("/" + USER + "/"), "friends", "Friends");
        open(s -> {
            s.contactRepository().insert(person("Anna", "Schmidt").build());
            s.contactRepository().insert(person("Somchai", "Jaidee").build());
        });
        clickOn("#syncAction");
        typeInto("#server", radicale.url().toString());
        typeInto("#user", USER);
        typeInto("#password", PASSWORD);
        typeInto("#book", "friends");
        clickOn("#preview");
        FxWait.until(() -> lookup("#summary").queryAs(Label.class).getText().contains("add 2 on the server"));
        assertThat(lookup("#summary").queryAs(Label.class).getText())
                .isEqualTo("Would add 0 here, change 0 here, add 2 on the server, change 0 on the server.");
        assertThat(client.fullListing(book.href()).changed()).as("a preview writes nothing").isEmpty();

        clickOn("#sync");
        waitForText("#summary", "Synced: added 0 here, changed 0 here, added 2 on the server, changed 0 on the server, "
                + "deleted 0 here, deleted 0 on the server.");
        List<String> hrefs = client.fullListing(book.href()).changed().stream().map(CardRef::href).toList();
        assertThat(client.read(book.href(), hrefs)).extracting(Card::vcard)
                .anySatisfy(v -> assertThat(v).contains("FN:Anna Schmidt"))
                .anySatisfy(v -> assertThat(v).contains("FN:Somchai Jaidee"));
        assertThat(column("SELECT count(*) FROM sync_card")).containsExactly(2);
        // the result's two lines pushed Close below the dialog's edge before the dialog was fitted to them again
        javafx.scene.control.Button close = lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Button b
                && "Close".equals(b.getText())).queryButton();
        FxWait.until(() -> {
            javafx.geometry.Bounds b = close.localToScreen(close.getBoundsInLocal());
            javafx.stage.Window w = close.getScene().getWindow();
            return b != null && b.getMaxY() <= w.getY() + w.getHeight();
        });
    }

    @Test
    void aWrongPasswordIsSaidInTheUsersWords() throws Exception {
        open(s -> s.contactRepository().insert(person("Anna", "Schmidt").build()));
        clickOn("#syncAction");
        typeInto("#server", radicale.url().toString());
        typeInto("#user", USER);
        typeInto("#password", "not-it");
        typeInto("#book", "friends");
        clickOn("#preview");
        waitForText("#error", "The server refused the user name or password. Nothing was changed.");
        assertThat(lookup("#sync").queryButton().isDisabled()).isTrue();
    }
}
