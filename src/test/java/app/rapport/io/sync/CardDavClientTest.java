package app.rapport.io.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.io.sync.CardDavException.Reason;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import app.rapport.testing.MemoryTempDir;
import app.rapport.testing.RadicaleServer;
import app.rapport.testing.VobjectCards;
import com.fasterxml.jackson.databind.JsonNode;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.ImageType;
import ezvcard.property.Photo;
import ezvcard.property.StructuredName;
import ezvcard.property.Uid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The CardDAV client against a real Radicale 3 on 127.0.0.1, each test in an address book of its own. */
class CardDavClientTest {
    private static final AtomicInteger BOOKS = new AtomicInteger();

    @TempDir(factory = MemoryTempDir.class)
    static Path dir;
    static RadicaleServer radicale;
    static CardDavClient client;

    @BeforeAll
    static void startRadicale() throws IOException {
        radicale = RadicaleServer.start(dir.resolve("radicale"));
        client = new CardDavClient(CardDavAccount.of(radicale.url(), RadicaleServer.USER, RadicaleServer.PASSWORD));
    }

    @AfterAll
    static void stopRadicale() {
        if (radicale != null) {
            radicale.close();
        }
    }

    private static AddressBook newBook() throws CardDavException {
        int n = BOOKS.incrementAndGet();
        return client.createAddressBook(radicale.home(), "book" + n, "Rapport " + n);
    }

    static String vcard(String uid, String given, String family) {
        VCard card = new VCard();
        card.setUid(new Uid(uid));
        StructuredName name = new StructuredName();
        name.setGiven(given);
        name.setFamily(family);
        card.setStructuredName(name);
        card.setFormattedName(given + " " + family);
        return write(card);
    }

    static String write(VCard card) {
        return Ezvcard.write(card).version(VCardVersion.V3_0).prodId(false).go();
    }

    static VCard parse(Card card) {
        return Ezvcard.parse(card.vcard()).first();
    }

    static String created(AddressBook book, String uid, String vcard) throws CardDavException {
        WriteOutcome outcome = client.create(book.href(), uid, vcard);
        assertThat(outcome).isInstanceOf(WriteOutcome.Stored.class);
        return outcome.href();
    }

    @Test
    void discoveryFindsTheUsersAddressBooksThroughTheWellKnownAddress() throws Exception {
        AddressBook made = newBook();

        List<AddressBook> found = client.discover();

        assertThat(found).extracting(AddressBook::href).contains(made.href());
        AddressBook book = found.stream().filter(b -> b.href().equals(made.href())).findFirst().orElseThrow();
        assertThat(book.displayName()).isEqualTo(made.displayName()).startsWith("Rapport ");
        assertThat(book.syncToken()).isNotBlank();
        assertThat(book.ctag()).isNotBlank();
    }

