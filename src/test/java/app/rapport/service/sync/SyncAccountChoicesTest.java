package app.rapport.service.sync;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.contacts.ContactRules;
import app.rapport.domain.sync.SyncAccount;
import app.rapport.domain.sync.SyncRun;
import app.rapport.io.sync.CardCodec;
import app.rapport.io.sync.CardDavAccount;
import app.rapport.io.sync.CardDavClient;
import app.rapport.io.sync.CardDavException;
import app.rapport.io.sync.CardRef;
import app.rapport.persistence.sync.JdbiSyncRepository;
import app.rapport.testing.RadicaleExtension;
import app.rapport.testing.RadicaleServer;
import app.rapport.testing.SelfSignedCertificate;
import app.rapport.testing.TestDatabase;
import ezvcard.Ezvcard;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the user chooses for an account (which tags go out, the certificate trusted) and what each run leaves in the
 * sync log, stopped, refused or automatic; against a real Radicale.
 */
class SyncAccountChoicesTest {
    private static final AtomicInteger BOOKS = new AtomicInteger();

    @RegisterExtension
    static final RadicaleExtension radicale = new RadicaleExtension();
    static CardDavClient client;

    @TempDir
    Path dir;
    private TestDatabase db;
    private SyncService sync;
    private String bookName;
    private java.net.URI bookHref;

    @BeforeAll
    static void connect() {
        client = radicale.client();
    }

