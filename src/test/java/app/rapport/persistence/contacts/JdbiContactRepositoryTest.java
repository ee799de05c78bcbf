package app.rapport.persistence.contacts;

import app.rapport.persistence.Database;
import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.ContactQuery;
import app.rapport.domain.contacts.ContactSummary;
import app.rapport.domain.language.NameCollation;
import app.rapport.domain.contacts.SortField;
import app.rapport.service.StorageException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiContactRepositoryTest {
    @TempDir
    Path dir;
    Database db;
    JdbiContactRepository repo;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("rapport.db"));
        repo = new JdbiContactRepository(db, Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> names(ContactQuery q) {
        return repo.summaries(repo.findIds(q)).stream().map(ContactSummary::displayName).toList();
    }

    private List<String> search(String text) {
        return names(ContactQuery.text(text));
    }

    @Test
    void savesAndReadsBackEveryField() {
        Contact anna = person("Anna", "Müller").worksAt("Acme GmbH", "Buyer")
                .email("anna@acme.example").email("anna@home.example").phone("+49 30 1234567")
                .address("Hauptstraße 5", "10115", "Berlin", "DE").website("https://acme.example")
                .tag("client").tag("berlin").notes("Met at the Leipzig fair").birthday(4, 15, null).build();
        long id = repo.insert(anna);

        Contact read = repo.find(id).orElseThrow();
        assertThat(read.displayName()).isEqualTo("Anna Müller");
        assertThat(read.organisation()).isEqualTo("Acme GmbH");
        assertThat(read.title()).isEqualTo("Buyer");
        assertThat(read.emails()).extracting(e -> e.address()).containsExactly("anna@acme.example", "anna@home.example");
        assertThat(read.phones()).extracting(p -> p.number()).containsExactly("+49 30 1234567");
        assertThat(read.addresses()).singleElement().satisfies(a -> {
            assertThat(a.street()).isEqualTo("Hauptstraße 5");
            assertThat(a.countryCode()).isEqualTo("DE");
            assertThat(a.mailing()).isTrue();
        });
        assertThat(read.websites()).extracting(w -> w.url()).containsExactly("https://acme.example");
        assertThat(read.tags()).containsExactly("berlin", "client");
        assertThat(read.birthday().month()).isEqualTo(4);
        assertThat(read.birthday().year()).isNull();
        assertThat(read.notes()).isEqualTo("Met at the Leipzig fair");
        assertThat(read.createdAt()).isEqualTo(Instant.parse("2026-11-22T10:00:00Z"));
    }

    @Test
    void updateReplacesChannelsAndKeepsSearchInStep() {
        long id = repo.insert(person("Boris", "Ivanov").email("boris@old.example").tag("supplier").build());
        Contact boris = repo.find(id).orElseThrow();
        Contact changed = boris.withDetails("CTO", List.of(new app.rapport.domain.contacts.Email("", "boris@new.example")),
                List.of(), List.of(), List.of(), List.of("partner"), "", null);
        repo.update(changed);

        assertThat(search("old.example")).isEmpty();
        assertThat(search("new.example")).containsExactly("Boris Ivanov");
        assertThat(search("supplier")).isEmpty();
        assertThat(search("partner")).containsExactly("Boris Ivanov");
        assertThat(repo.summaries(new long[] {id}).get(0).email()).isEqualTo("boris@new.example");
    }

    @Test
    void searchIgnoresCaseAndDiacritics() {
        repo.insert(person("Jürgen", "Müller").build());
        repo.insert(person("Zoë", "Côté").build());
        repo.insert(person("Peter", "Strauß").build());

        assertThat(search("muller")).containsExactly("Jürgen Müller");
        assertThat(search("MÜLL")).containsExactly("Jürgen Müller");
        assertThat(search("jurgen mul")).containsExactly("Jürgen Müller");
        assertThat(search("cote")).containsExactly("Zoë Côté");
        assertThat(search("strauss")).containsExactly("Peter Strauß");
    }

    @Test
    void searchFindsRussianTextWhateverTheCaseOrYo() {
        repo.insert(person("Сергей", "Ёлкин").notes("Поставщик из Новосибирска").build());
        assertThat(search("ёлкин")).containsExactly("Сергей Ёлкин");
        assertThat(search("ЕЛКИН")).containsExactly("Сергей Ёлкин");
        assertThat(search("сергей")).containsExactly("Сергей Ёлкин");
        assertThat(search("новосибирск")).containsExactly("Сергей Ёлкин");
    }

    @Test
    void searchFindsThaiSubstringsWithoutSpaces() {
        repo.insert(person("สมชาย", "ใจดี").worksAt("บริษัทไทยรุ่งเรือง", "").build());
        assertThat(search("ใจดี")).containsExactly("สมชาย ใจดี");
        assertThat(search("ไทยรุ่ง")).containsExactly("สมชาย ใจดี");
        assertThat(search("มชา")).containsExactly("สมชาย ใจดี");
    }

    @Test
    void searchCoversEmailsPhonesTagsNotesAndOrganisations() {
        repo.insert(person("Anna", "Schmidt").email("anna.s@kanzlei.example").phone("+49 (30) 555-0101")
                .tag("Steuerberater").notes("prefers mornings").worksAt("Kanzlei Schmidt", "").build());
        assertThat(search("kanzlei.example")).containsExactly("Anna Schmidt");
        assertThat(search("305550101")).containsExactly("Anna Schmidt");
        assertThat(search("555-0101")).containsExactly("Anna Schmidt");
        assertThat(search("steuer")).containsExactly("Anna Schmidt");
        assertThat(search("mornings")).containsExactly("Anna Schmidt");
    }

    @Test
    void shortWordsMatchTheStartOfAName() {
        repo.insert(person("Anna", "Müller").build());
        repo.insert(person("Boris", "Ivanov").build());
        assertThat(search("m")).containsExactly("Anna Müller");
        assertThat(search("an")).containsExactly("Anna Müller");
        assertThat(search("iv bor")).containsExactly("Boris Ivanov");
        assertThat(search("%")).isEmpty();
        repo.insert(person("สมชาย", "ใจดี").build());
        repo.insert(person("Сергей", "Ёлкин").worksAt("Сибтранс", "").build());
        repo.insert(organisation("Acme GmbH").build());
        assertThat(search("สม")).containsExactly("สมชาย ใจดี");
        assertThat(search("се")).containsExactly("Сергей Ёлкин");
        assertThat(search("ел")).as("ё folds to е").containsExactly("Сергей Ёлкин");
        assertThat(search("си")).as("the organisation's words count too").containsExactly("Сергей Ёлкин");
        assertThat(search("ac")).containsExactly("Acme GmbH");
        assertThat(search("mü an")).containsExactly("Anna Müller");
    }

    @Test
    void filtersByKindTagAndArchivedInSql() {
        repo.insert(person("Anna", "Müller").tag("client").build());
        repo.insert(person("Carla", "Rossi").tag("client").archived().build());
        repo.insert(organisation("Acme GmbH").tag("client").build());

        assertThat(names(ContactQuery.ALL.withKind(ContactKind.ORGANISATION))).containsExactly("Acme GmbH");
        assertThat(names(ContactQuery.ALL.withTag("client"))).containsExactly("Acme GmbH", "Anna Müller");
        assertThat(names(ContactQuery.ALL.withTag("client").withArchived(true)))
                .containsExactly("Acme GmbH", "Anna Müller", "Carla Rossi");
    }

    @Test
    void sortsByEachColumnInSql() {
        repo.insert(person("Anna", "Müller").worksAt("Zeta", "").email("z@z.example").build());
        repo.insert(person("Boris", "Albers").worksAt("Alpha", "").email("a@a.example").build());
        repo.insert(person("Carla", "Öztürk").worksAt("Mitte", "").email("m@m.example").build());

        assertThat(names(ContactQuery.ALL)).containsExactly("Boris Albers", "Anna Müller", "Carla Öztürk");
        assertThat(names(ContactQuery.ALL.sortedBy(SortField.NAME, false)))
                .containsExactly("Carla Öztürk", "Anna Müller", "Boris Albers");
        assertThat(names(ContactQuery.ALL.sortedBy(SortField.ORGANISATION, true)))
                .containsExactly("Boris Albers", "Carla Öztürk", "Anna Müller");
        assertThat(names(ContactQuery.ALL.sortedBy(SortField.EMAIL, true)))
                .containsExactly("Boris Albers", "Carla Öztürk", "Anna Müller");
    }

    @Test
    void trashHidesAndRestoreBringsBack() {
        long id = repo.insert(person("Anna", "Müller").build());
        repo.moveToTrash(id);
        assertThat(search("muller")).isEmpty();
        assertThat(repo.find(id)).isEmpty();
        assertThat(repo.counts().inTrash()).isEqualTo(1);

        repo.restoreFromTrash(id);
        assertThat(search("muller")).containsExactly("Anna Müller");
    }

    @Test
    void emptyTrashDeletesOnlyOldEntriesForGood() {
        long id = repo.insert(person("Anna", "Müller").email("a@b.example").build());
        repo.moveToTrash(id);
        assertThat(repo.emptyTrash(Instant.parse("2026-11-01T00:00:00Z"))).isZero();
        assertThat(repo.emptyTrash(Instant.parse("2026-12-01T00:00:00Z"))).isEqualTo(1);
        assertThat(repo.counts().emails()).isZero();
    }

    @Test
    void updatingAContactThatIsGoneFailsClearly() {
        Contact ghost = person("Nobody", "Here").build().withId(999);
        assertThatThrownBy(() -> repo.update(ghost))
                .isInstanceOfSatisfying(StorageException.class,
                        e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.NOT_FOUND));
    }

    @Test
    void insertAllWritesEveryContactAndChannelInOneGo() {
        List<Contact> many = new ArrayList<>();
        for (int i = 0; i < 1234; i++) {
            many.add(person("Given" + i, "Family" + i).email("p" + i + "@example.com").tag(i % 2 == 0 ? "even" : "odd").build());
        }
        repo.insertAll(many);
        assertThat(repo.counts().people()).isEqualTo(1234);
        assertThat(repo.counts().emails()).isEqualTo(1234);
        assertThat(repo.findIds(ContactQuery.ALL.withTag("even"))).hasSize(617);
        assertThat(search("p1233@example")).containsExactly("Given1233 Family1233");
        long id = repo.findIds(ContactQuery.text("p1233@example"))[0];
        assertThat(repo.summaries(new long[] {id}).get(0).email()).isEqualTo("p1233@example.com");

        // after the bulk write the triggers keep search in step again
        Contact one = repo.find(id).orElseThrow();
        repo.update(one.withDetails("", List.of(new app.rapport.domain.contacts.Email("", "changed@example.org")), List.of(),
                List.of(), List.of(), List.of(), "", null));
        assertThat(search("changed@example")).containsExactly("Given1233 Family1233");
        assertThat(search("p1233@example")).isEmpty();
    }

    @Test
    void summariesKeepTheOrderOfTheIds() {
        long a = repo.insert(person("Anna", "A").build());
        long b = repo.insert(person("Boris", "B").build());
        long c = repo.insert(person("Carla", "C").build());
        assertThat(repo.summaries(new long[] {c, a, b})).extracting(ContactSummary::id).containsExactly(c, a, b);
        assertThat(Arrays.stream(repo.findIds(ContactQuery.ALL)).boxed().toList()).containsExactly(a, b, c);
    }

    @Test
    void namesSortInTheDatabasesCollationAndChangingItReKeysEveryone() {
        for (String[] name : new String[][] {{"Anna", "Müller"}, {"Boris", "Борисов"}, {"Olga", "Mayer"},
            {"Pim", "Nagel"}, {"มาลี", "เพชรรัตน์"}, {"Ёжи", "Ёлкин"}}) {
            repo.insert(person(name[0], name[1]).build());
        }
        ContactQuery byName = ContactQuery.ALL.sortedBy(SortField.NAME, true);
        assertThat(db.sortKeys().collation()).isEqualTo(NameCollation.ROOT);
        assertThat(names(byName)).containsExactly("Olga Mayer", "Anna Müller", "Pim Nagel", "Boris Борисов",
                "Ёжи Ёлкин", "มาลี เพชรรัตน์");

        assertThat(db.sortNamesBy(NameCollation.of(new Locale("ru")))).isEqualTo(6);
        assertThat(names(byName)).containsExactly("Boris Борисов", "Ёжи Ёлкин", "Olga Mayer", "Anna Müller",
                "Pim Nagel", "มาลี เพชรรัตน์");
        // a contact written afterwards gets a key of the new kind
        repo.insert(person("Ivan", "Абрамов").build());
        assertThat(names(byName).get(0)).isEqualTo("Ivan Абрамов");
        assertThat(db.sortNamesBy(NameCollation.of(new Locale("ru")))).as("already sorted so").isZero();
    }

    @Test
    void theCollationIsRecordedInTheFileAndKeptByOpenersThatWantNoneInParticular() {
        repo.insert(person("มาลี", "เพชรรัตน์").build());
        repo.insert(person("Anna", "Müller").build());
        db.sortNamesBy(NameCollation.of(new Locale("th")));
        db.close();

        db = Database.open(dir.resolve("rapport.db")); // the command line's way: no wish of its own
        repo = new JdbiContactRepository(db, Clock.systemUTC());
        assertThat(db.sortKeys().collation().tag()).isEqualTo("th");
        assertThat(names(ContactQuery.ALL)).containsExactly("มาลี เพชรรัตน์", "Anna Müller");
        db.close();

        db = Database.open(dir.resolve("rapport.db"), NameCollation.of(Locale.GERMAN)); // the window in German
        repo = new JdbiContactRepository(db, Clock.systemUTC());
        assertThat(names(ContactQuery.ALL)).containsExactly("Anna Müller", "มาลี เพชรรัตน์");
    }

    private List<String> picked(String text, int offset, int limit) {
        return repo.summaries(repo.pickIds(text, offset, limit)).stream().map(ContactSummary::displayName).toList();
    }

    @Test
    void pickersOfferTheNameAsTypedFirstThenNamesStartingWithItAPageAtATime() {
        repo.insert(person("Anna", "Adler").worksAt("Müller Bau GmbH", "").build());
        repo.insert(person("Bernd", "Müllerschön").build());
        repo.insert(organisation("Müller Bau GmbH").build());
        repo.insert(person("Carla", "Berg").worksAt("Müller Bau GmbH", "").build());
        repo.insert(organisation("Müller Bau GmbH & Söhne").build());
        // typed without the umlaut, in full: the company first, then the longer name, then the rest by name
        assertThat(picked("muller bau gmbh", 0, 10))
                .containsExactly("Müller Bau GmbH", "Müller Bau GmbH & Söhne", "Anna Adler", "Carla Berg");
        // a word of the name starting with what was typed comes before a match elsewhere (the organisation)
        assertThat(picked("müller", 0, 10)).startsWith("Müller Bau GmbH", "Müller Bau GmbH & Söhne",
                "Bernd Müllerschön");
        // pages: cut in SQL, the next page where the last ended
        assertThat(picked("müller", 0, 2)).containsExactly("Müller Bau GmbH", "Müller Bau GmbH & Söhne");
        assertThat(picked("müller", 2, 2)).containsExactly("Bernd Müllerschön", "Anna Adler");
        assertThat(picked("müller", 4, 2)).containsExactly("Carla Berg");
    }
}