    @Test
    void thaiCyrillicAndPhotoCardsComeBackThroughMultigetAndEzVcard() throws Exception {
        AddressBook book = newBook();
        byte[] png = VobjectCards.png();
        VCard withPhoto = Ezvcard.parse(vcard("photo-1", "Anna", "Müller")).first();
        withPhoto.addPhoto(new Photo(png, ImageType.PNG));
        created(book, "thai-1", vcard("thai-1", "สมศักดิ์", "เจริญรุ่งเรืองวัฒนาพาณิชย์กุล"));
        created(book, "cyr-1", vcard("cyr-1", "Борис", "Петров"));
        created(book, "photo-1", write(withPhoto));

        CollectionChanges all = client.changesSince(book.href(), null);
        List<Card> cards = client.read(book.href(), all.changed().stream().map(CardRef::href).toList());

        assertThat(cards).hasSize(3).allSatisfy(c -> assertThat(c.etag()).isNotBlank());
        Map<String, VCard> byUid = cards.stream().map(CardDavClientTest::parse)
                .collect(Collectors.toMap(v -> v.getUid().getValue(), v -> v));
        assertThat(byUid.get("thai-1").getFormattedName().getValue())
                .isEqualTo("สมศักดิ์ เจริญรุ่งเรืองวัฒนาพาณิชย์กุล");
        assertThat(byUid.get("cyr-1").getStructuredName().getFamily()).isEqualTo("Петров");
        assertThat(byUid.get("photo-1").getPhotos()).singleElement()
                .satisfies(p -> assertThat(p.getData()).isEqualTo(png));
        // the ETags the listing gave are those of the cards read
        assertThat(cards).extracting(Card::etag)
                .containsExactlyInAnyOrderElementsOf(all.changed().stream().map(CardRef::etag).toList());

        // a second client that nobody here wrote reads the files Radicale keeps
        Map<String, JsonNode> seen = VobjectCards.read(radicale.bookFolder("book" + bookNumber(book)));
        assertThat(seen.keySet()).containsExactlyInAnyOrder("thai-1", "cyr-1", "photo-1");
        assertThat(seen.get("thai-1").get("fn").asText()).isEqualTo("สมศักดิ์ เจริญรุ่งเรืองวัฒนาพาณิชย์กุล");
        assertThat(seen.get("cyr-1").get("family").asText()).isEqualTo("Петров");
        assertThat(seen.get("photo-1").get("photo").asInt()).isEqualTo(png.length);
    }

    @Test
    void syncCollectionGivesChangesThenOneChangeThenOneRemovalAndTheTokenMovesOn() throws Exception {
        AddressBook book = newBook();
        String a = created(book, "a", vcard("a", "Anna", "A"));
        String b = created(book, "b", vcard("b", "Boris", "B"));

        CollectionChanges first = client.changesSince(book.href(), null);
        assertThat(first.complete()).isFalse();
        assertThat(first.changed()).extracting(CardRef::href).containsExactlyInAnyOrder(a, b);
        assertThat(first.removed()).isEmpty();
        assertThat(first.newToken()).isNotBlank();

        assertThat(client.changesSince(book.href(), first.newToken()).changed()).isEmpty();

        String etagA = first.changed().stream().filter(r -> r.href().equals(a)).findFirst().orElseThrow().etag();
        WriteOutcome changed = client.update(book.href(), a, etagA, vcard("a", "Anna", "Changed"));
        assertThat(changed).isInstanceOf(WriteOutcome.Stored.class);
        CollectionChanges second = client.changesSince(book.href(), first.newToken());
        assertThat(second.changed()).singleElement().satisfies(r -> {
            assertThat(r.href()).isEqualTo(a);
            assertThat(r.etag()).isNotEqualTo(etagA).isEqualTo(((WriteOutcome.Stored) changed).etag());
        });
        assertThat(second.removed()).isEmpty();
        assertThat(second.newToken()).isNotEqualTo(first.newToken());

        String etagB = first.changed().stream().filter(r -> r.href().equals(b)).findFirst().orElseThrow().etag();
        assertThat(client.delete(book.href(), b, etagB)).isInstanceOf(WriteOutcome.Deleted.class);
        CollectionChanges third = client.changesSince(book.href(), second.newToken());
        assertThat(third.changed()).isEmpty();
        assertThat(third.removed()).containsExactly(b);
        assertThat(third.newToken()).isNotEqualTo(second.newToken());
    }

    @Test
    void aCardAnotherClientWritesIsPickedUpByTheNextSync() throws Exception {
        AddressBook book = newBook();
        created(book, "ours", vcard("ours", "Anna", "Ours"));
        String token = client.changesSince(book.href(), null).newToken();

        // Python's vobject makes the card and http.client puts it, as a phone's client would
        Process p = new ProcessBuilder(RadicaleServer.PYTHON, "-c", WRITE, book.href().toString(), RadicaleServer.USER,
                RadicaleServer.PASSWORD).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out.strip()).isEqualTo("201");

