package app.rapport.cli;

import static app.rapport.cli.Cli.rapport;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.app.Services;
import app.rapport.cli.Cli.Result;
import app.rapport.domain.contacts.Contact;
import app.rapport.io.sync.AddressBook;
import app.rapport.io.sync.Card;
import app.rapport.io.sync.CardDavAccount;
import app.rapport.io.sync.CardDavClient;
import app.rapport.testing.MemoryTempDir;
import app.rapport.testing.RadicaleServer;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rapport sync} against a real Radicale. */
class SyncCommandTest {
    @TempDir
    Path dir;
    @TempDir(factory = MemoryTempDir.class)
    Path serverDir;
    private RadicaleServer radicale;
    private CardDavClient client;
    private AddressBook book;
    private final InputStream stdin = System.in;

    @BeforeEach
    void start() throws Exception {
        radicale = RadicaleServer.start(serverDir.resolve("radicale"));
        client = new CardDavClient(CardDavAccount.of(radicale.url(), RadicaleServer.USER, RadicaleServer.PASSWORD));
        book = client.createAddressBook(radicale.home(), "contacts", "Kontakte");
        try (Services s = Services.open(Path.of(db()))) {
            s.contacts().save(person("Anna", "Müller").email("anna@example.org").build());
            s.contacts().save(person("Борис", "Петров").build());
        }
    }

    @AfterEach
    void stop() {
        System.setIn(stdin);
        radicale.close();
    }

    private String db() {
        return dir.resolve("rapport.db").toAbsolutePath().toString();
    }

    private Result sync(String password, String... options) {
        System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
        String[] args = new String[10 + options.length];
        String[] fixed = {"--db", db(), "sync", "--server", radicale.url().toString(), "--user", RadicaleServer.USER,
                "--book", "contacts", "--password-stdin"};
        System.arraycopy(fixed, 0, args, 0, fixed.length);
        System.arraycopy(options, 0, args, fixed.length, options.length);
        return rapport(args);
    }

    private int cardsOnServer() throws Exception {
        return client.changesSince(book.href(), null).changed().size();
    }

    @Test
    void aDryRunSaysWhatASyncWouldDoThenTheSyncDoesIt() throws Exception {
        Result dry = sync(RadicaleServer.PASSWORD, "--dry-run");

        assertThat(dry.err()).isEmpty();
        assertThat(dry.code()).isZero();
        assertThat(dry.lines()).containsExactly(
                "sync (dry run): would add 0 here, change 0 here, add 2 on the server, change 0 on the server");
        assertThat(cardsOnServer()).isZero();

        Result run = sync(RadicaleServer.PASSWORD);
        assertThat(run.code()).isZero();
        assertThat(run.lines()).containsExactly("sync: added 0 here, changed 0 here, added 2 on the server, "
                + "changed 0 on the server, deleted 0 here, deleted 0 on the server");
        assertThat(cardsOnServer()).isEqualTo(2);

        Result again = sync(RadicaleServer.PASSWORD, "--yes");
        assertThat(again.lines()).containsExactly("sync: added 0 here, changed 0 here, added 0 on the server, "
                + "changed 0 on the server, deleted 0 here, deleted 0 on the server");
    }

    @Test
    void aWrongPasswordIsSaidInOneLineAndNothingChanges() throws Exception {
        Result r = sync("not-the-password");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("the server refused the user name or password");
        assertThat(cardsOnServer()).isZero();
    }