    @BeforeEach
    void open() throws CardDavException {
        db = new TestDatabase(dir);
        sync = new SyncService(new JdbiSyncRepository(db.database()), new CardCodec(new ContactRules("DE")), "DE",
                Clock.systemUTC());
        bookName = "book" + BOOKS.incrementAndGet();
        bookHref = client.createAddressBook(radicale.home(), bookName, "Rapport " + bookName).href();
        db.service().save(person("Anna", "Weber").tag("Phone").build());
        db.service().save(person("Борис", "Петров").tag("Phone").tag("Kazan").build());
        db.service().save(person("Clara", "Quist").tag("Work").build());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private SyncLogin login() {
        return new SyncLogin(radicale.url().toString(), RadicaleServer.USER, RadicaleServer.PASSWORD, null);
    }

    private List<String> namesOnServer() throws CardDavException {
        List<String> hrefs = client.fullListing(bookHref).changed().stream().map(CardRef::href).toList();
        return client.read(bookHref, hrefs).stream()
                .map(c -> Ezvcard.parse(c.vcard()).first().getFormattedName().getValue()).sorted().toList();
    }

    @Test
    void onlyContactsWithATagThatGoesOutGoToTheServerAndTheChoiceIsKept() throws Exception {
        SyncPreview preview = sync.preview(login(), bookName, new SyncChoices(true, 30, Set.of("Phone")));
        assertThat(preview.addedOnServer()).isEqualTo(2);
        sync.run(preview, false);

        assertThat(namesOnServer()).containsExactly("Anna Weber", "Борис Петров");
        SyncAccount kept = sync.lastUsed().orElseThrow();
        assertThat(kept.passwordKept()).isTrue();
        assertThat(kept.autoMinutes()).isEqualTo(30);
        assertThat(kept.bookLabel()).isEqualTo("Rapport " + bookName);
        assertThat(sync.outTags(kept.id())).containsExactly("Phone");
        assertThat(db.count("SELECT count(*) FROM sync_account WHERE in_keyring = 1")).isEqualTo(1);

        // the tag taken off Борис: his card stays in step (the change of tags goes out), Clara still stays here
        db.execute("DELETE FROM contact_tag WHERE tag_id = (SELECT id FROM tag WHERE name = 'Phone') AND contact_id = "
                + "(SELECT id FROM contact WHERE given_name = 'Борис')");
        SyncPreview next = sync.preview(login(), bookName, null);
        assertThat(next.changedOnServer()).isEqualTo(1);
        assertThat(next.addedOnServer()).isZero();
        assertThat(sync.outTags(kept.id())).as("no choices given: those kept stay").containsExactly("Phone");
    }

    @Test
    void everyRunIsInTheLogWithWhatItDid() throws Exception {
        sync.run(sync.preview(login(), bookName, null), false);
        SyncAccount account = sync.lastUsed().orElseThrow();
        sync.run(sync.preview(login(), bookName, null), false);

        assertThat(sync.log(account.id(), 10)).hasSize(2).first().satisfies(run -> {
            assertThat(run.outcome()).isEqualTo(SyncRun.Outcome.DONE);
            assertThat(run.addedOnServer()).isZero();
            assertThat(run.automatic()).isFalse();
        });
        assertThat(sync.log(account.id(), 10).get(1).addedOnServer()).isEqualTo(3);
        assertThat(sync.log(account.id(), 1)).hasSize(1);
    }

    @Test
    void aStoppedRunChangesNothingHereIsLoggedAndTheNextRunFindsWhatItWrote() throws Exception {
        SyncPreview preview = sync.preview(login(), bookName, null);
        AtomicInteger writes = new AtomicInteger();
        SyncProgress stopAfterOne = new SyncProgress() {
            @Override
            public void written(int done, int total) {
                writes.set(done);
            }

            @Override
            public boolean cancelled() {
                return writes.get() >= 1;
            }
        };

        assertThatThrownBy(() -> sync.run(preview, false, stopAfterOne)).isInstanceOf(SyncCancelledException.class);

        assertThat(namesOnServer()).hasSize(1);
        long accountId = preview.account().id();
        assertThat(sync.log(accountId, 5)).extracting(SyncRun::outcome).containsExactly(SyncRun.Outcome.CANCELLED);
        assertThat(db.count("SELECT count(*) FROM sync_card")).isZero();
        assertThat(db.count("SELECT count(*) FROM contact")).isEqualTo(3);
        assertThat(db.count("SELECT count(*) FROM sync_account WHERE sync_token IS NULL AND last_synced_at IS NULL"))
                .as("the token stays: the next run starts from the same place").isEqualTo(1);

        SyncReport next = sync.run(sync.preview(login(), bookName, null), false);
        assertThat(next.addedOnServer()).as("the card written before the stop is found, not written again").isEqualTo(2);
        assertThat(namesOnServer()).hasSize(3);
        assertThat(db.count("SELECT count(*) FROM contact")).isEqualTo(3);
    }

    @Test
    void aPreviewOverTakenByAnotherRunIsRefusedRatherThanDoneTwice() throws Exception {
        SyncPreview first = sync.preview(login(), bookName, null);
        SyncPreview second = sync.preview(login(), bookName, null);
        sync.run(first, false);

        assertThatThrownBy(() -> sync.run(second, false)).isInstanceOf(StalePreviewException.class);
        assertThat(namesOnServer()).hasSize(3);
    }

    @Test
    void anAutomaticRunLeavesDeletesForTheUserAndIsLoggedAsAutomatic() throws Exception {
        sync.run(sync.preview(login(), bookName, null), false);
        String annaHref = client.fullListing(bookHref).changed().stream().map(CardRef::href)
                .filter(h -> {
                    try {
                        return client.read(bookHref, List.of(h)).get(0).vcard().contains("FN:Anna Weber");
                    } catch (CardDavException e) {
                        throw new IllegalStateException(e);
                    }
                }).findFirst().orElseThrow();
        var anna = client.read(bookHref, List.of(annaHref)).get(0);
        client.delete(bookHref, annaHref, anna.etag());

        SyncService.Automatic ran = sync.runAutomatically(sync.lastUsed().orElseThrow(), RadicaleServer.PASSWORD);

        assertThat(ran.deletesWaiting()).isEqualTo(1);
        assertThat(ran.report().deletedHere()).isZero();
        assertThat(db.count("SELECT count(*) FROM contact WHERE deleted_at IS NULL")).isEqualTo(3);
        assertThat(sync.log(sync.lastUsed().orElseThrow().id(), 1)).singleElement()
                .satisfies(run -> assertThat(run.automatic()).isTrue());
    }

    @Test
    void anAutomaticRunWithAWrongPasswordIsLoggedAsFailed() throws Exception {
        sync.run(sync.preview(login(), bookName, null), false);
        SyncAccount account = sync.lastUsed().orElseThrow();

        assertThatThrownBy(() -> sync.runAutomatically(account, "not-it")).isInstanceOf(CardDavException.class);

        assertThat(sync.log(account.id(), 1)).singleElement().satisfies(run -> {
            assertThat(run.outcome()).isEqualTo(SyncRun.Outcome.FAILED);
            assertThat(run.failure()).isEqualTo("WRONG_PASSWORD");
            assertThat(run.automatic()).isTrue();
        });
    }

    @Test
    void aCertificateTheUserTrustedIsKeptForTheAccountAndUsedByItsAutomaticRuns() throws Exception {
        SelfSignedCertificate cert = SelfSignedCertificate.make(dir.resolve("tls"));
        try (RadicaleServer https = RadicaleServer.startWithTls(dir.resolve("radicale-tls"), cert.certificate(),
                cert.key())) {
            SyncLogin untrusting = new SyncLogin(https.url().toString(), RadicaleServer.USER, RadicaleServer.PASSWORD,
                    null);
            assertThatThrownBy(() -> sync.preview(untrusting, "tls", null)).isInstanceOfSatisfying(
                    CardDavException.class, e -> assertThat(e.certificateSha256()).isEqualTo(cert.sha256()));

            CardDavClient trusting = new CardDavClient(CardDavAccount.of(https.url(), RadicaleServer.USER,
                    RadicaleServer.PASSWORD).trusting(cert.sha256()));
            trusting.createAddressBook(https.home(), "tls", "TLS");
            SyncLogin trusted = new SyncLogin(https.url().toString(), RadicaleServer.USER, RadicaleServer.PASSWORD,
                    cert.sha256());
            sync.run(sync.preview(trusted, "tls", null), false);

            SyncAccount account = sync.lastUsed().orElseThrow();
            assertThat(account.serverUrl()).isEqualTo(https.url().toString());
            assertThat(account.trustedCertificate()).isEqualTo(cert.sha256());
            // the next run needs no fingerprint from the user: the account has it
            assertThat(sync.preview(untrusting, "tls", null).addedOnServer()).isZero();
            assertThat(sync.runAutomatically(account, RadicaleServer.PASSWORD).report().addedOnServer()).isZero();
        }
    }
}
