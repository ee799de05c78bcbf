package app.rapport.ui.sync;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactRules;
import app.rapport.domain.sync.CardMerge;
import app.rapport.io.sync.CardCodec;
import app.rapport.persistence.sync.JdbiSyncRepository;
import app.rapport.service.sync.SyncService;
import app.rapport.testing.DirectTaskRunner;
import app.rapport.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Conflicts dialog's decisions, without a window, on a real database holding conflicts as a sync keeps them
 * (no server: choosing asks none).
 */
class ConflictsViewModelTest {
    @TempDir
    Path dir;
    TestDatabase db;
    ConflictsViewModel vm;
    int resolved;
    long anna;
    long boris;

    @BeforeEach
    void open() {
        db = new TestDatabase(dir);
        anna = db.service().save(person("Anna", "Weber").worksAt("Isar Software", "Chefin").build()).saved().id();
        boris = db.service().save(person("Борис", "Петров").notes("Из Казани").build()).saved().id();
        db.database().jdbi().useHandle(h -> {
            h.execute("INSERT INTO sync_account (id, server_url, user_name, book_href, book_name) VALUES (1, "
                    + "'https://dav.example.org/', 'anna', 'https://dav.example.org/anna/rapport/', 'Rapport')");
            h.execute("INSERT INTO sync_conflict (account_id, contact_id, href, fields, server_vcard, found_at) VALUES"
                    + " (1, ?, '/anna/rapport/a.vcf', 'TITLE', ?, '2026-11-22T09:00:00.000Z')", anna,
                    card("Anna Weber", "N:Weber;Anna;;;\r\nORG:Isar Software\r\nTITLE:Direktorin\r\n"));
            h.execute("INSERT INTO sync_conflict (account_id, contact_id, href, fields, server_vcard, found_at) VALUES"
                    + " (1, ?, '/anna/rapport/b.vcf', 'NOTES', ?, '2026-11-22T09:01:00.000Z')", boris,
                    card("Борис Петров", "N:Петров;Борис;;;\r\nNOTE:Познакомились в Казани\r\n"));
        });
        SyncService sync = new SyncService(new JdbiSyncRepository(db.database()), new CardCodec(new ContactRules("DE")),
                "DE", Clock.systemUTC());
        vm = new ConflictsViewModel(sync, new DirectTaskRunner());
        vm.setOnResolved(() -> resolved++);
    }

    private static String card(String fn, String lines) {
        return "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + fn + "\r\n" + lines + "END:VCARD\r\n";
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theOldestIsShownFirstWithBothValuesAndTakingTheServersMovesOnToTheNext() {
        vm.load();

        assertThat(vm.conflicts()).extracting(c -> c.contactName()).containsExactly("Anna Weber", "Борис Петров");
        assertThat(vm.selectedProperty().get().contactId()).isEqualTo(anna);
        assertThat(vm.selectedFields()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo(CardMerge.Field.TITLE);
            assertThat(f.rapport()).isEqualTo("Chefin");
            assertThat(f.server()).isEqualTo("Direktorin");
        });
        assertThat(vm.canTakeServerBinding().get()).isTrue();

        vm.takeServer();

        Contact now = db.service().find(anna).orElseThrow();
        assertThat(now.title()).isEqualTo("Direktorin");
        assertThat(now.organisation()).isEqualTo("Isar Software");
        assertThat(resolved).isEqualTo(1);
        assertThat(vm.conflicts()).extracting(c -> c.contactId()).containsExactly(boris);
        assertThat(vm.selectedProperty().get().contactId()).isEqualTo(boris);
        assertThat(vm.errorProperty().get()).isNull();

        vm.keepRapport();

        assertThat(db.service().find(boris).orElseThrow().notes()).isEqualTo("Из Казани");
        assertThat(vm.conflicts()).isEmpty();
        assertThat(vm.selectedProperty().get()).isNull();
        assertThat(vm.canKeepRapportBinding().get()).isFalse();
        assertThat(db.count("SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL")).isZero();
        assertThat(resolved).isEqualTo(2);
    }

    @Test
    void aConflictOfAContactInTheTrashCanOnlyBeDismissed() {
        db.service().moveToTrash(anna);
        vm.load();

        assertThat(vm.selectedProperty().get().contactGone()).isTrue();
        assertThat(vm.canTakeServerBinding().get()).isFalse();
        assertThat(vm.canKeepRapportBinding().get()).isTrue();
        vm.takeServer();
        assertThat(vm.conflicts()).hasSize(2);

        vm.keepRapport();

        assertThat(vm.conflicts()).hasSize(1);
        String title = db.database().jdbi().withHandle(h -> h.createQuery("SELECT title FROM contact WHERE id = ?")
                .bind(0, anna).mapTo(String.class).one());
        assertThat(title).as("the contact in the trash untouched").isEqualTo("Chefin");
    }

    @Test
    void aConflictSettledElsewhereMeanwhileIsSaidAndTheListReadAgain() {
        vm.load();
        long first = vm.selectedProperty().get().id();
        new SyncService(new JdbiSyncRepository(db.database()), new CardCodec(new ContactRules("DE")), "DE",
                Clock.systemUTC()).resolve(first, CardMerge.Side.RAPPORT);

        vm.takeServer();

        assertThat(vm.errorProperty().get().key()).isEqualTo("sync.conflicts.changed");
        assertThat(vm.conflicts()).extracting(c -> c.contactId()).containsExactly(boris);
        assertThat(db.service().find(anna).orElseThrow().title()).as("nothing taken").isEqualTo("Chefin");
        assertThat(resolved).isZero();
    }
}
