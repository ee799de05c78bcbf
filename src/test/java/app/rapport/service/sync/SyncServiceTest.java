package app.rapport.service.sync;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactRules;
import app.rapport.domain.sync.CardMerge;
import app.rapport.domain.sync.SyncAccount;
import app.rapport.domain.sync.SyncRun;
import app.rapport.io.sync.AddressBook;
import app.rapport.io.sync.Card;
import app.rapport.io.sync.CardCodec;
import app.rapport.io.sync.CardDavClient;
import app.rapport.io.sync.CardDavException;
import app.rapport.io.sync.CardRef;
import app.rapport.io.sync.WriteOutcome;
import app.rapport.persistence.sync.JdbiSyncRepository;
import app.rapport.testing.RadicaleExtension;
import app.rapport.testing.RadicaleServer;
import app.rapport.testing.TestDatabase;
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
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Two-way sync between a real Rapport database and a real Radicale 3, each test with its own address book. */
class SyncServiceTest {
    private static final AtomicInteger BOOKS = new AtomicInteger();

    @RegisterExtension
    static final RadicaleExtension radicale = new RadicaleExtension();
    static CardDavClient client;

    @TempDir
    Path dir;
    private TestDatabase db;
    private JdbiSyncRepository repository;
    private SyncService sync;
    private CardCodec codec;
    private AddressBook book;
    private String bookName;
    private long accountId;

    @BeforeAll
    static void connect() {
        client = radicale.client();
    }

