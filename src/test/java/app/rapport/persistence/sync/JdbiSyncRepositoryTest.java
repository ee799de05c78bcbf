package app.rapport.persistence.sync;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rapport.domain.sync.CardLink;
import app.rapport.domain.sync.SyncAccount;
import app.rapport.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiSyncRepositoryTest {
    private static final Instant FIRST = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant SECOND = Instant.parse("2026-12-02T08:00:00Z");

    @TempDir
    Path dir;
    private TestDatabase db;
    private JdbiSyncRepository repo;
    private long anna;
    private long boris;

    @BeforeEach
    void open() {
        db = new TestDatabase(dir);
        repo = new JdbiSyncRepository(db.database());
        anna = db.service().save(person("Anna", "Müller").build()).saved().id();
        boris = db.service().save(person("Борис", "Петров").build()).saved().id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private SyncAccount account() {
        return repo.add(SyncAccount.of("https://dav.example.org/", "anna", "https://dav.example.org/anna/rapport/",
                "Rapport"));
    }

    private static CardLink link(SyncAccount account, Long contact, String href, String etag, Instant at) {
        return new CardLink(account.id(), contact, href, href.replace(".vcf", ""), etag, "sha-" + etag, at);
    }

    @Test
    void anAccountIsKeptWithoutAnyPasswordColumn() {
        SyncAccount saved = account();

        assertThat(repo.accounts()).containsExactly(saved);
        assertThat(saved.id()).isPositive();
        assertThat(saved.syncToken()).isNull();
        assertThat(saved.lastSyncedAt()).isNull();
        List<String> columns = db.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT name FROM pragma_table_info('sync_account') UNION ALL SELECT name FROM pragma_table_info('sync_card')")
                .mapTo(String.class).list());
        assertThat(columns).contains("user_name", "sync_token", "vcard_sha256")
                .noneMatch(c -> c.contains("pass") || c.contains("secret") || c.contains("credential"));
    }

    @Test
    void aFinishedRunKeepsTheLinksAndTheTokenAndTheNextOneMovesThemOn() {
        SyncAccount account = account();
        repo.finishRun(account.id(), List.of(link(account, anna, "/anna/rapport/a.vcf", "\"1\"", FIRST),
                link(account, boris, "/anna/rapport/b.vcf", "\"1\"", FIRST)), List.of(), "token-1", "ctag-1", FIRST);

        repo.finishRun(account.id(), List.of(link(account, anna, "/anna/rapport/a.vcf", "\"2\"", SECOND)),
                List.of("/anna/rapport/b.vcf"), "token-2", "ctag-2", SECOND);

        assertThat(repo.links(account.id())).containsExactly(link(account, anna, "/anna/rapport/a.vcf", "\"2\"", SECOND));
        assertThat(repo.linkOfContact(account.id(), anna)).map(CardLink::etag).contains("\"2\"");
        assertThat(repo.linkOfContact(account.id(), boris)).isEmpty();
        assertThat(repo.linkByUid(account.id(), "/anna/rapport/a")).map(CardLink::href).contains("/anna/rapport/a.vcf");
        SyncAccount after = repo.account(account.id()).orElseThrow();
        assertThat(after.syncToken()).isEqualTo("token-2");
        assertThat(after.ctag()).isEqualTo("ctag-2");
        assertThat(after.lastSyncedAt()).isEqualTo(SECOND);
    }

    @Test
    void aRunThatCannotBeRecordedKeepsTheOldTokenAndLinks() {
        SyncAccount account = account();
        repo.finishRun(account.id(), List.of(link(account, anna, "/anna/rapport/a.vcf", "\"1\"", FIRST)), List.of(),
                "token-1", null, FIRST);

        // one contact cannot be two cards of the same book
        assertThatThrownBy(() -> repo.finishRun(account.id(), List.of(
                link(account, boris, "/anna/rapport/b.vcf", "\"1\"", SECOND),
                link(account, anna, "/anna/rapport/other.vcf", "\"1\"", SECOND)), List.of(), "token-2", null, SECOND))
                .isInstanceOf(RuntimeException.class);

        assertThat(repo.account(account.id()).orElseThrow().syncToken()).isEqualTo("token-1");
        assertThat(repo.links(account.id())).extracting(CardLink::href).containsExactly("/anna/rapport/a.vcf");
    }

    @Test
    void aContactDeletedForGoodLeavesItsCardKnownSoTheNextSyncCanAsk() {
        SyncAccount account = account();
        repo.finishRun(account.id(), List.of(link(account, boris, "/anna/rapport/b.vcf", "\"1\"", FIRST)), List.of(),
                "token-1", null, FIRST);

        db.execute("DELETE FROM contact WHERE id = " + boris);

        assertThat(repo.linkAt(account.id(), "/anna/rapport/b.vcf")).get()
                .satisfies(l -> assertThat(l.contactId()).isNull());
    }

    @Test
    void forgettingAnAccountForgetsItsLinksButNotTheContacts() {
        SyncAccount account = account();
        SyncAccount other = repo.add(SyncAccount.of("http://127.0.0.1:5232/", "anna", "http://127.0.0.1:5232/anna/b/", null));
        repo.finishRun(account.id(), List.of(link(account, anna, "/anna/rapport/a.vcf", "\"1\"", FIRST)), List.of(),
                "t", null, FIRST);
        repo.finishRun(other.id(), List.of(link(other, anna, "/anna/b/a.vcf", "\"9\"", FIRST)), List.of(), "u", null,
                FIRST);

        repo.remove(account.id());

        assertThat(repo.accounts()).containsExactly(repo.account(other.id()).orElseThrow());
        assertThat(repo.links(account.id())).isEmpty();
        assertThat(repo.links(other.id())).hasSize(1);
        assertThat(db.count("SELECT count(*) FROM contact WHERE id = " + anna)).isEqualTo(1);
    }
}
