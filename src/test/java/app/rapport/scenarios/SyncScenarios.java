package app.rapport.scenarios;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.Contact;
import app.rapport.io.sync.AddressBook;
import app.rapport.io.sync.Card;
import app.rapport.io.sync.CardDavAccount;
import app.rapport.io.sync.CardDavClient;
import app.rapport.io.sync.CardRef;
import app.rapport.service.sync.SyncReport;
import app.rapport.testing.ContactsPage;
import app.rapport.testing.FxWait;
import app.rapport.testing.RadicaleExtension;
import app.rapport.testing.RadicaleServer;
import app.rapport.testing.WindowScenario;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Sync dialog against a real Radicale: preview, then sync, and the cards are on the server. */
class SyncScenarios extends WindowScenario {
    /** Radicale's second user, whose password the keyboard types as it is (ASCII). */
    private static final String USER = "boris";
    private static final String PASSWORD = "other";

    @RegisterExtension
    static final RadicaleExtension radicale = new RadicaleExtension();

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
        // the address book picked from those the server names
        clickOn("#findBooks");
        FxWait.until(() -> lookup(".menu-item").match((javafx.scene.Node n) -> n.lookup(".label") != null
                && "Friends".equals(((Label) n.lookup(".label")).getText())).tryQuery().isPresent());
        clickOn("Friends");
        FxWait.until(() -> "Friends".equals(lookup("#book").queryTextInputControl().getText()));
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

    /** The tag Phone in the open list of tags that go out. */
    private java.util.Optional<javafx.scene.control.ListCell<?>> phoneCell() {
        return lookup(".list-cell").match((javafx.scene.control.ListCell<?> c) -> "Phone".equals(c.getText())
                && c.lookup(".check-box") != null).tryQueryAs(javafx.scene.control.ListCell.class)
                .map(c -> (javafx.scene.control.ListCell<?>) c);
    }

