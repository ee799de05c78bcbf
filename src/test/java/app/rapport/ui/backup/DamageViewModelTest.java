package app.rapport.ui.backup;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.backup.Backup;
import app.rapport.domain.backup.BackupSettings;
import app.rapport.io.exporting.VCardExport;
import app.rapport.persistence.backup.SqliteBackupStore;
import app.rapport.persistence.exporting.JdbiExportRepository;
import app.rapport.service.backup.BackupService;
import app.rapport.service.backup.RestoreOutcome;
import app.rapport.service.exporting.ExportService;
import app.rapport.testing.DirectTaskRunner;
import app.rapport.testing.ScriptedDialogs;
import app.rapport.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The choices offered over a damaged database, without a toolkit. */
class DamageViewModelTest {
    @TempDir
    Path dir;
    TestDatabase db;
    BackupService backups;
    final List<RestoreOutcome> restored = new ArrayList<>();
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    DamageViewModel vm;

    @BeforeEach
    void open() {
        db = new TestDatabase(dir);
        db.repository().insert(person("Anna", "Weber").build());
        backups = new BackupService(new SqliteBackupStore(db.database()), Clock.fixed(TestDatabase.NOW, ZoneOffset.UTC),
                BackupSettings.DEFAULTS);
        vm = new DamageViewModel(backups, new ExportService(db.repository(), new JdbiExportRepository(db.database()), db.outputs()),
                new DirectTaskRunner(), dialogs, restored::add);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void withoutAGoodBackupThereIsNothingToRestore() {
        vm.load();
        assertThat(vm.searchedProperty().get()).isTrue();
        assertThat(vm.lastGoodProperty().get()).isNull();
        vm.restoreLastGood();
        assertThat(vm.restore().pendingRestoreProperty().get()).isNull();
    }

    @Test
    void theLastGoodBackupIsRestoredThroughTheUsualQuestion() {
        Backup good = backups.backUp();
        db.repository().insert(person("Boris", "Ivanov").build());
        vm.load();
        assertThat(vm.lastGoodProperty().get()).isEqualTo(good);
        vm.restoreLastGood();
        assertThat(vm.restore().pendingRestoreProperty().get().contactsInBackup()).isEqualTo(1);
        assertThat(restored).as("nothing replaced before the yes").isEmpty();
        vm.restore().confirmRestore();
        assertThat(restored).singleElement().satisfies(o -> assertThat(o.safetyCopy()).isPresent());
        assertThat(db.service().counts().people()).isEqualTo(1);
    }

    @Test
    void savingWhatCanBeReadSaysHowManyWereSavedAndSkipped() {
        Path out = dir.resolve("saved.vcf");
        vm.saveReadable(VCardExport.v4(), out);
        assertThat(vm.statusProperty().get()).isEqualTo(new BackupsViewModel.Message("damage.saved",
                List.of(1, out.toString(), 0)));
        assertThat(vm.workingProperty().get()).isFalse();
    }

    @Test
    void savingWhatCanBeReadAsksWhereAsAVCardFileAndCancelSavesNothing() {
        dialogs.choosing();
        vm.saveReadable();
        assertThat(dialogs.asked).singleElement().asString().matches("save cards.save.title rapport-\\d{4}-\\d{2}-\\d{2}\\.vcf");
        assertThat(vm.statusProperty().get()).isNull();

        Path out = dir.resolve("chosen.vcf");
        dialogs.choosing(out);
        vm.saveReadable();
        assertThat(out).exists();
        assertThat(vm.statusProperty().get().key()).isEqualTo("damage.saved");
    }

    @Test
    void theLastGoodBackupIsRestoredOnlyAfterTheYes() {
        backups.backUp();
        db.repository().insert(person("Boris", "Ivanov").build());
        vm.load();
        vm.restoreLastGood();
        dialogs.confirming(true);
        vm.restore().askToRestore();
        assertThat(dialogs.questions).singleElement().satisfies(q ->
                assertThat(q.weight()).isEqualTo(app.rapport.ui.common.DialogService.Weight.WARNING));
        assertThat(restored).hasSize(1);
        assertThat(db.service().counts().people()).isEqualTo(1);
    }
}
