package app.rapport.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.app.Services;
import app.rapport.demo.DemoNetwork;
import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.ContactRules;
import app.rapport.domain.sync.SyncAccount;
import app.rapport.io.sync.AddressBook;
import app.rapport.io.sync.Card;
import app.rapport.io.sync.CardCodec;
import app.rapport.io.sync.CardDavAccount;
import app.rapport.io.sync.CardDavClient;
import app.rapport.io.sync.CardRef;
import app.rapport.io.sync.CollectionChanges;
import app.rapport.io.sync.WriteOutcome;
import app.rapport.service.sync.SyncPreview;
import app.rapport.service.sync.SyncReport;
import app.rapport.service.sync.SyncService;
import app.rapport.testing.RadicaleServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The CardDAV sync's figures ({@code mvn -Pbench verify -Dit.test=SyncBench}) against a real Radicale on
 * 127.0.0.1, each against a floor measured in the same run on the same server:
 * <ul>
 *   <li>{@code sync.pull.5000}: {@value #CARDS} cards into an empty Rapport (preview and run, as the command line
 *       does), against listing the book (sync-collection) and reading every card (addressbook-multiget) with the
 *       same client: the least a first sync must fetch;</li>
 *   <li>{@code sync.incremental.10}: then {@value #CHANGES} cards changed on the server (median of
 *       {@value #ROUNDS} rounds), against the token's changes listed and those cards read;</li>
 *   <li>{@code sync.push.5000}: {@value #CARDS} contacts in Rapport put into an empty book, against the same
 *       cards put with the same client one after another (If-None-Match: *), into another empty book.</li>
 * </ul>
 * The book for the pull is seeded as .vcf files written straight into Radicale's storage folder before it starts
 * (the same cards put over HTTP take as long as the push's floor). Radicale's storage is in memory (/dev/shm) unless
 * {@code -Drapport.bench.sync.disk=true}: Radicale syncs every card it stores to disk.
 */
@Tag("bench")
class SyncBench {
    private static final int CARDS = Integer.getInteger("rapport.bench.sync.cards", 5_000);
    /** Contacts pushed: {@code -Drapport.bench.sync.push=0} leaves the push out (at 5,000 it takes about 18 minutes). */
    private static final int PUSH = Integer.getInteger("rapport.bench.sync.push", CARDS);
    private static final int CHANGES = 10;
    private static final int ROUNDS = 5;
    private static final String BOOK = "seeded";

    private final Bench bench = new Bench();
    private final Path work = Path.of("target", "bench-sync").toAbsolutePath();

    @Test
    void measure() throws Exception {
        clean(work);
        Path serverDir = Boolean.getBoolean("rapport.bench.sync.disk") || !Files.isWritable(Path.of("/dev/shm"))
                ? work.resolve("radicale") : Files.createTempDirectory(Path.of("/dev/shm"), "rapport-syncbench-");
        List<Contact> contacts = DemoNetwork.generate(CARDS, Math.max(10, CARDS / 20), 42).stream()
                .filter(c -> c.kind() == ContactKind.PERSON).limit(CARDS).toList();
        CardCodec codec = new CardCodec(new ContactRules("DE"));

        long start = System.nanoTime();
        seedFiles(serverDir, contacts, codec);
        double seedSeconds = (System.nanoTime() - start) / 1e9;
        try (RadicaleServer radicale = RadicaleServer.start(serverDir)) {
            CardDavClient client = new CardDavClient(CardDavAccount.of(radicale.url(), RadicaleServer.USER,
                    RadicaleServer.PASSWORD));
            URI book = radicale.home().resolve(BOOK + "/");
            // Radicale builds its cache of the cards on the first listing: not part of either figure
            start = System.nanoTime();
            assertThat(listAndRead(client, book, null)).hasSize(CARDS);
            double warmSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("BENCH-INFO cards=%d seed.files=%.3fs first.listing=%.3fs server=%s%n", CARDS,
                    seedSeconds, warmSeconds, serverDir);

            Path db = work.resolve("pull.db");
            try (Services services = Services.open(db)) {
                pull(services, radicale, client, book);
                incremental(services, radicale, client, book);
            }
            if (PUSH > 0) {
                push(contacts.subList(0, PUSH), radicale, client);
            }
        } finally {
            if (serverDir.startsWith("/dev/shm")) {
                clean(serverDir);
                Files.delete(serverDir);
            }
        }
        Files.writeString(work.resolve("results.txt"), bench.report(), StandardCharsets.UTF_8);
    }

    /** The cards as Radicale's filesystem storage keeps them: one .vcf a card in the book's folder. */
    private static void seedFiles(Path serverDir, List<Contact> contacts, CardCodec codec) throws Exception {
        Path folder = Files.createDirectories(serverDir.resolve("storage/collection-root")
                .resolve(RadicaleServer.USER).resolve(BOOK));
        Files.writeString(folder.resolve(".Radicale.props"), "{\"D:displayname\": \"Seeded\", \"tag\": \"VADDRESSBOOK\"}",
                StandardCharsets.UTF_8);
        int i = 0;
        for (Contact c : contacts) {
            String uid = new UUID(0x5eed, i++).toString();
            Files.writeString(folder.resolve(uid + ".vcf"), codec.write(c, uid), StandardCharsets.UTF_8);
        }
    }

    private static List<Card> listAndRead(CardDavClient client, URI book, String token) throws Exception {
        CollectionChanges changes = client.changesSince(book, token);
        return client.read(book, changes.changed().stream().map(CardRef::href).toList());
    }

    private SyncAccount account(SyncService sync, RadicaleServer radicale, URI book, String name) {
        return sync.account(radicale.url().toString(), RadicaleServer.USER, book.toString(), name);
    }

    private void pull(Services services, RadicaleServer radicale, CardDavClient client, URI book) throws Exception {
        long start = System.nanoTime();
        assertThat(listAndRead(client, book, null)).hasSize(CARDS);
        double floor = (System.nanoTime() - start) / 1e9;

        SyncService sync = services.sync();
        start = System.nanoTime();
        SyncPreview preview = sync.preview(account(sync, radicale, book, BOOK), client);
        double previewSeconds = (System.nanoTime() - start) / 1e9;
        SyncReport report = sync.run(preview, false);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(report.addedHere()).isEqualTo(CARDS);
        assertThat(report.serverWrites()).isZero();
        System.out.printf("BENCH-INFO sync.pull preview=%.3fs run=%.3fs%n", previewSeconds, seconds - previewSeconds);
        bench.line("sync.pull.5000", seconds, "s", floor);
    }

    private void incremental(Services services, RadicaleServer radicale, CardDavClient client, URI book)
            throws Exception {
        SyncService sync = services.sync();
        SyncAccount account = account(sync, radicale, book, BOOK);
        List<String> hrefs = client.changesSince(book, null).changed().stream().map(CardRef::href).sorted().toList();
        double[] app = new double[ROUNDS];
        double[] floor = new double[ROUNDS];
        double[] previews = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            List<String> some = new ArrayList<>();
            for (int i = 0; i < CHANGES; i++) {
                some.add(hrefs.get((round * 97 + i * 389) % hrefs.size()));
            }
            for (Card card : client.read(book, some)) {
                String changed = card.vcard().replace("END:VCARD", "TITLE:Runde " + round + "\r\nEND:VCARD");
                assertThat(client.update(book, card.href(), card.etag(), changed))
                        .isInstanceOf(WriteOutcome.Stored.class);
            }
            String token = account(sync, account).syncToken();
            long start = System.nanoTime();
            assertThat(listAndRead(client, book, token)).hasSize(CHANGES);
            floor[round] = (System.nanoTime() - start) / 1e9;

            start = System.nanoTime();
            SyncPreview preview = sync.preview(account(sync, account), client);
            previews[round] = (System.nanoTime() - start) / 1e9;
            SyncReport report = sync.run(preview, false);
            app[round] = (System.nanoTime() - start) / 1e9;
            assertThat(report.changedHere()).isEqualTo(CHANGES);
            assertThat(report.serverWrites()).isZero();
        }
        System.out.printf("BENCH-INFO sync.incremental preview=%.3fs%n", Bench.median(previews));
        bench.line("sync.incremental.10", Bench.median(app) * 1000, "ms", Bench.median(floor) * 1000);
    }

    /** The account as it is now (its token moves with every run). */
    private static SyncAccount account(SyncService sync, SyncAccount account) {
        return sync.account(account.serverUrl(), account.userName(), account.bookHref(), account.bookName());
    }

    private void push(List<Contact> contacts, RadicaleServer radicale, CardDavClient client) throws Exception {
        CardCodec codec = new CardCodec(new ContactRules("DE"));
        AddressBook plain = client.createAddressBook(radicale.home(), "plain", "Plain");
        List<String> texts = new ArrayList<>(contacts.size());
        int i = 0;
        for (Contact c : contacts) {
            String uid = new UUID(0xf100, i++).toString();
            texts.add(uid + "\n" + codec.write(c, uid));
        }
        long start = System.nanoTime();
        for (String t : texts) {
            int nl = t.indexOf('\n');
            assertThat(client.create(plain.href(), t.substring(0, nl), t.substring(nl + 1)))
                    .isInstanceOf(WriteOutcome.Stored.class);
        }
        double floor = (System.nanoTime() - start) / 1e9;

        AddressBook empty = client.createAddressBook(radicale.home(), "pushed", "Pushed");
        try (Services services = Services.open(work.resolve("push.db"))) {
            services.contactRepository().insertAll(contacts);
            SyncService sync = services.sync();
            start = System.nanoTime();
            SyncPreview preview = sync.preview(account(sync, radicale, empty.href(), "pushed"), client);
            double previewSeconds = (System.nanoTime() - start) / 1e9;
            SyncReport report = sync.run(preview, false);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(report.addedOnServer()).isEqualTo(contacts.size());
            System.out.printf("BENCH-INFO sync.push preview=%.3fs run=%.3fs%n", previewSeconds,
                    seconds - previewSeconds);
            bench.line("sync.push." + contacts.size(), seconds, "s", floor);
        }
    }

    private static void clean(Path folder) throws Exception {
        if (!Files.exists(folder)) {
            Files.createDirectories(folder);
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(folder)) {
                    Files.delete(p);
                }
            }
        }
    }
}
