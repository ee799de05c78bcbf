package app.rapport.ui.backup;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.backup.BackupSettings;
import app.rapport.persistence.backup.SqliteBackupStore;
import app.rapport.service.backup.BackupService;
import app.rapport.service.backup.RestoreOutcome;
import app.rapport.service.backup.RestorePlan;
import app.rapport.testing.DatabaseContents;
import app.rapport.testing.DirectTaskRunner;
import app.rapport.testing.ScriptedDialogs;
import app.rapport.testing.TestDatabase;
import app.rapport.ui.common.DialogService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dialog's logic without a toolkit: a synchronous runner over a real database. */
class BackupsViewModelTest {
    @TempDir
    Path dir;
    TestDatabase db;
    final List<RestoreOutcome> restored = new ArrayList<>();
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    BackupsViewModel vm;

    @BeforeEach
    void open() {
        db = new TestDatabase(dir);
        db.repository().insert(person("Anna", "Weber").email("anna@example.de").build());
        db.repository().insert(person("Boris", "Ivanov").build());
        BackupService backups = new BackupService(new SqliteBackupStore(db.database()),
                Clock.fixed(TestDatabase.NOW, ZoneOffset.UTC), BackupSettings.DEFAULTS);
        vm = new BackupsViewModel(backups, new DirectTaskRunner(), dialogs, restored::add);
        vm.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void backUpNowAddsABackupToTheList() {
        assertThat(vm.rows()).isEmpty();
        vm.backUpNow();
        assertThat(vm.rows()).singleElement().satisfies(b -> {
            assertThat(b.file().getFileName().toString()).isEqualTo("rapport-2026-11-22T100000.db");
            assertThat(b.beforeRestore()).isFalse();
        });
        assertThat(vm.statusProperty().get()).isEqualTo(new BackupsViewModel.Message("backup.done",
                List.of("rapport-2026-11-22T100000.db")));
        assertThat(vm.workingProperty().get()).isFalse();
        assertThat(vm.errorKeyProperty().get()).isNull();
    }

    @Test
    void restoringAsksFirstAndReplacesOnlyAfterTheYes() {
        vm.backUpNow();
        Map<String, List<List<Object>>> atBackup = DatabaseContents.of(db.database());
        db.repository().insert(person("Clara", "Schmidt").build());
        Map<String, List<List<Object>>> changed = DatabaseContents.of(db.database());

        vm.selectedProperty().set(vm.rows().get(0));
        vm.restoreSelected();
        RestorePlan plan = vm.pendingRestoreProperty().get();
        assertThat(plan.contactsNow()).isEqualTo(3);
        assertThat(plan.contactsInBackup()).isEqualTo(2);
        assertThat(DatabaseContents.of(db.database())).as("nothing replaced before the yes").isEqualTo(changed);

        vm.confirmRestore();
        assertThat(DatabaseContents.of(db.database())).isEqualTo(atBackup);
        assertThat(restored).singleElement().satisfies(o -> {
            assertThat(o.replaced()).isEqualTo(3);
            assertThat(o.restored()).isEqualTo(2);
            assertThat(o.safetyCopy()).isPresent();
        });
        assertThat(vm.restoredProperty().get()).isTrue();
        assertThat(vm.pendingRestoreProperty().get()).isNull();
    }

    @Test
    void theQuestionIsAWarningThatSaysWhatIsReplacedAndByWhatAndOnlyAYesRestores() {
        vm.backUpNow();
        db.repository().insert(person("Clara", "Schmidt").build());
        Map<String, List<List<Object>>> changed = DatabaseContents.of(db.database());
        vm.selectedProperty().set(vm.rows().get(0));
        vm.restoreSelected();
        dialogs.confirming(false);
        vm.askToRestore();
        assertThat(dialogs.asked).containsExactly("confirm backup.confirm.header");
        DialogService.Question q = dialogs.questions.get(0);
        assertThat(q.weight()).as("Restore is never the default answer").isEqualTo(DialogService.Weight.WARNING);
        assertThat(q.goAhead().key()).isEqualTo("backup.confirm.restore");
        assertThat(q.body().key()).isEqualTo("backup.confirm");
        assertThat(q.body().args()).startsWith(3L, 2L);
        assertThat(DatabaseContents.of(db.database())).isEqualTo(changed);
        assertThat(vm.pendingRestoreProperty().get()).isNull();
        assertThat(vm.statusProperty().get().key()).isEqualTo("backup.cancelled");

        vm.restoreSelected();
        dialogs.confirming(true);
        vm.askToRestore();
        assertThat(restored).singleElement().satisfies(o -> assertThat(o.restored()).isEqualTo(2));
        assertThat(dialogs.done()).isTrue();
    }

    @Test
    void nothingWaitingAsksNothing() {
        vm.askToRestore();
        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void cancellingChangesNothingAndLeavesNoCopy() {
        vm.backUpNow();
        db.repository().insert(person("Clara", "Schmidt").build());
        Map<String, List<List<Object>>> changed = DatabaseContents.of(db.database());
        vm.selectedProperty().set(vm.rows().get(0));
        vm.restoreSelected();
        Path prepared = vm.pendingRestoreProperty().get().prepared();
        vm.cancelRestore();
        assertThat(prepared).doesNotExist();
        assertThat(DatabaseContents.of(db.database())).isEqualTo(changed);
        assertThat(restored).isEmpty();
        assertThat(vm.statusProperty().get().key()).isEqualTo("backup.cancelled");
    }

    @Test
    void aBackupThatWentAwayWhileListedIsExplainedAndTheListReloaded() throws Exception {
        vm.backUpNow();
        Path listed = vm.rows().get(0).file(); // listed, then deleted behind the list's back
        Files.delete(listed);
        vm.selectedProperty().set(vm.rows().get(0));
        vm.restoreSelected();
        assertThat(vm.errorKeyProperty().get()).isEqualTo("backup.error.gone");
        assertThat(vm.rows()).as("reloaded").isEmpty();
        assertThat(vm.pendingRestoreProperty().get()).isNull();
        assertThat(restored).isEmpty();
    }

    @Test
    void aFileThatIsNotABackupIsRefusedInPlainWords() throws Exception {
        Path notes = dir.resolve("notes.json");
        Files.writeString(notes, "{\"shopping\": [\"milk\"]}");
        vm.restoreFrom(notes);
        assertThat(vm.errorKeyProperty().get()).isEqualTo("backup.error.notABackup");
        assertThat(vm.pendingRestoreProperty().get()).isNull();
        assertThat(vm.workingProperty().get()).isFalse();

        Path cut = dir.resolve("cut.json");
        vm.exportJson(dir.resolve("whole.json"));
        byte[] whole = Files.readAllBytes(dir.resolve("whole.json"));
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length - 10));
        vm.restoreFrom(cut);
        assertThat(vm.errorKeyProperty().get()).isEqualTo("backup.error.damaged");
        assertThat(restored).isEmpty();
    }