    @Test
    void anUnknownBookNamesTheOnesThereAre() throws Exception {
        System.setIn(new ByteArrayInputStream((RadicaleServer.PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
        Result r = rapport("--db", db(), "sync", "--server", radicale.url().toString(), "--user", RadicaleServer.USER,
                "--book", "no-such-book", "--password-stdin");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no address book \"no-such-book\" for anna").contains(book.href().getPath());
        assertThat(cardsOnServer()).isZero();
    }

    @Test
    void theLogListsEachRunOnOneLineNewestFirstAndNeedsNoServer() throws Exception {
        sync(RadicaleServer.PASSWORD);
        sync("not-the-password");
        radicale.close();

        Result log = rapport("--db", db(), "sync", "--log");

        assertThat(log.err()).isEmpty();
        assertThat(log.code()).isZero();
        assertThat(log.lines()).hasSize(3);
        assertThat(log.lines().get(0)).isEqualTo("account: anna at " + radicale.url() + ", book Kontakte");
        assertThat(log.lines().get(1)).matches("run \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ asked: failed, "
                + "the server refused the user name or password\\.");
        assertThat(log.lines().get(2)).matches("run \\S+ asked: added 0 here, changed 0 here, deleted 0 here, added 2 on "
                + "the server, changed 0 on the server, deleted 0 on the server; conflicts 0, waiting 0");
        assertThat(rapport("--db", db(), "sync", "--log", "--limit", "1").lines()).hasSize(2);
    }

    @Test
    void aSyncWithoutItsServerOrAFingerprintThatIsNoneIsRefusedOnStandardError() {
        Result bare = rapport("--db", db(), "sync", "--dry-run");
        assertThat(bare.code()).isNotZero();
        assertThat(bare.err()).contains("a sync needs --server, --user and --book");

        Result fingerprint = sync(RadicaleServer.PASSWORD, "--trust-certificate", "not-a-fingerprint");
        assertThat(fingerprint.code()).isNotZero();
        assertThat(fingerprint.err()).contains("--trust-certificate takes a SHA-256 fingerprint");
    }
    @Test
    void aConflictIsListedAndTakingTheServersValuePutsItInTheContactAndTheNextSyncOnTheServer() throws Exception {
        assertThat(sync(RadicaleServer.PASSWORD).code()).isZero();
        try (Services s = Services.open(Path.of(db()))) {
            Contact anna = s.contacts().find(1).orElseThrow();
            assertThat(anna.displayName()).isEqualTo("Anna Müller");
            s.contacts().save(anna.withDetails("Chefin", anna.emails(), anna.phones(), anna.addresses(),
                    anna.websites(), anna.tags(), anna.notes(), anna.birthday()));
        }
        Card card = annasCard();
        VCard v = Ezvcard.parse(card.vcard()).first();
        v.addTitle("Direktorin");
        client.update(book.href(), card.href(), card.etag(), Ezvcard.write(v).version(VCardVersion.V3_0).go());
        Result run = sync(RadicaleServer.PASSWORD);
        assertThat(run.lines()).contains("choose for them with: rapport sync-conflicts");

        Result listed = rapport("--db", db(), "sync-conflicts");

        assertThat(listed.code()).isZero();
        assertThat(listed.lines()).hasSize(2).last().isEqualTo("conflicts: 1");
        java.util.regex.Matcher line = java.util.regex.Pattern.compile(
                "conflict: (\\d+) \\| Anna Müller \\| title: Rapport \"Chefin\", server \"Direktorin\"")
                .matcher(listed.lines().get(0));
        assertThat(line.matches()).as(listed.lines().get(0)).isTrue();
        String id = line.group(1);

        Result taken = rapport("--db", db(), "sync-conflicts", "--take-server", id);

        assertThat(taken.code()).isZero();
        assertThat(taken.lines()).containsExactly("took the server's: " + id);
        try (Services s = Services.open(Path.of(db()))) {
            assertThat(s.contacts().find(1).orElseThrow().title()).isEqualTo("Direktorin");
        }
        assertThat(rapport("--db", db(), "sync-conflicts").lines()).containsExactly("conflicts: 0");
        Result again = rapport("--db", db(), "sync-conflicts", "--keep-rapport", id);
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("there is no open conflict " + id);
        assertThat(rapport("--db", db(), "sync-conflicts", "--keep-rapport", id, "--take-server", id).code())
                .as("one choice at a time").isEqualTo(2);

        assertThat(sync(RadicaleServer.PASSWORD).lines()).containsExactly("sync: added 0 here, changed 0 here, "
                + "added 0 on the server, changed 1 on the server, deleted 0 here, deleted 0 on the server");
        assertThat(Ezvcard.parse(annasCard().vcard()).first().getTitles()).extracting(t -> t.getValue())
                .containsExactly("Direktorin");
    }

    private Card annasCard() throws Exception {
        java.util.List<String> hrefs = client.changesSince(book.href(), null).changed().stream()
                .map(app.rapport.io.sync.CardRef::href).toList();
        return client.read(book.href(), hrefs).stream().filter(c -> c.vcard().contains("FN:Anna Müller")).findFirst()
                .orElseThrow();
    }
}
