package app.rapport.ui.sync;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.ContactRules;
import app.rapport.io.sync.AddressBook;
import app.rapport.io.sync.CardCodec;
import app.rapport.io.sync.CardDavClient;
import app.rapport.io.sync.CardDavException;
import app.rapport.io.sync.CardRef;
import app.rapport.io.sync.SecretId;
import app.rapport.io.sync.SecretStore;
import app.rapport.io.sync.SecretStores;
import app.rapport.persistence.sync.JdbiSyncRepository;
import app.rapport.service.sync.SyncService;
import app.rapport.testing.DirectTaskRunner;
import app.rapport.testing.RadicaleExtension;
import app.rapport.testing.RadicaleServer;
import app.rapport.testing.TestDatabase;
import app.rapport.ui.common.DialogService.Words;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The Sync dialog's decisions, without a window, on a real database and a real Radicale. */
class SyncViewModelTest {
    private static final AtomicInteger BOOKS = new AtomicInteger();

    @RegisterExtension
    static final RadicaleExtension radicale = new RadicaleExtension();
    static CardDavClient client;

    @TempDir
    Path dir;
    TestDatabase db;
    SecretStore keyring;
    int keyringAsked;
    int synced;
    AddressBook book;
    String bookName;
    SyncViewModel vm;

    @BeforeAll
    static void connect() {
        client = radicale.client();
    }