    @BeforeEach
    void open() throws CardDavException {
        db = new TestDatabase(dir);
        repository = new JdbiSyncRepository(db.database());
        codec = new CardCodec(new ContactRules("DE"));
        sync = new SyncService(repository, codec, "DE", Clock.systemUTC());
        bookName = "book" + BOOKS.incrementAndGet();
        book = client.createAddressBook(radicale.home(), bookName, "Rapport");
        accountId = repository.add(SyncAccount.of(radicale.url().toString(), RadicaleServer.USER,
                book.href().toString(), "Rapport")).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private SyncAccount account() {
        return repository.account(accountId).orElseThrow();
    }

    private SyncPreview preview() throws CardDavException {
        return sync.preview(account(), client);
    }

    private SyncReport syncNow() throws CardDavException {
        return sync.run(preview(), false);
    }

    private Contact save(Contact c) {
        var result = db.service().save(c);
        assertThat(result.problems()).isEmpty();
        return result.saved();
    }

    private Contact contact(long id) {
        return db.service().find(id).orElseThrow();
    }

    /** The server's cards, read with the client and ez-vcard, by formatted name. */
    private Map<String, VCard> serverCards() throws CardDavException {
        List<String> hrefs = client.changesSince(book.href(), null).changed().stream().map(CardRef::href).toList();
        return client.read(book.href(), hrefs).stream().map(c -> Ezvcard.parse(c.vcard()).first())
                .collect(Collectors.toMap(v -> v.getFormattedName().getValue(), v -> v));
    }

    private Card serverCard(String formattedName) throws CardDavException {
        List<String> hrefs = client.changesSince(book.href(), null).changed().stream().map(CardRef::href).toList();
        return client.read(book.href(), hrefs).stream()
                .filter(c -> Ezvcard.parse(c.vcard()).first().getFormattedName().getValue().equals(formattedName))
                .findFirst().orElseThrow();
    }

    /** Another client edits a card on the server, on condition that it is as read. */
    private void editOnServer(String formattedName, java.util.function.Consumer<VCard> edit) throws CardDavException {
        Card card = serverCard(formattedName);
        VCard v = Ezvcard.parse(card.vcard()).first();
        edit.accept(v);
        WriteOutcome outcome = client.update(book.href(), card.href(), card.etag(),
                Ezvcard.write(v).version(VCardVersion.V3_0).go());
        assertThat(outcome).isInstanceOf(WriteOutcome.Stored.class);
    }

    private long idOf(String given) {
        return db.count("SELECT id FROM contact WHERE given_name = '" + given + "'");
    }

    /** Every row of every table, as text: what "the database unchanged" is compared by. */
    /** Every row of the tables named like {@code tablesLike}, but the sync log, which says what happened. */
    private String dump(String tablesLike) {
        return db.database().jdbi().withHandle(h -> {
            StringBuilder out = new StringBuilder();
            for (String table : h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE ? "
                    + "AND name NOT LIKE 'sqlite_%' AND name <> 'sync_run' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
                    .bind(0, tablesLike).mapTo(String.class).list()) {
                out.append("## ").append(table).append('\n');
                h.createQuery("SELECT * FROM \"" + table + "\"").mapToMap().map(row -> {
                    row.replaceAll((k, v) -> v instanceof byte[] b ? java.util.Arrays.toString(b) : v);
                    return new java.util.TreeMap<>(row).toString();
                }).list().stream().sorted().forEach(row -> out.append(row).append('\n'));
            }
            return out.toString();
        });
    }

    private Contact withPhoto() throws IOException {
        VCard v = new VCard();
        StructuredName n = new StructuredName();
        n.setGiven("Anna");
        n.setFamily("Müller");
        v.setStructuredName(n);
        v.setFormattedName("Anna Müller");
        v.addPhoto(new Photo(VobjectCards.png(), ImageType.PNG));
        return codec.read(Ezvcard.write(v).version(VCardVersion.V3_0).go()).orElseThrow().contact();
    }

    private void threeContacts() throws IOException {
        save(person("สมศักดิ์", "เจริญรุ่งเรือง").email("somsak@example.org").build());
        save(person("Борис", "Петров").phone("+49 30 1234567").notes("Познакомились в Казани").build());
        save(withPhoto());
    }

    @Test
    void theFirstSyncPutsEveryContactOnTheServer() throws Exception {
        threeContacts();

        SyncPreview preview = preview();
        assertThat(preview.addedOnServer()).isEqualTo(3);
        SyncReport report = sync.run(preview, false);

        assertThat(report.addedOnServer()).isEqualTo(3);
        assertThat(report.serverWrites()).isEqualTo(3);
        Map<String, VCard> cards = serverCards();
        assertThat(cards.keySet()).containsExactlyInAnyOrder("สมศักดิ์ เจริญรุ่งเรือง", "Борис Петров", "Anna Müller");
        assertThat(cards.get("Борис Петров").getNotes().get(0).getValue()).isEqualTo("Познакомились в Казани");
        assertThat(cards.get("Anna Müller").getPhotos()).singleElement()
                .satisfies(p -> assertThat(p.getData()).isEqualTo(contact(idOf("Anna")).extras().photo().bytes()));
        assertThat(repository.links(accountId)).hasSize(3).allSatisfy(l -> assertThat(l.etag()).isNotBlank());

        // a second client that nobody here wrote reads what Radicale stored
        Map<String, JsonNode> seen = VobjectCards.read(radicale.bookFolder(bookName));
        assertThat(seen.values()).extracting(n -> n.get("fn").asText())
                .containsExactlyInAnyOrder("สมศักดิ์ เจริญรุ่งเรือง", "Борис Петров", "Anna Müller");
        assertThat(seen.values()).filteredOn(n -> n.get("fn").asText().equals("Anna Müller"))
                .singleElement().satisfies(n -> assertThat(n.get("photo").asInt()).isPositive());
        assertThat(seen.keySet()).containsExactlyInAnyOrderElementsOf(
                repository.links(accountId).stream().map(l -> "urn:uuid:" + l.uid()).toList());
    }

    @Test
    void aSecondRunWithNothingChangedWritesNothing() throws Exception {
        threeContacts();
        syncNow();
        String contacts = dump("contact%");
        String ctag = client.addressBook(book.href()).ctag();

        SyncPreview again = preview();
        assertThat(again.isEmpty()).isTrue();
        SyncReport report = sync.run(again, true);

        assertThat(report.serverWrites()).isZero();
        assertThat(report).extracting(SyncReport::addedHere, SyncReport::changedHere, SyncReport::addedOnServer,
                SyncReport::changedOnServer, SyncReport::deletedHere).containsOnly(0);
        assertThat(client.addressBook(book.href()).ctag()).isEqualTo(ctag);
        assertThat(dump("contact%")).isEqualTo(contacts);
    }

    @Test
    void aCardAddedOnTheServerAppearsInRapport() throws Exception {
        VCard v = new VCard();
        v.setUid(new Uid("phone-7"));
        StructuredName n = new StructuredName();
        n.setGiven("Мария");
        n.setFamily("ใจดี");
        v.setStructuredName(n);
        v.setFormattedName("Мария ใจดี");
        v.addEmail("maria@example.org");
        client.create(book.href(), "phone-7", Ezvcard.write(v).version(VCardVersion.V3_0).go());

        SyncReport report = syncNow();

        assertThat(report.addedHere()).isEqualTo(1);
        assertThat(report.serverWrites()).isZero();
        Contact maria = contact(idOf("Мария"));
        assertThat(maria.name().family()).isEqualTo("ใจดี");
        assertThat(maria.emails()).extracting(e -> e.address()).containsExactly("maria@example.org");
        assertThat(db.count("SELECT count(*) FROM contact WHERE vcard_uid = 'phone-7'")).isEqualTo(1);
        assertThat(preview().isEmpty()).isTrue();
    }

    @Test
    void aCardWithTheUidOfAContactInRapportIsMadeOneWithItNotDuplicated() throws Exception {
        Contact anna = save(person("Anna", "Müller").email("anna@example.org").build());
        db.execute("UPDATE contact SET vcard_uid = 'from-the-phone-1' WHERE id = " + anna.id());
        VCard v = new VCard();
        v.setUid(new Uid("from-the-phone-1"));
        StructuredName n = new StructuredName();
        n.setGiven("Anna");
        n.setFamily("Müller");
        v.setStructuredName(n);
        v.setFormattedName("Anna Müller");
        v.addTelephoneNumber("+49 30 7654321");
        client.create(book.href(), "from-the-phone-1", Ezvcard.write(v).version(VCardVersion.V3_0).go());

        SyncReport report = syncNow();

        assertThat(report.addedHere()).isZero();
        assertThat(report.addedOnServer()).isZero();
        assertThat(db.count("SELECT count(*) FROM contact")).isEqualTo(1);
        Contact merged = contact(anna.id());
        assertThat(merged.emails()).extracting(e -> e.address()).containsExactly("anna@example.org");
        assertThat(merged.phones()).hasSize(1);
        VCard onServer = serverCards().get("Anna Müller");
        assertThat(onServer.getEmails()).extracting(e -> e.getValue()).containsExactly("anna@example.org");
        assertThat(onServer.getTelephoneNumbers()).hasSize(1);
        assertThat(serverCards()).hasSize(1);
        assertThat(preview().isEmpty()).isTrue();
    }

    @Test
    void aCardOfTheSamePersonByStrongEvidenceIsMadeOneWithTheContactAndKeepsItsUid() throws Exception {
        Contact anna = save(person("Anna", "Müller").email("Anna@Example.org").build());
        save(person("Anna", "Schmidt").email("schmidt@example.com").build());
        VCard v = new VCard();
        v.setUid(new Uid("iphone-anna"));
        StructuredName n = new StructuredName();
        n.setGiven("Anna");
        n.setFamily("Müller");
        v.setStructuredName(n);
        v.setFormattedName("Anna Müller");
        v.addEmail("anna@example.org");
        v.addTitle("Einkäuferin");
        client.create(book.href(), "iphone-anna", Ezvcard.write(v).version(VCardVersion.V3_0).go());

        SyncReport report = syncNow();

        assertThat(report.addedHere()).isZero();
        assertThat(report.addedOnServer()).isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM contact")).isEqualTo(2);
        assertThat(contact(anna.id()).title()).isEqualTo("Einkäuferin");
        assertThat(serverCards()).hasSize(2);
        assertThat(serverCards().get("Anna Müller").getUid().getValue()).isEqualTo("iphone-anna");
        assertThat(preview().isEmpty()).isTrue();
    }

    @Test
    void anEditOnEachSideArrivesOnTheOther() throws Exception {
        Contact anna = save(person("Anna", "Müller").build());
        save(person("Борис", "Петров").build());
        syncNow();

        save(anna.withDetails("Einkäuferin", anna.emails(), anna.phones(), anna.addresses(), anna.websites(),
                anna.tags(), anna.notes(), anna.birthday()));
        editOnServer("Борис Петров", card -> card.addEmail("boris@example.org"));
        SyncReport report = syncNow();

        assertThat(report.changedOnServer()).isEqualTo(1);
        assertThat(report.changedHere()).isEqualTo(1);
        assertThat(report.conflicts()).isEmpty();
        assertThat(serverCards().get("Anna Müller").getTitles().get(0).getValue()).isEqualTo("Einkäuferin");
        assertThat(contact(idOf("Борис")).emails()).extracting(e -> e.address()).containsExactly("boris@example.org");
        assertThat(preview().isEmpty()).isTrue();
    }

    @Test
    void whatRapportDoesNotReadOfAPhonesCardStaysOnTheServerWhenRapportPushesAnEdit() throws Exception {
        VCard v = new VCard();
        v.setUid(new Uid("phone-9"));
        StructuredName n = new StructuredName();
        n.setGiven("Haruto");
        n.setFamily("山田");
        v.setStructuredName(n);
        v.setFormattedName("Haruto 山田");
        v.addEmail("haruto@example.jp");
        v.addExtendedProperty("X-PHONETIC-LAST-NAME", "やまだ");
        v.addExtendedProperty("X-PHONETIC-FIRST-NAME", "はると");
        client.create(book.href(), "phone-9", Ezvcard.write(v).version(VCardVersion.V3_0).go());
        syncNow();
        Contact haruto = contact(idOf("Haruto"));

        save(haruto.withDetails("Einkäufer", haruto.emails(), haruto.phones(), haruto.addresses(), haruto.websites(),
                haruto.tags(), haruto.notes(), haruto.birthday()));
        SyncReport report = syncNow();

        assertThat(report.changedOnServer()).isEqualTo(1);
        VCard onServer = serverCards().get("Haruto 山田");
        assertThat(onServer.getTitles().get(0).getValue()).isEqualTo("Einkäufer");
        assertThat(onServer.getExtendedProperty("X-PHONETIC-LAST-NAME").getValue()).isEqualTo("やまだ");
        assertThat(onServer.getExtendedProperty("X-PHONETIC-FIRST-NAME").getValue()).isEqualTo("はると");
        assertThat(onServer.getEmails()).hasSize(1);
        assertThat(onServer.getUid().getValue()).isEqualTo("phone-9");
        assertThat(preview().isEmpty()).isTrue();
    }

    @Test
    void changesToDifferentFieldsOnBothSidesAreMerged() throws Exception {
        Contact anna = save(person("Anna", "Müller").build());
        syncNow();

        save(anna.withDetails("Einkäuferin", anna.emails(), anna.phones(), anna.addresses(), anna.websites(),
                anna.tags(), anna.notes(), anna.birthday()));
        editOnServer("Anna Müller", card -> card.addNote("Met at the Leipzig fair"));
        SyncPreview preview = preview();
        assertThat(preview.conflicts()).isEmpty();
        SyncReport report = sync.run(preview, false);

        assertThat(report.conflicts()).isEmpty();
        Contact merged = contact(anna.id());
        assertThat(merged.title()).isEqualTo("Einkäuferin");
        assertThat(merged.notes()).isEqualTo("Met at the Leipzig fair");
        VCard onServer = serverCards().get("Anna Müller");
        assertThat(onServer.getTitles().get(0).getValue()).isEqualTo("Einkäuferin");
        assertThat(onServer.getNotes().get(0).getValue()).isEqualTo("Met at the Leipzig fair");
        assertThat(preview().isEmpty()).isTrue();
    }

    @Test
    void theSameFieldChangedOnBothSidesIsAConflictWithBothValues() throws Exception {
        Contact anna = save(person("Anna", "Müller").build());
        syncNow();

        save(anna.withDetails("Chefin", anna.emails(), anna.phones(), anna.addresses(), anna.websites(),
                anna.tags(), anna.notes(), anna.birthday()));
        editOnServer("Anna Müller", card -> card.addTitle("Direktorin"));
        SyncReport report = syncNow();

        assertThat(report.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.contactId()).isEqualTo(anna.id());
            assertThat(c.field().field()).isEqualTo(CardMerge.Field.TITLE);
            assertThat(c.field().rapport()).isEqualTo("Chefin");
            assertThat(c.field().server()).isEqualTo("Direktorin");
        });
        assertThat(contact(anna.id()).title()).isEqualTo("Chefin");
        assertThat(preview().isEmpty()).isTrue();
        // the server's version lost the field, and is kept whole, so nothing of it is lost
        List<java.util.Map<String, Object>> kept = db.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT contact_id, fields, server_vcard, resolved_at FROM sync_conflict").mapToMap().list());
        assertThat(kept).singleElement().satisfies(row -> {
            assertThat(((Number) row.get("contact_id")).longValue()).isEqualTo(anna.id());
            assertThat(row.get("fields")).isEqualTo("TITLE");
            assertThat((String) row.get("server_vcard")).contains("TITLE:Direktorin").contains("Anna");
            assertThat(row.get("resolved_at")).isNull();
        });
    }

    /** Anna's title changed here to "Chefin" and on the server to "Direktorin", her notes here too; synced. */
    private Contact annaWithATitleConflict() throws CardDavException {
        Contact anna = save(person("Anna", "Müller").email("anna@example.org").build());
        syncNow();
        Contact edited = contact(anna.id());
        save(edited.withDetails("Chefin", edited.emails(), edited.phones(), edited.addresses(), edited.websites(),
                edited.tags(), "Met at the fair", edited.birthday()));
        editOnServer("Anna Müller", card -> card.addTitle("Direktorin"));
        assertThat(syncNow().conflicts()).hasSize(1);
        return contact(anna.id());
    }

    private Map<String, Object> conflictRow() {
        return db.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT resolved_at, rapport_vcard FROM sync_conflict").mapToMap().one());
    }

    private JsonNode annaAsVobjectReadsHer() throws Exception {
        return VobjectCards.read(radicale.bookFolder(bookName)).values().stream()
                .filter(n -> n.get("fn").asText().equals("Anna Müller")).findFirst().orElseThrow();
    }

    @Test
    void anOpenConflictShowsBothValuesOfEachFieldAndTheContactsName() throws Exception {
        Contact anna = annaWithATitleConflict();

        assertThat(sync.openConflicts()).singleElement().satisfies(c -> {
            assertThat(c.contactId()).isEqualTo(anna.id());
            assertThat(c.contactName()).isEqualTo("Anna Müller");
            assertThat(c.accountId()).isEqualTo(accountId);
            assertThat(c.contactGone()).isFalse();
            assertThat(c.fields()).singleElement().satisfies(f -> {
                assertThat(f.field()).isEqualTo(CardMerge.Field.TITLE);
                assertThat(f.rapportText()).isEqualTo("Chefin");
                assertThat(f.serverText()).isEqualTo("Direktorin");
            });
        });
        assertThat(sync.openConflicts(accountId)).hasSize(1);
        assertThat(sync.openConflicts(accountId + 1)).isEmpty();
    }

    @Test
    void keepingRapportsValueSettlesTheConflictAndChangesNothingElse() throws Exception {
        Contact anna = annaWithATitleConflict();
        long id = sync.openConflicts().get(0).id();

        sync.resolve(id, CardMerge.Side.RAPPORT);

        assertThat(sync.openConflicts()).isEmpty();
        assertThat(conflictRow().get("resolved_at")).isNotNull();
        assertThat(conflictRow().get("rapport_vcard")).as("Rapport's values are still the contact's").isNull();
        assertThat(contact(anna.id())).isEqualTo(anna);
        assertThat(preview().isEmpty()).as("nothing left to sync").isTrue();
        assertThat(annaAsVobjectReadsHer().get("title").asText()).isEqualTo("Chefin");
        assertThatThrownBy(() -> sync.resolve(id, CardMerge.Side.SERVER)).as("settled once")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void takingTheServersValueWritesExactlyThoseFieldsKeepsRapportsCardAndTheNextSyncPushesIt() throws Exception {
        Contact anna = annaWithATitleConflict();
        long id = sync.openConflicts().get(0).id();

        sync.resolve(id, CardMerge.Side.SERVER);

        Contact now = contact(anna.id());
        assertThat(now.title()).isEqualTo("Direktorin");
        assertThat(now.notes()).as("not in conflict: Rapport's").isEqualTo("Met at the fair");
        assertThat(now.emails()).isEqualTo(anna.emails());
        assertThat(now.name()).isEqualTo(anna.name());
        assertThat(sync.openConflicts()).isEmpty();
        assertThat(conflictRow().get("resolved_at")).isNotNull();
        assertThat((String) conflictRow().get("rapport_vcard")).as("the version that lost, kept")
                .contains("TITLE:Chefin").contains("Met at the fair");

        SyncPreview next = preview();
        assertThat(next.changedOnServer()).as("the contact differs from its last synced card").isEqualTo(1);
        assertThat(next.conflicts()).isEmpty();
        sync.run(next, false);

        JsonNode seen = annaAsVobjectReadsHer();
        assertThat(seen.get("title").asText()).isEqualTo("Direktorin");
        assertThat(seen.get("note").asText()).isEqualTo("Met at the fair");
        assertThat(preview().isEmpty()).isTrue();
        assertThat(db.count("SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL")).isZero();
    }

    @Test
    void aConflictWhoseContactIsGoneShowsSoAndCanOnlyBeDismissed() throws Exception {
        Contact anna = annaWithATitleConflict();
        db.service().moveToTrash(anna.id());
        db.repository().emptyTrash(java.time.Instant.parse("2100-01-01T00:00:00Z"));

        OpenConflict open = sync.openConflicts().get(0);
        assertThat(open.contactGone()).isTrue();
        assertThat(open.contactName()).as("the server card's name").isEqualTo("Anna Müller");
        assertThat(open.fields()).singleElement().satisfies(f -> {
            assertThat(f.rapport()).isNull();
            assertThat(f.serverText()).isEqualTo("Direktorin");
        });
        assertThatThrownBy(() -> sync.resolve(open.id(), CardMerge.Side.SERVER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(sync.openConflicts()).hasSize(1);

        sync.resolve(open.id(), CardMerge.Side.RAPPORT);

        assertThat(sync.openConflicts()).isEmpty();
    }

    @Test
    void aCardChangedOnTheServerDuringTheRunIsNotOverwrittenAndIsMergedByTheNextRun() throws Exception {
        Contact anna = save(person("Anna", "Müller").build());
        syncNow();
        save(anna.withDetails("Einkäuferin", anna.emails(), anna.phones(), anna.addresses(), anna.websites(),
                anna.tags(), anna.notes(), anna.birthday()));
        SyncPreview preview = preview();
        assertThat(preview.changedOnServer()).isEqualTo(1);

        editOnServer("Anna Müller", card -> card.addNote("Met at the Leipzig fair"));
        SyncReport first = sync.run(preview, false);

        assertThat(first.leftForNextRun()).isEqualTo(1);
        assertThat(first.changedOnServer()).isZero();
        assertThat(serverCards().get("Anna Müller").getTitles()).isEmpty();
        SyncReport next = syncNow();

        assertThat(next.conflicts()).isEmpty();
        assertThat(contact(anna.id()).notes()).isEqualTo("Met at the Leipzig fair");
        assertThat(serverCards().get("Anna Müller").getTitles().get(0).getValue()).isEqualTo("Einkäuferin");
        assertThat(preview().isEmpty()).isTrue();
    }

    @Test
    void aDeleteOnTheServerIsOnlyCountedUntilConfirmedThenTheContactIsInTheTrash() throws Exception {
        save(person("Anna", "Müller").build());
        Contact boris = save(person("Борис", "Петров").build());
        syncNow();
        Card card = serverCard("Борис Петров");
        assertThat(client.delete(book.href(), card.href(), card.etag())).isInstanceOf(WriteOutcome.Deleted.class);

        SyncPreview asked = preview();
        assertThat(asked.deletesHere()).isEqualTo(1);
        SyncReport declined = sync.run(asked, false);
        assertThat(declined.deletedHere()).isZero();
        assertThat(db.service().find(boris.id())).isPresent();

        SyncPreview askedAgain = preview();
        assertThat(askedAgain.deletesHere()).isEqualTo(1);
        SyncReport confirmed = sync.run(askedAgain, true);

        assertThat(confirmed.deletedHere()).isEqualTo(1);
        assertThat(db.service().find(boris.id())).isEmpty();
        assertThat(db.count("SELECT count(*) FROM contact WHERE id = " + boris.id() + " AND deleted_at IS NOT NULL"))
                .isEqualTo(1);
        assertThat(repository.links(accountId)).hasSize(1);
        assertThat(preview().isEmpty()).isTrue();
    }

    @Test
    void aContactMovedToTheTrashIsDeletedOnTheServerOnlyOnceConfirmed() throws Exception {
        save(person("Anna", "Müller").build());
        Contact boris = save(person("Борис", "Петров").build());
        syncNow();
        db.service().moveToTrash(boris.id());

        SyncPreview asked = preview();
        assertThat(asked.deletesOnServer()).isEqualTo(1);
        assertThat(sync.run(asked, false).serverWrites()).isZero();
        assertThat(serverCards()).containsKey("Борис Петров");

        SyncReport confirmed = sync.run(preview(), true);

        assertThat(confirmed.deletedOnServer()).isEqualTo(1);
        assertThat(serverCards().keySet()).containsExactly("Anna Müller");
        assertThat(repository.links(accountId)).extracting(l -> l.contactId()).doesNotContain(boris.id());
        assertThat(preview().isEmpty()).isTrue();
    }

    @Test
    void theCardOfAContactDeletedForGoodIsDeletedOnTheServerOnceConfirmedAndItsLinkForgotten() throws Exception {
        save(person("Anna", "Müller").build());
        Contact boris = save(person("Борис", "Петров").build());
        Contact clara = save(person("Clara", "Weiß").build());
        syncNow();
        db.service().moveToTrash(boris.id());
        db.service().moveToTrash(clara.id());
        db.repository().emptyTrash(java.time.Instant.parse("2100-01-01T00:00:00Z"));
        Card claras = serverCard("Clara Weiß");
        client.delete(book.href(), claras.href(), claras.etag());

        SyncPreview preview = preview();
        assertThat(preview.deletesOnServer()).isEqualTo(1);
        assertThat(preview.deletesHere()).isZero();
        SyncReport report = sync.run(preview, true);

        assertThat(report.deletedOnServer()).isEqualTo(1);
        assertThat(report.addedHere()).isZero();
        assertThat(serverCards().keySet()).containsExactly("Anna Müller");
        assertThat(repository.links(accountId)).singleElement().satisfies(l -> assertThat(l.contactId()).isNotNull());
        assertThat(preview().isEmpty()).isTrue();
    }

    /** A small PNG of one colour, unlike {@link VobjectCards#png()}: another photo. */
    private static byte[] otherPng() throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(20, 20,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(0xC0, 0x30, 0x30));
        g.fillRect(0, 0, 20, 20);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void aPhotoChangedOnTheServerIsAppliedHere() throws Exception {
        Contact anna = save(withPhoto());
        syncNow();
        byte[] newPhoto = otherPng();

        editOnServer("Anna Müller", card -> {
            card.removeProperties(Photo.class);
            card.addPhoto(new Photo(newPhoto, ImageType.PNG));
        });
        SyncReport report = syncNow();

        assertThat(report.changedHere()).isEqualTo(1);
        assertThat(contact(anna.id()).extras().photo().bytes()).isEqualTo(newPhoto);
        assertThat(preview().isEmpty()).isTrue();
    }

    @Test
    void aPhotoRemovedOnTheServerIsRemovedHere() throws Exception {
        Contact anna = save(withPhoto());
        syncNow();

        editOnServer("Anna Müller", card -> card.removeProperties(Photo.class));
        syncNow();

        assertThat(contact(anna.id()).extras().photo()).isNull();
        assertThat(db.count("SELECT count(*) FROM contact_photo WHERE contact_id = " + anna.id())).isZero();
        assertThat(preview().isEmpty()).isTrue();
    }

    @Test
    void aPhotoChangedOnTheServerIsAppliedWhenRapportChangedAnotherFieldToo() throws Exception {
        Contact anna = save(withPhoto());
        syncNow();
        byte[] newPhoto = otherPng();

        Contact mine = contact(anna.id());
        save(mine.withDetails("Einkäuferin", mine.emails(), mine.phones(), mine.addresses(), mine.websites(),
                mine.tags(), mine.notes(), mine.birthday()));
        editOnServer("Anna Müller", card -> {
            card.removeProperties(Photo.class);
            card.addPhoto(new Photo(newPhoto, ImageType.PNG));
        });
        SyncReport report = syncNow();

        assertThat(report.conflicts()).isEmpty();
        Contact merged = contact(anna.id());
        assertThat(merged.title()).isEqualTo("Einkäuferin");
        assertThat(merged.extras().photo().bytes()).isEqualTo(newPhoto);
        VCard card = serverCards().get("Anna Müller");
        assertThat(card.getTitles().get(0).getValue()).isEqualTo("Einkäuferin");
        assertThat(card.getPhotos()).singleElement().satisfies(p -> assertThat(p.getData()).isEqualTo(newPhoto));
        assertThat(preview().isEmpty()).isTrue();
    }

    @Test
    void aContactEditedHereWhoseCardWasDeletedOnTheServerGoesBackAsANewCard() throws Exception {
        Contact anna = save(person("Anna", "Müller").build());
        syncNow();
        Card card = serverCard("Anna Müller");
        client.delete(book.href(), card.href(), card.etag());
        save(anna.withDetails("Einkäuferin", anna.emails(), anna.phones(), anna.addresses(), anna.websites(),
                anna.tags(), anna.notes(), anna.birthday()));

        SyncPreview preview = preview();
        assertThat(preview.deletesHere()).isZero();
        assertThat(preview.addedOnServer()).isEqualTo(1);
        sync.run(preview, false);

        assertThat(serverCards().get("Anna Müller").getTitles().get(0).getValue()).isEqualTo("Einkäuferin");
        assertThat(repository.links(accountId)).singleElement()
                .satisfies(l -> assertThat(l.contactId()).isEqualTo(anna.id()));
        assertThat(preview().isEmpty()).isTrue();
    }

    /** Another client moves a card: deletes it at its href and puts the same card (same UID), edited, at another. */
    private String moveOnServer(String formattedName, String newName, java.util.function.Consumer<VCard> edit)
            throws CardDavException {
        Card card = serverCard(formattedName);
        VCard v = Ezvcard.parse(card.vcard()).first();
        edit.accept(v);
        assertThat(client.delete(book.href(), card.href(), card.etag())).isInstanceOf(WriteOutcome.Deleted.class);
        WriteOutcome stored = client.create(book.href(), newName, Ezvcard.write(v).version(VCardVersion.V3_0).go());
        assertThat(stored).isInstanceOf(WriteOutcome.Stored.class);
        return ((WriteOutcome.Stored) stored).href();
    }

    @Test
    void aCardMovedToAnotherHrefOnTheServerIsRelinkedToItsContactNotDuplicated() throws Exception {
        Contact anna = save(person("Anna", "Müller").build());
        Contact boris = save(person("Борис", "Петров").build());
        save(person("Clara", "Weiß").build());
        syncNow();

        // Boris's card moved and edited there; Anna's moved as it was while she was edited here
        String borisAt = moveOnServer("Борис Петров", "moved-boris", v -> v.addEmail("boris@example.org"));
        String annaAt = moveOnServer("Anna Müller", "moved-anna", v -> { });
        save(anna.withDetails("Einkäuferin", anna.emails(), anna.phones(), anna.addresses(), anna.websites(),
                anna.tags(), anna.notes(), anna.birthday()));

        SyncPreview preview = preview();
        assertThat(preview.addedHere()).isZero();
        assertThat(preview.deletesHere()).isZero();
        assertThat(preview.addedOnServer()).isZero();
        SyncReport report = sync.run(preview, false);

        assertThat(report.addedHere()).isZero();
        assertThat(report.changedHere()).isEqualTo(1);
        assertThat(report.changedOnServer()).isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM contact")).isEqualTo(3);
        assertThat(contact(boris.id()).emails()).extracting(e -> e.address()).containsExactly("boris@example.org");
        assertThat(repository.links(accountId)).hasSize(3);
        assertThat(repository.linkOfContact(accountId, boris.id()).orElseThrow().href()).isEqualTo(borisAt);
        assertThat(repository.linkOfContact(accountId, anna.id()).orElseThrow().href()).isEqualTo(annaAt);
        Map<String, VCard> cards = serverCards();
        assertThat(cards).hasSize(3);
        assertThat(cards.get("Anna Müller").getTitles().get(0).getValue()).isEqualTo("Einkäuferin");
        assertThat(preview().isEmpty()).isTrue();
    }

    private app.rapport.service.duplicates.MergeService merges() {
        return new app.rapport.service.duplicates.MergeService(db.repository(),
                new app.rapport.persistence.duplicates.JdbiMergeRepository(db.database(), Clock.systemUTC()), "DE");
    }

    @Test
    void aContactMergedIntoOneWithoutACardPassesItsCardOnWhichIsUpdatedNotMadeAgain() throws Exception {
        Contact anna = save(person("Anna", "Müller").email("anna@example.org").build());
        syncNow();
        String href = repository.linkOfContact(accountId, anna.id()).orElseThrow().href();
        Contact again = save(person("Anna", "Müller").email("anna.mueller@example.com").build());

        assertThat(merges().merge(again.id(), anna.id()).problems()).isEmpty();

        assertThat(repository.linkOfContact(accountId, again.id())).hasValueSatisfying(l ->
                assertThat(l.href()).isEqualTo(href));
        SyncPreview preview = preview();
        assertThat(preview.addedOnServer()).isZero();
        assertThat(preview.deletesOnServer()).isZero();
        assertThat(preview.changedOnServer()).isEqualTo(1);
        SyncReport report = sync.run(preview, false);

        assertThat(report.serverWrites()).isEqualTo(1);
        assertThat(serverCards().values()).singleElement().satisfies(card -> assertThat(card.getEmails())
                .extracting(e -> e.getValue())
                .containsExactlyInAnyOrder("anna@example.org", "anna.mueller@example.com"));
        assertThat(repository.links(accountId)).singleElement().satisfies(l -> {
            assertThat(l.href()).isEqualTo(href);
            assertThat(l.contactId()).isEqualTo(again.id());
        });
        assertThat(preview().isEmpty()).isTrue();
    }

    @Test
    void whenBothMergedContactsHadCardsTheOtherCardIsDeletedOnTheServerOnlyOnceConfirmed() throws Exception {
        Contact anna = save(person("Anna", "Müller").email("anna@example.org").build());
        Contact again = save(person("Anna", "Mueller").email("anna.mueller@example.com").build());
        syncNow();
        String kept = repository.linkOfContact(accountId, anna.id()).orElseThrow().href();

        assertThat(merges().merge(anna.id(), again.id()).problems()).isEmpty();

        SyncPreview asked = preview();
        assertThat(asked.deletesOnServer()).isEqualTo(1);
        assertThat(asked.addedOnServer()).isZero();
        sync.run(asked, false);
        assertThat(serverCards()).hasSize(2);

        SyncReport confirmed = sync.run(preview(), true);

        assertThat(confirmed.deletedOnServer()).isEqualTo(1);
        assertThat(serverCards().values()).singleElement().satisfies(card -> assertThat(card.getEmails())
                .extracting(e -> e.getValue())
                .containsExactlyInAnyOrder("anna@example.org", "anna.mueller@example.com"));
        assertThat(repository.links(accountId)).singleElement().satisfies(l -> {
            assertThat(l.href()).isEqualTo(kept);
            assertThat(l.contactId()).isEqualTo(anna.id());
        });
        assertThat(preview().isEmpty()).isTrue();
    }

    @Test
    void aTokenTheServerRefusesFallsBackToComparingEveryCardsEtag() throws Exception {
        save(person("Anna", "Müller").build());
        Contact boris = save(person("Борис", "Петров").build());
        syncNow();
        assertThat(preview().isEmpty()).isTrue();
        Card card = serverCard("Борис Петров");
        client.delete(book.href(), card.href(), card.etag());
        editOnServer("Anna Müller", v -> v.addNote("Met at the Leipzig fair"));
        db.execute("UPDATE sync_account SET sync_token = 'http://radicale.org/ns/sync/not-a-token' WHERE id = "
                + accountId);
        assertThat(client.changesSince(book.href(), account().syncToken()).complete()).as("the server refused it").isTrue();

        SyncPreview preview = preview();

        assertThat(preview.deletesHere()).isEqualTo(1);
        assertThat(preview.changedHere()).isEqualTo(1);
        assertThat(preview.addedHere()).isZero();
        sync.run(preview, true);
        assertThat(db.service().find(boris.id())).isEmpty();
        assertThat(contact(idOf("Anna")).notes()).isEqualTo("Met at the Leipzig fair");
        assertThat(preview().isEmpty()).isTrue();
    }

    @Test
    void aServerThatGoesAwayMidRunLeavesTheDatabaseAsItWasAndTheNextRunFinishes() throws Exception {
        threeContacts();
        String before = dump("%");
        SyncPreview preview = preview();

        assertThatThrownBy(() -> sync.run(preview, false, (done, total) -> {
            if (done == 1) {
                radicale.close();
            }
        })).isInstanceOf(CardDavException.class);

        assertThat(dump("%")).isEqualTo(before);
        radicale.restart();
        assertThat(sync.log(accountId, 5)).singleElement().satisfies(run -> {
            assertThat(run.outcome()).isEqualTo(SyncRun.Outcome.FAILED);
            assertThat(run.failure()).isIn("UNREACHABLE", "CONNECTION_LOST");
        });
        assertThat(serverCards()).hasSize(1);
        SyncReport report = syncNow();

        assertThat(report.addedOnServer()).isEqualTo(2);
        assertThat(serverCards()).hasSize(3);
        assertThat(db.count("SELECT count(*) FROM contact")).isEqualTo(3);
        assertThat(repository.links(accountId)).hasSize(3);
        assertThat(preview().isEmpty()).isTrue();
    }
}
