package app.rapport.ui.exporting;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.backup.BackupSettings;
import app.rapport.persistence.backup.SqliteBackupStore;
import app.rapport.persistence.exporting.JdbiExportRepository;
import app.rapport.service.backup.BackupService;
import app.rapport.service.exporting.ExportService;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog's view-model without a toolkit, on a real database. */
class ExportViewModelTest {
    @TempDir
    Path dir;

    @Test
    void exportsATagAsVCardEverythingAsJsonAndSaysWhyAFileCannotBeWritten() throws Exception {
        try (TestDatabase db = new TestDatabase(dir.resolve("db"))) {
            db.repository().insert(person("Anna", "Schmidt").tag("client").build());
            db.repository().insert(person("Boris", "Ivanov").build());
            ExportViewModel vm = new ExportViewModel(new ExportService(db.repository(),
                    new JdbiExportRepository(db.database()), db.outputs()), new BackupService(new SqliteBackupStore(db.database()),
                    Clock.fixed(TestDatabase.NOW, ZoneOffset.UTC), BackupSettings.DEFAULTS), new DirectTaskRunner());
            AtomicInteger written = new AtomicInteger(-2);
            vm.tagProperty().set("client");
            Path vcf = dir.resolve("clients.vcf");
            vm.export(vcf, written::set);
            assertThat(written.get()).isEqualTo(1);
            assertThat(Files.readString(vcf)).contains("Anna Schmidt").doesNotContain("Boris");

            // the contacts the list shows: here Boris only
            long boris = db.service().search(app.rapport.domain.contacts.ContactQuery.text("ivanov"))[0];
            vm.setShownIds(() -> new long[] {boris});
            vm.onlyShownProperty().set(true);
            vm.formatProperty().set(ExportViewModel.Format.VCARD3);
            Path shown = dir.resolve("shown.vcf");
            vm.export(shown, written::set);
            assertThat(written.get()).isEqualTo(1);
            assertThat(Files.readString(shown)).contains("Boris Ivanov").contains("VERSION:3.0").doesNotContain("Anna");
            vm.onlyShownProperty().set(false);

            vm.formatProperty().set(ExportViewModel.Format.JSON);
            Path json = dir.resolve("all.json");
            vm.export(json, written::set);
            assertThat(written.get()).isEqualTo(-1);
            assertThat(Files.readString(json)).contains("Anna").contains("Boris");

            vm.formatProperty().set(ExportViewModel.Format.CSV);
            written.set(-2);
            vm.export(dir.resolve("missing/x.csv"), written::set);
            assertThat(written.get()).isEqualTo(-2);
            assertThat(vm.errorKeyProperty().get()).isEqualTo("export.error.NO_FOLDER");
        }
    }

    @Test
    void anEncryptedBackupNeedsTheSamePassphraseTwiceAndIsWrittenEncrypted() throws Exception {
        try (TestDatabase db = new TestDatabase(dir.resolve("db"))) {
            db.repository().insert(person("Anna", "Schmidt").build());
            ExportViewModel vm = new ExportViewModel(new ExportService(db.repository(),
                    new JdbiExportRepository(db.database()), db.outputs()), new BackupService(new SqliteBackupStore(db.database()),
                    Clock.fixed(TestDatabase.NOW, ZoneOffset.UTC), BackupSettings.DEFAULTS), new DirectTaskRunner());
            vm.encryptProperty().set(true);
            assertThat(vm.encrypts()).as("only the full backup is encrypted").isFalse();
            assertThat(vm.suggestedFileName()).isEqualTo("rapport.vcf");
            vm.formatProperty().set(ExportViewModel.Format.JSON);
            assertThat(vm.suggestedFileName()).isEqualTo("rapport.json.enc");

            AtomicInteger written = new AtomicInteger(-2);
            Path sealed = dir.resolve("all.json.enc");
            vm.passphraseProperty().set("Rosen im Dezember");
            vm.passphraseRepeatProperty().set("Rosen im November");
            assertThat(vm.readyToChooseFile()).isFalse();
            assertThat(vm.errorKeyProperty().get()).isEqualTo("passphrase.error.mismatch");
            vm.export(sealed, written::set);
            assertThat(sealed).doesNotExist();
            vm.passphraseRepeatProperty().set("Rosen im Dezember");
            vm.export(sealed, written::set);
            assertThat(written.get()).isEqualTo(-1);
            assertThat(app.rapport.io.encryption.EncryptedFile.isEncrypted(sealed)).isTrue();
            assertThat(new String(Files.readAllBytes(sealed), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Schmidt");
        }
    }

    @Test
    void theFileIsAskedForOnlyWhenTheFormWillDoNamedForTheFormatAndTheResultSaidInWords() throws Exception {
        try (TestDatabase db = new TestDatabase(dir.resolve("db"))) {
            db.repository().insert(person("Anna", "Schmidt").build());
            db.repository().insert(person("Boris", "Ivanov").build());
            ExportViewModel vm = new ExportViewModel(new ExportService(db.repository(),
                    new JdbiExportRepository(db.database()), db.outputs()), new BackupService(new SqliteBackupStore(db.database()),
                    Clock.fixed(TestDatabase.NOW, ZoneOffset.UTC), BackupSettings.DEFAULTS), new DirectTaskRunner());
            List<DialogService.Words> done = new ArrayList<>();
            ScriptedDialogs dialogs = new ScriptedDialogs().choosing();
            vm.chooseFileAndExport(dialogs, done::add);
            assertThat(dialogs.asked).containsExactly("save cards.save.title rapport.vcf");
            assertThat(done).as("Cancel writes nothing").isEmpty();

            Path vcf = dir.resolve("everyone.vcf");
            vm.chooseFileAndExport(dialogs.choosing(vcf), done::add);
            assertThat(done).containsExactly(DialogService.Words.of("export.done", 2, "everyone.vcf"));

            vm.formatProperty().set(ExportViewModel.Format.JSON);
            vm.encryptProperty().set(true);
            vm.passphraseProperty().set("Rosen im Dezember");
            vm.passphraseRepeatProperty().set("Rosen");
            vm.chooseFileAndExport(dialogs, done::add);
            assertThat(dialogs.asked).as("no file asked for while the passphrases will not do").hasSize(2);
            assertThat(vm.errorKeyProperty().get()).isEqualTo("passphrase.error.mismatch");

            vm.passphraseRepeatProperty().set("Rosen im Dezember");
            Path sealed = dir.resolve("all.json.enc");
            vm.chooseFileAndExport(dialogs.choosing(sealed), done::add);
            assertThat(dialogs.asked).last().isEqualTo("save cards.save.title rapport.json.enc");
            assertThat(done).last().isEqualTo(DialogService.Words.of("export.done.backup", "all.json.enc"));
            assertThat(dialogs.done()).isTrue();
        }
    }
}