    @BeforeEach
    void open() throws CardDavException {
        db = new TestDatabase(dir);
        db.service().save(person("Anna", "Weber").build());
        db.service().save(person("Сергей", "Иванов").build());
        SyncService sync = new SyncService(new JdbiSyncRepository(db.database()), new CardCodec(new ContactRules("DE")),
                "DE", Clock.systemUTC());
        keyring = SecretStores.sessionOnly();
        vm = new SyncViewModel(sync, new DirectTaskRunner(), () -> {
            keyringAsked++;
            return keyring;
        }, () -> db.service().tags());
        vm.setOnSynced(() -> synced++);
        bookName = "book" + BOOKS.incrementAndGet();
        book = client.createAddressBook(radicale.home(), bookName, "Rapport");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void type(String server, String password, String bookTyped) {
        vm.serverProperty().set(server);
        vm.userProperty().set(RadicaleServer.USER);
        vm.passwordProperty().set(password);
        vm.bookProperty().set(bookTyped);
    }

    @Test
    void previewCountsInWordsThenSyncPutsTheCardsOnTheServer() throws Exception {
        type(radicale.url().toString(), RadicaleServer.PASSWORD, bookName);
        assertThat(vm.canPreviewBinding().get()).isTrue();
        vm.preview();
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.summaryProperty().get()).containsExactly(Words.of("sync.preview.counts", 0, 0, 2, 0));
        assertThat(client.fullListing(book.href()).changed()).isEmpty();
        assertThat(keyringAsked).as("the keyring is not touched unless the user asks").isZero();

        vm.sync();
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.summaryProperty().get()).containsExactly(Words.of("sync.done.counts", 0, 0, 2, 0, 0, 0));
        assertThat(client.fullListing(book.href()).changed()).hasSize(2);
        assertThat(synced).isEqualTo(1);
        assertThat(vm.previewProperty().get()).as("a second Sync needs a new preview").isNull();
    }

    @Test
    void theKeyringKeepsThePasswordOnlyWhenTicked() {
        type(radicale.url().toString(), RadicaleServer.PASSWORD, "Rapport");
        vm.keepPasswordProperty().set(true);
        vm.preview();
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(keyring.read(SecretId.forAccount(radicale.url().toString(), RadicaleServer.USER)))
                .hasValueSatisfying(kept -> assertThat(new String(kept)).isEqualTo(RadicaleServer.PASSWORD));
        assertThat(vm.summaryProperty().get()).as("this store keeps it only for the session, and says so")
                .contains(Words.of("sync.keyringSessionOnly"));
        assertThat(db.count("SELECT count(*) FROM sync_account WHERE server_url LIKE '%" + RadicaleServer.PASSWORD
                + "%' OR user_name LIKE '%" + RadicaleServer.PASSWORD + "%'")).isZero();
    }

    @Test
    void aWrongPasswordIsSaidInWordsAndNothingCanBeSynced() {
        type(radicale.url().toString(), "wrong", bookName);
        vm.preview();
        assertThat(vm.errorProperty().get()).isEqualTo(Words.of("sync.error.WRONG_PASSWORD"));
        assertThat(vm.previewProperty().get()).isNull();
        assertThat(vm.workingProperty().get()).isFalse();
    }

    @Test
    void anUnknownBookNamesTheOnesThereAre() {
        type(radicale.url().toString(), RadicaleServer.PASSWORD, "no-such-book");
        vm.preview();
        assertThat(vm.errorProperty().get().key()).isEqualTo("sync.error.noBook");
        assertThat(vm.errorProperty().get().args().get(0).toString()).contains(bookName);
    }

    @Test
    void anUnreachableServerAndABadAddressAreSaidInWords() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        type("http://127.0.0.1:" + closed + "/", RadicaleServer.PASSWORD, bookName);
        vm.preview();
        assertThat(vm.errorProperty().get()).isEqualTo(Words.of("sync.error.UNREACHABLE"));

        type("dav.example.org", RadicaleServer.PASSWORD, bookName);
        vm.preview();
        assertThat(vm.errorProperty().get()).isEqualTo(Words.of("sync.error.address"));
    }

    @Test
    void changingWhatIsTypedDropsThePreview() {
        type(radicale.url().toString(), RadicaleServer.PASSWORD, bookName);
        vm.preview();
        assertThat(vm.previewProperty().get()).isNotNull();
        vm.bookProperty().set("other");
        assertThat(vm.previewProperty().get()).isNull();
    }

    @Test
    void aCardDeletedOnTheServerWaitsForTheConfirmationBoxThenGoesToTheTrash() throws Exception {
        type(radicale.url().toString(), RadicaleServer.PASSWORD, bookName);
        vm.preview();
        vm.sync();
        CardRef gone = client.fullListing(book.href()).changed().get(0);
        client.delete(book.href(), gone.href(), gone.etag());

        vm.preview();
        assertThat(vm.summaryProperty().get()).containsExactly(Words.of("sync.preview.counts", 0, 0, 0, 0),
                Words.of("sync.preview.deletes", 1, 0));
        assertThat(vm.deletesCountedBinding().get()).isTrue();
        vm.sync();
        assertThat(vm.summaryProperty().get()).containsExactly(Words.of("sync.done.counts", 0, 0, 0, 0, 0, 0),
                Words.of("sync.done.deletesWaiting", 1, 0));
        assertThat(db.count("SELECT count(*) FROM contact WHERE deleted_at IS NULL")).isEqualTo(2);

        vm.preview();
        vm.confirmDeletesProperty().set(true);
        vm.sync();
        assertThat(vm.summaryProperty().get()).containsExactly(Words.of("sync.done.counts", 0, 0, 0, 0, 1, 0));
        assertThat(db.count("SELECT count(*) FROM contact WHERE deleted_at IS NULL")).isEqualTo(1);
    }

    private SyncViewModel reopened() {
        SyncViewModel again = new SyncViewModel(new SyncService(new JdbiSyncRepository(db.database()),
                new CardCodec(new ContactRules("DE")), "DE", Clock.systemUTC()), new DirectTaskRunner(),
                () -> keyring, () -> db.service().tags());
        again.load();
        return again;
    }

    @Test
    void theDialogOpensOnTheAccountUsedLastWithThePasswordKeptAndItsLastRuns() {
        type(radicale.url().toString(), RadicaleServer.PASSWORD, bookName);
        vm.keepPasswordProperty().set(true);
        vm.autoMinutesProperty().set(30);
        vm.preview();
        vm.sync();

        SyncViewModel again = reopened();

        assertThat(again.serverProperty().get()).isEqualTo(radicale.url().toString());
        assertThat(again.userProperty().get()).isEqualTo(RadicaleServer.USER);
        assertThat(again.bookProperty().get()).isEqualTo("Rapport");
        assertThat(again.passwordProperty().get()).isEqualTo(RadicaleServer.PASSWORD);
        assertThat(again.keepPasswordProperty().get()).isTrue();
        assertThat(again.autoMinutesProperty().get()).isEqualTo(30);
        assertThat(again.canPreviewBinding().get()).as("ready to preview without typing anything").isTrue();
        assertThat(again.logProperty().get()).singleElement().satisfies(line -> {
            assertThat(line.what().key()).isEqualTo("sync.log.done");
            assertThat(line.what().args().subList(1, 8)).containsExactly("asked", 0, 0, 0, 2, 0, 0);
        });
    }

    @Test
    void aPasswordNotKeptIsNotFilledAndUntickingForgetsOneKept() {
        type(radicale.url().toString(), RadicaleServer.PASSWORD, bookName);
        vm.keepPasswordProperty().set(true);
        vm.preview();
        SyncViewModel again = reopened();
        again.keepPasswordProperty().set(false);
        again.preview();

        assertThat(keyring.read(SecretId.forAccount(radicale.url().toString(), RadicaleServer.USER))).isEmpty();
        SyncViewModel third = reopened();
        assertThat(third.passwordProperty().get()).isEmpty();
        assertThat(third.keepPasswordProperty().get()).isFalse();
        assertThat(third.serverProperty().get()).isEqualTo(radicale.url().toString());
    }

    @Test
    void theTagsThatGoOutAreOfferedAndKept() throws Exception {
        db.service().save(person("Clara", "Quist").tag("Phone").build());
        SyncViewModel tagged = reopened();
        assertThat(tagged.tags()).containsExactly("Phone");
        tagged.serverProperty().set(radicale.url().toString());
        tagged.userProperty().set(RadicaleServer.USER);
        tagged.passwordProperty().set(RadicaleServer.PASSWORD);
        tagged.bookProperty().set(bookName);
        tagged.outTags().setAll("Phone");
        tagged.preview();
        assertThat(tagged.summaryProperty().get()).containsExactly(Words.of("sync.preview.counts", 0, 0, 1, 0));
        tagged.sync();

        assertThat(client.fullListing(book.href()).changed()).hasSize(1);
        assertThat(reopened().outTags()).containsExactly("Phone");
    }

    @Test
    void aRunThatFailedOrWasStoppedIsSaidWithItsReason() {
        java.time.Instant at = java.time.Instant.parse("2026-12-08T09:30:00Z");
        var lines = SyncViewModel.logLines(java.util.List.of(
                app.rapport.domain.sync.SyncRun.stopped(1, at, true, app.rapport.domain.sync.SyncRun.Outcome.FAILED,
                        "WRONG_PASSWORD"),
                app.rapport.domain.sync.SyncRun.stopped(1, at, false,
                        app.rapport.domain.sync.SyncRun.Outcome.CANCELLED, null)));

        assertThat(lines).containsExactly(
                new SyncViewModel.LogLine(Words.of("sync.log.failed", java.util.Date.from(at), "auto"),
                        Words.of("sync.error.WRONG_PASSWORD")),
                new SyncViewModel.LogLine(Words.of("sync.log.stopped", java.util.Date.from(at), "asked"), null));
    }

    @Test
    void theDeletesARunDidHereAreUndoneAndTheNextSyncPutsTheCardBack() throws Exception {
        type(radicale.url().toString(), RadicaleServer.PASSWORD, bookName);
        vm.preview();
        vm.sync();
        CardRef gone = client.fullListing(book.href()).changed().get(0);
        client.delete(book.href(), gone.href(), gone.etag());
        vm.preview();
        vm.confirmDeletesProperty().set(true);
        vm.sync();
        assertThat(vm.undoableProperty().get()).hasSize(1);
        assertThat(db.count("SELECT count(*) FROM contact WHERE deleted_at IS NULL")).isEqualTo(1);

        vm.undoDeletes();

        assertThat(vm.summaryProperty().get()).containsExactly(Words.of("sync.undone", 1));
        assertThat(vm.undoableProperty().get()).as("undone once").isEmpty();
        assertThat(db.count("SELECT count(*) FROM contact WHERE deleted_at IS NULL")).isEqualTo(2);
        vm.preview();
        assertThat(vm.summaryProperty().get()).containsExactly(Words.of("sync.preview.counts", 0, 0, 1, 0));
        vm.sync();
        assertThat(client.fullListing(book.href()).changed()).hasSize(2);
    }

    @Test
    void findAsksTheServerForTheUsersAddressBooksByName() {
        type(radicale.url().toString(), RadicaleServer.PASSWORD, "");
        assertThat(vm.canFindBooksBinding().get()).isTrue();

        vm.findBooks();

        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.books()).contains("Rapport");
        assertThat(db.count("SELECT count(*) FROM sync_account")).as("nothing kept for a look").isZero();
    }
}
