package app.rapport.ui.sync;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.ContactRules;
import app.rapport.io.sync.AddressBook;
import app.rapport.io.sync.CardCodec;
import app.rapport.io.sync.CardDavClient;
import app.rapport.io.sync.SecretId;
import app.rapport.io.sync.SecretStore;
import app.rapport.io.sync.SecretStores;
import app.rapport.persistence.sync.JdbiSyncRepository;
import app.rapport.service.sync.SyncChoices;
import app.rapport.service.sync.SyncLogin;
import app.rapport.service.sync.SyncService;
import app.rapport.testing.DirectTaskRunner;
import app.rapport.testing.MovingClock;
import app.rapport.testing.RadicaleExtension;
import app.rapport.testing.RadicaleServer;
import app.rapport.testing.TestDatabase;
import app.rapport.ui.common.DialogService.Words;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Syncs by themselves: at start, when due, never without the kept password; against a real Radicale. */
class AutoSyncTest {
    @RegisterExtension
    static final RadicaleExtension radicale = new RadicaleExtension();
    static CardDavClient client;

    @TempDir
    Path dir;
    TestDatabase db;
    SyncService sync;
    SecretStore keyring;
    AddressBook book;
    final List<List<Words>> said = new ArrayList<>();
    int synced;

    @BeforeAll
    static void connect() {
        client = radicale.client();
    }

    @BeforeEach
    void open() throws Exception {
        db = new TestDatabase(dir);
        sync = new SyncService(new JdbiSyncRepository(db.database()), new CardCodec(new ContactRules("DE")), "DE",
                Clock.systemUTC());
        keyring = SecretStores.sessionOnly();
        book = client.createAddressBook(radicale.home(), "auto" + System.nanoTime(), "Auto");
        db.service().save(person("Anna", "Weber").build());
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** An account synced once by the user, set to sync by itself every 15 minutes, password kept or not. */
    private void account(boolean passwordKept) throws Exception {
        SyncLogin login = new SyncLogin(radicale.url().toString(), RadicaleServer.USER, RadicaleServer.PASSWORD,
                null);
        String name = book.href().getPath().replaceAll(".*/([^/]+)/$", "$1");
        sync.run(sync.preview(login, name, new SyncChoices(passwordKept, 15, Set.of())), false);
        if (passwordKept) {
            keyring.store(SecretId.forAccount(login.serverUrl(), login.user()), RadicaleServer.PASSWORD.toCharArray());
        }
    }

    private AutoSync auto(Clock clock) {
        return new AutoSync(sync, new DirectTaskRunner(), () -> keyring, clock, said::add, () -> synced++);
    }

    @Test
    void atStartEveryAccountSetToSyncBySelfRunsAndSaysWhatItDid() throws Exception {
        account(true);
        db.service().save(person("Борис", "Петров").build());

        assertThat(auto(Clock.systemUTC()).tick(true)).isTrue();

        assertThat(said).containsExactly(List.of(Words.of("sync.auto.done", "127.0.0.1", 0, 0, 1, 0)));
        assertThat(client.fullListing(book.href()).changed()).hasSize(2);
        assertThat(synced).as("nothing changed here").isZero();
    }

    @Test
    void laterARunStartsOnlyOnceTheAccountsMinutesHavePassed() throws Exception {
        account(true);
        MovingClock clock = MovingClock.from(java.time.LocalDateTime.now());
        AutoSync auto = auto(clock);

        auto.tick(false);
        assertThat(said).as("synced a moment ago by the user").isEmpty();

        clock.advance(Duration.ofMinutes(16));
        auto.tick(false);
        assertThat(said).singleElement().satisfies(w -> assertThat(w.get(0).key()).isEqualTo("sync.auto.done"));
    }

    @Test
    void withoutAKeptPasswordItSaysItWaitsForOne() throws Exception {
        account(false);

        auto(Clock.systemUTC()).tick(true);

        assertThat(said).containsExactly(List.of(Words.of("sync.auto.noPassword", "127.0.0.1")));
    }

    @Test
    void whileTheSyncDialogIsOpenNothingRuns() throws Exception {
        account(true);
        AutoSync auto = auto(Clock.systemUTC());
        auto.setPaused(true);

        assertThat(auto.tick(true)).isFalse();
        assertThat(said).isEmpty();
    }
}