    private void closeDialog() {
        clickOn(lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Button b
                && "Close".equals(b.getText())).queryButton());
    }

    @Test
    void theDialogRemembersTheAccountItsChoicesAndThePasswordKeptAndListsTheLastSyncs() throws Exception {
        CardDavClient client = new CardDavClient(CardDavAccount.of(radicale.url(), USER, PASSWORD));
        AddressBook book = client.createAddressBook(radicale.url().resolve("/" + USER + "/"), "phone", "Phone book");
        open(s -> {
            s.contactRepository().insert(person("Anna", "Schmidt").tag("Phone").build());
            s.contactRepository().insert(person("Somchai", "Jaidee").tag("Work").build());
        });
        clickOn("#syncAction");
        FxWait.until(() -> lookup("#log").queryAs(Label.class).getText().equals("No sync yet."));
        typeInto("#server", radicale.url().toString());
        typeInto("#user", USER);
        typeInto("#password", PASSWORD);
        typeInto("#book", "phone");
        clickOn("#keepPassword");
        // only the contacts tagged Phone go out
        clickOn("#outTags");
        FxWait.until(() -> phoneCell().isPresent());
        clickOn(phoneCell().orElseThrow().lookup(".check-box"));
        type(javafx.scene.input.KeyCode.ESCAPE);
        app.rapport.testing.Popups.choose(this, "autoMinutes", "Every 30 minutes");
        clickOn("#preview");
        // a second line says where the password is kept when no keyring answers (as on a build machine)
        FxWait.until(() -> lookup("#summary").queryAs(Label.class).getText()
                .startsWith("Would add 0 here, change 0 here, add 1 on the server, change 0 on the server."));
        clickOn("#sync");
        waitForText("#summary", "Synced: added 0 here, changed 0 here, added 1 on the server, changed 0 on the server, "
                + "deleted 0 here, deleted 0 on the server.");
        FxWait.until(() -> lookup("#log").queryAs(Label.class).getText()
                .endsWith("when asked: here 0 added, 0 changed, 0 deleted; on the server 1 added, 0 changed, 0 deleted."));
        assertThat(client.fullListing(book.href()).changed()).hasSize(1);
        closeDialog();

        clickOn("#syncAction");
        FxWait.until(() -> radicale.url().toString().equals(lookup("#server").queryTextInputControl().getText()));
        assertThat(lookup("#user").queryTextInputControl().getText()).isEqualTo(USER);
        assertThat(lookup("#book").queryTextInputControl().getText()).isEqualTo("Phone book");
        FxWait.until(() -> !lookup("#password").queryTextInputControl().getText().isEmpty());
        assertThat(lookup("#keepPassword").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();
        assertThat(lookup("#preview").queryButton().isDisabled()).as("nothing to type again").isFalse();
        assertThat(lookup("#outTags").queryAs(org.controlsfx.control.CheckComboBox.class).getCheckModel()
                .getCheckedItems()).containsExactly("Phone");
        assertThat(lookup("#log").queryAs(Label.class).getText()).contains("on the server 1 added");
        assertThat(column("SELECT auto_minutes || ' ' || in_keyring FROM sync_account")).containsExactly("30 1");
        assertThat(column("SELECT t.name FROM sync_account_tag s JOIN tag t ON t.id = s.tag_id"))
                .containsExactly("Phone");
        clickOn("#preview");
        FxWait.until(() -> lookup("#summary").queryAs(Label.class).getText()
                .startsWith("Would add 0 here, change 0 here, add 0 on the server, change 0 on the server."));
    }

    @Test
    void aSelfSignedCertificateIsTrustedFromTheDialogByItsFingerprint() throws Exception {
        app.rapport.testing.SelfSignedCertificate cert =
                app.rapport.testing.SelfSignedCertificate.make(dir.resolve("tls"));
        try (RadicaleServer https = RadicaleServer.startWithTls(dir.resolve("radicale-tls"), cert.certificate(),
                cert.key())) {
            new CardDavClient(CardDavAccount.of(https.url(), USER, PASSWORD).trusting(cert.sha256()))
                    .createAddressBook(https.url().resolve("/" + USER + "/"), "home", "Home");
            open(s -> s.contactRepository().insert(person("Anna", "Schmidt").build()));
            clickOn("#syncAction");
            typeInto("#server", https.url().toString());
            typeInto("#user", USER);
            typeInto("#password", PASSWORD);
            typeInto("#book", "home");
            clickOn("#preview");
            FxWait.until(() -> lookup("#error").queryAs(Label.class).getText().contains(cert.sha256()));
            assertThat(lookup("#trust").queryButton().isVisible()).isTrue();
            assertThat(column("SELECT count(*) FROM sync_account")).containsExactly(0);

            clickOn("#trust");
            waitForText("#summary", "Would add 0 here, change 0 here, add 1 on the server, change 0 on the server.");
            assertThat(lookup("#error").queryAs(Label.class).isVisible()).isFalse();
            assertThat(lookup("#trust").queryButton().isVisible()).isFalse();
            assertThat(column("SELECT trusted_certificate FROM sync_account")).containsExactly(cert.sha256());
        }
    }

    @Test
    void anAccountSetToSyncByItselfSyncsSoonAfterTheWindowOpensAndSaysSo() throws Exception {
        CardDavClient client = new CardDavClient(CardDavAccount.of(radicale.url(), USER, PASSWORD));
        AddressBook book = client.createAddressBook(radicale.url().resolve("/" + USER + "/"), "auto", "Auto");
        openWhereItOpens(s -> {
            s.contactRepository().insert(person("Anna", "Schmidt").build());
            app.rapport.domain.sync.SyncAccount account = s.sync().account(radicale.url().toString(), USER,
                    book.href().toString(), "Auto");
            s.database().jdbi().useHandle(h -> h.execute(
                    "UPDATE sync_account SET auto_minutes = 15, in_keyring = 1 WHERE id = ?", account.id()));
            // where this computer keeps passwords (here, with no keyring answering: this session's memory)
            app.rapport.io.sync.SecretStores.forThisComputer().store(app.rapport.io.sync.SecretId.forAccount(
                    radicale.url().toString(), USER), PASSWORD.toCharArray());
        });

        waitForText("#messageLabel", "Synced with 127.0.0.1: here 0 added, 0 changed; on the server 1 added, 0 changed.");
        assertThat(client.fullListing(book.href()).changed()).hasSize(1);
        assertThat(column("SELECT automatic || ' ' || outcome FROM sync_run")).containsExactly("1 DONE");
    }
    /** Anna's title is "Chefin" in Rapport and "Direktorin" on the server, both changed since the last sync. */
    @Test
    void aConflictFoundBySyncIsChosenInTheConflictsDialogAndTheServersValueReachesTheContact() throws Exception {
        CardDavClient client = new CardDavClient(CardDavAccount.of(radicale.url(), USER, PASSWORD));
        AddressBook book = client.createAddressBook(radicale.url().resolve("/" + USER + "/"), "work", "Work");
        long[] anna = new long[1];
        open(s -> {
            anna[0] = s.contactRepository().insert(person("Anna", "Schmidt").notes("Met at the fair").build());
            s.sync().run(s.sync().preview(radicale.url().toString(), USER, "work", client), false);
            Contact mine = s.contacts().find(anna[0]).orElseThrow();
            s.contacts().save(mine.withDetails("Chefin", mine.emails(), mine.phones(), mine.addresses(),
                    mine.websites(), mine.tags(), mine.notes(), mine.birthday()));
            Card card = client.read(book.href(), client.fullListing(book.href()).changed().stream()
                    .map(CardRef::href).toList()).get(0);
            VCard v = Ezvcard.parse(card.vcard()).first();
            v.addTitle("Direktorin");
            client.update(book.href(), card.href(), card.etag(), Ezvcard.write(v).version(VCardVersion.V3_0).go());
        });
        ContactsPage contacts = new ContactsPage(this).waitForRows(1);
        contacts.open(anna[0]);
        FxWait.until(() -> "Chefin".equals(contacts.field("titleField").getText()));

        clickOn("#syncAction");
        assertThat(lookup("#conflictsRow").query().isVisible()).as("no conflict yet").isFalse();
        // the account synced before: the dialog opens on it, only the password (not kept) is typed
        FxWait.until(() -> "Work".equals(lookup("#book").queryTextInputControl().getText()));
        assertThat(lookup("#server").queryTextInputControl().getText()).isEqualTo(radicale.url().toString());
        typeInto("#password", PASSWORD);
        clickOn("#preview");
        FxWait.until(() -> lookup("#summary").queryAs(Label.class).getText().contains("Fields changed differently"));
        clickOn("#sync");
        FxWait.until(() -> lookup("#summary").queryAs(Label.class).getText().contains("Rapport’s value was kept"));
        waitForText("#conflictsWaiting", "Conflicts waiting for your choice: 1.");

        clickOn("#showConflicts");
        FxWait.until(() -> lookup("#server-TITLE").tryQuery().isPresent());
        assertThat(lookup("#rapport-TITLE").queryAs(Label.class).getText()).isEqualTo("Chefin");
        assertThat(lookup("#server-TITLE").queryAs(Label.class).getText()).isEqualTo("Direktorin");
        assertThat(lookup("#contactName").queryAs(Label.class).getText()).isEqualTo("Anna Schmidt");
        assertThat(lookup("#fields").queryAs(javafx.scene.layout.GridPane.class).getChildren())
                .as("a heading row and one field's row").hasSize(6);
        clickOn("#takeServer");
        FxWait.until(() -> lookup("#none").query().isVisible());
        assertThat(lookup("#conflictList").queryListView().getItems()).isEmpty();
        assertThat(lookup("#takeServer").queryButton().isDisabled()).isTrue();
        assertThat(column("SELECT title FROM contact WHERE id = ?", anna[0])).containsExactly("Direktorin");
        assertThat(column("SELECT notes FROM contact WHERE id = ?", anna[0])).containsExactly("Met at the fair");
        assertThat(column("SELECT resolved_at IS NOT NULL FROM sync_conflict")).containsExactly(1);
        assertThat((String) column("SELECT rapport_vcard FROM sync_conflict").get(0)).contains("TITLE:Chefin");

        push(KeyCode.ESCAPE);
        FxWait.until(() -> !lookup("#conflictsRow").query().isVisible());
        push(KeyCode.ESCAPE);
        // the window's form shows the contact as it now is, without the user reopening it
        FxWait.until(() -> "Direktorin".equals(contacts.field("titleField").getText()));

        // the next sync puts the value taken on the server
        SyncReport next = services().sync().run(services().sync().preview(radicale.url().toString(), USER, "work",
                client), false);
        assertThat(next.changedOnServer()).isEqualTo(1);
        Card card = client.read(book.href(), client.fullListing(book.href()).changed().stream().map(CardRef::href)
                .toList()).get(0);
        assertThat(Ezvcard.parse(card.vcard()).first().getTitles()).extracting(t -> t.getValue())
                .containsExactly("Direktorin");
    }

    @Test
    void aContactDeletedOnTheServerGoesToTheTrashOnlyWhenConfirmedAndUndoBringsItBack() throws Exception {
        CardDavClient client = new CardDavClient(CardDavAccount.of(radicale.url(), USER, PASSWORD));
        AddressBook book = client.createAddressBook(radicale.url().resolve("/" + USER + "/"), "undo", "Undo");
        open(s -> {
            s.contactRepository().insert(person("Anna", "Schmidt").build());
            s.contactRepository().insert(person("Somchai", "Jaidee").build());
            s.sync().run(s.sync().preview(radicale.url().toString(), USER, "undo", client), false);
        });
        Card anna = client.read(book.href(), client.fullListing(book.href()).changed().stream().map(CardRef::href)
                .toList()).stream().filter(c -> c.vcard().contains("FN:Anna Schmidt")).findFirst().orElseThrow();
        client.delete(book.href(), anna.href(), anna.etag());

        clickOn("#syncAction");
        FxWait.until(() -> "Undo".equals(lookup("#book").queryTextInputControl().getText()));
        typeInto("#password", PASSWORD);
        clickOn("#preview");
        FxWait.until(() -> lookup("#summary").queryAs(Label.class).getText().contains("Deletes waiting"));
        clickOn("#confirmDeletes");
        clickOn("#sync");
        FxWait.until(() -> lookup("#undoDeletes").queryButton().isVisible());
        assertThat(column("SELECT given_name FROM contact WHERE deleted_at IS NOT NULL")).containsExactly("Anna");

        clickOn("#undoDeletes");
        waitForText("#summary", "1 contact is back from the trash; the next sync puts it on the server again.");
        assertThat(column("SELECT count(*) FROM contact WHERE deleted_at IS NULL")).containsExactly(2);
        assertThat(lookup("#undoDeletes").queryButton().isVisible()).isFalse();
    }
}