    @Test
    void exportJsonAsksWhereAndCancelWritesNothing() {
        Path json = dir.resolve("asked.json");
        dialogs.choosing();
        vm.exportJson();
        dialogs.choosing(json);
        vm.exportJson();
        assertThat(dialogs.asked).hasSize(2).allSatisfy(a ->
                assertThat(a).matches("save backup.chooser.export rapport-\\d{4}-\\d{2}-\\d{2}\\.json"));
        assertThat(json).exists();
        assertThat(vm.statusProperty().get()).isEqualTo(new BackupsViewModel.Message("backup.exported", List.of(json.toString())));
    }

    @Test
    void exportJsonWritesTheFileAndSaysWhere() {
        Path json = dir.resolve("out/rapport.json");
        vm.exportJson(json);
        assertThat(json).exists();
        assertThat(vm.statusProperty().get()).isEqualTo(new BackupsViewModel.Message("backup.exported", List.of(json.toString())));
    }

    @Test
    void aDamagedBackupIsListedAsDamagedAndNotRestored() throws Exception {
        vm.backUpNow();
        Path good = vm.rows().get(0).file();
        Path old = good.resolveSibling("rapport-2026-11-01T100000.db");
        Files.copy(good, old);
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(old.toFile(), "rw")) {
            raf.seek(4096);
            raf.write(new byte[4096 * 2]); // pages of the copy lost, as on a failing disk
        }
        vm.load();
        assertThat(vm.rows()).extracting(b -> b.file().getFileName().toString(), app.rapport.domain.backup.Backup::health)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rapport-2026-11-22T100000.db", app.rapport.domain.backup.Backup.Health.GOOD),
                        org.assertj.core.groups.Tuple.tuple("rapport-2026-11-01T100000-damaged.db", app.rapport.domain.backup.Backup.Health.DAMAGED));
        long people = db.service().counts().people();
        vm.selectedProperty().set(vm.rows().get(1));
        vm.restoreSelected();
        assertThat(vm.errorKeyProperty().get()).isEqualTo("backup.error.damagedListed");
        assertThat(vm.pendingRestoreProperty().get()).isNull();
        assertThat(db.service().counts().people()).isEqualTo(people);
        assertThat(restored).isEmpty();
    }

    @Test
    void aFullDiskIsNotCalledADamagedBackupAndAnEditedValueHasItsOwnWords() {
        var full = new app.rapport.service.StorageException(app.rapport.service.StorageException.Reason.DISK_FULL,
                "Cannot write the restore copy", new java.io.IOException("No space left on device"));
        assertThat(BackupsViewModel.keyFor(new RuntimeException(full))).isEqualTo("backup.error.diskFull");
        assertThat(BackupsViewModel.keyFor(new app.rapport.service.backup.BackupException(
                app.rapport.service.backup.BackupException.Reason.INVALID_VALUE, "x", null, "contact id 1, field created_at")))
                .isEqualTo("backup.error.invalidValue");
        var backupOpenElsewhere = new app.rapport.service.StorageException(app.rapport.service.StorageException.Reason.LOCKED,
                "busy", null, Path.of("other.db"));
        assertThat(BackupsViewModel.keyFor(backupOpenElsewhere)).as("the backup is named, not the database")
                .isEqualTo("backup.error.inUse");
        assertThat(BackupsViewModel.keyFor(new app.rapport.service.StorageException(
                app.rapport.service.StorageException.Reason.LOCKED, "busy"))).isEqualTo("error.db.locked");
    }
}