        CollectionChanges changes = client.changesSince(book.href(), token);
        assertThat(changes.changed()).singleElement().satisfies(r -> assertThat(r.href()).endsWith("/phone-1.vcf"));
        VCard theirs = parse(client.read(book.href(), List.of(changes.changed().get(0).href())).get(0));
        assertThat(theirs.getUid().getValue()).isEqualTo("phone-1");
        assertThat(theirs.getStructuredName().getFamily()).isEqualTo("ใจดี");
        assertThat(theirs.getStructuredName().getGiven()).isEqualTo("Мария");
        assertThat(theirs.getEmails()).singleElement().satisfies(e -> assertThat(e.getValue()).isEqualTo("maria@example.org"));
    }

    /** Writes one card made by vobject into the book at argv[1] with Basic auth, printing the status. */
    private static final String WRITE = """
            import sys, base64, http.client, urllib.parse, vobject
            card = vobject.vCard()
            card.add('uid').value = 'phone-1'
            card.add('n').value = vobject.vcard.Name(family='ใจดี', given='Мария')
            card.add('fn').value = 'Мария ใจดี'
            card.add('email').value = 'maria@example.org'
            url = urllib.parse.urlsplit(sys.argv[1])
            auth = base64.b64encode((sys.argv[2] + ':' + sys.argv[3]).encode()).decode()
            c = http.client.HTTPConnection(url.hostname, url.port)
            c.request('PUT', url.path + 'phone-1.vcf', card.serialize().encode('utf-8'),
                      {'Authorization': 'Basic ' + auth, 'Content-Type': 'text/vcard; charset=utf-8', 'If-None-Match': '*'})
            print(c.getresponse().status)
            """;

    @Test
    void aRefusedTokenFallsBackToTheFullListing() throws Exception {
        AddressBook book = newBook();
        String a = created(book, "a", vcard("a", "Anna", "A"));

        CollectionChanges listing = client.changesSince(book.href(),
                "http://radicale.org/ns/sync/" + "0".repeat(64));

        assertThat(listing.complete()).isTrue();
        assertThat(listing.changed()).singleElement().satisfies(r -> {
            assertThat(r.href()).isEqualTo(a);
            assertThat(r.etag()).isNotBlank();
        });
        assertThat(listing.newToken()).isEqualTo(client.addressBook(book.href()).syncToken());
    }

    @Test
    void anUpdateWithAStaleEtagIsRefusedAndLeavesTheServersCard() throws Exception {
        AddressBook book = newBook();
        String href = created(book, "c", vcard("c", "Chloé", "Original"));
        String stale = client.changesSince(book.href(), null).changed().get(0).etag();
        // someone else (the phone) changes it meanwhile
        assertThat(client.update(book.href(), href, stale, vcard("c", "Chloé", "ByThePhone")))
                .isInstanceOf(WriteOutcome.Stored.class);

        WriteOutcome outcome = client.update(book.href(), href, stale, vcard("c", "Chloé", "ByRapport"));

        assertThat(outcome).isEqualTo(new WriteOutcome.ChangedOnServer(href));
        assertThat(parse(client.read(book.href(), List.of(href)).get(0)).getStructuredName().getFamily())
                .isEqualTo("ByThePhone");
        assertThat(client.delete(book.href(), href, stale)).isEqualTo(new WriteOutcome.ChangedOnServer(href));
        assertThat(client.read(book.href(), List.of(href))).hasSize(1);
        // and a create never replaces a card already there
        assertThat(client.create(book.href(), "c", vcard("c", "Chloé", "Again")))
                .isEqualTo(new WriteOutcome.ChangedOnServer(href));
    }

    @Test
    void aWrongPasswordIsSaidSo() {
        CardDavClient wrong = new CardDavClient(CardDavAccount.of(radicale.url(), RadicaleServer.USER, "wrong"));

        assertThatThrownBy(wrong::discover).isInstanceOfSatisfying(CardDavException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD);
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.getMessage()).doesNotContain("wrong");
        });
    }

    @Test
    void theLogNamesHrefsAndStatusesNeverThePasswordOrACard() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(CardDavClient.class);
        Level before = logger.getLevel();
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        logger.addAppender(seen);
        logger.setLevel(Level.DEBUG);
        try {
            AddressBook book = newBook();
            String href = created(book, "secret-1", vcard("secret-1", "Geheim", "Verschwiegen"));
            client.read(book.href(), List.of(href));
            CardDavClient wrong = new CardDavClient(CardDavAccount.of(radicale.url(), RadicaleServer.USER, "Falsch-42"));
            assertThatThrownBy(wrong::discover).isInstanceOf(CardDavException.class);
        } finally {
            logger.detachAppender(seen);
            logger.setLevel(before);
        }
        String log = seen.list.stream().map(e -> e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy())))
                .collect(Collectors.joining("\n"));
        assertThat(log).contains("secret-1.vcf").contains("207").contains("401")
                .doesNotContain(RadicaleServer.PASSWORD).doesNotContain("Falsch-42")
                .doesNotContain(Base64.getEncoder().encodeToString((RadicaleServer.USER + ":").getBytes(StandardCharsets.UTF_8))
                        .substring(0, 6))
                .doesNotContain("Geheim").doesNotContain("Verschwiegen");
    }

    @Test
    void anAddressBookThatIsNotThereIsNotFound() {
        assertThatThrownBy(() -> client.changesSince(radicale.home().resolve("nothing-here/"), null))
                .isInstanceOfSatisfying(CardDavException.class, e -> assertThat(e.reason()).isIn(Reason.NOT_FOUND));
    }

    @Test
    void aServerStoppedMidSyncIsUnreachable(@TempDir Path own) throws Exception {
        try (RadicaleServer stopping = RadicaleServer.start(own)) {
            CardDavClient c = new CardDavClient(CardDavAccount.of(stopping.url(), RadicaleServer.USER,
                    RadicaleServer.PASSWORD));
            AddressBook book = c.createAddressBook(stopping.home(), "book", "Book");
            c.create(book.href(), "x", vcard("x", "Xenia", "X"));
            CollectionChanges changes = c.changesSince(book.href(), null);

            stopping.close();

            assertThatThrownBy(() -> c.read(book.href(), List.of(changes.changed().get(0).href())))
                    .isInstanceOfSatisfying(CardDavException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE));
        }
    }

    @Test
    void aThousandCardsAreWrittenListedAndReadInBatches() throws Exception {
        AddressBook book = newBook();
        long start = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
            created(book, "bulk-" + i, vcard("bulk-" + i, "Person" + i, i % 2 == 0 ? "Иванов" : "ศรีสุข"));
        }
        long written = System.nanoTime();
        CollectionChanges all = client.changesSince(book.href(), null);
        List<Card> cards = client.read(book.href(), all.changed().stream().map(CardRef::href).toList());
        long read = System.nanoTime();
        CollectionChanges listing = client.fullListing(book.href());
        long listed = System.nanoTime();

        System.out.printf(java.util.Locale.ROOT, "1,000 cards: PUT %.1f s, sync-collection + multiget %.1f s,"
                + " full listing %.1f s%n", (written - start) / 1e9, (read - written) / 1e9, (listed - read) / 1e9);
        assertThat(all.changed()).hasSize(1000);
        assertThat(listing.changed()).hasSize(1000);
        assertThat(cards).hasSize(1000);
        assertThat(cards.stream().map(c -> parse(c).getUid().getValue()).collect(Collectors.toSet()))
                .isEqualTo(IntStream.range(0, 1000).mapToObj(i -> "bulk-" + i).collect(Collectors.toSet()));
        assertThat(VobjectCards.read(radicale.bookFolder("book" + bookNumber(book)))).hasSize(1000);
    }

    private static int bookNumber(AddressBook book) {
        String path = book.href().getPath();
        return Integer.parseInt(path.replaceAll(".*/book(\\d+)/$", "$1"));
    }
}
