package app.rapport.ui;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.app.Services;
import app.rapport.domain.backup.Backup;
import app.rapport.io.encryption.EncryptedFile;
import app.rapport.service.backup.RestoreOutcome;
import app.rapport.testing.FxWait;
import app.rapport.ui.backup.BackupsView;
import app.rapport.ui.backup.BackupsViewModel;
import app.rapport.ui.common.FxTaskRunner;
import app.rapport.ui.common.I18n;
import app.rapport.ui.exporting.ExportDialog;
import app.rapport.ui.exporting.ExportViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Encrypting a JSON export and the backups folder, and restoring with the right and a wrong passphrase, headless. */
class EncryptedBackupsWindowTest extends FxRobot {
    private static final String RIGHT = "Mauersegler über Leipzig";

    @TempDir
    Path dir;
    Services services;
    FxTaskRunner runner;
    Stage stage;
    final I18n i18n = new I18n(Locale.US);

    private app.rapport.ui.common.DialogService dialogs() {
        return new app.rapport.ui.common.FxDialogService(() -> i18n, () -> stage);
    }
    final List<RestoreOutcome> restored = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() throws Exception {
        services = Services.open(dir.resolve("rapport.db"));
        services.contactRepository().insert(person("Anna", "Weber").email("anna@example.de").build());
        services.contactRepository().insert(person("Boris", "Ivanov").build());
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            runner = new FxTaskRunner();
            stage.setScene(new Scene(new StackPane(), 400, 300));
            stage.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
        services.close();
    }

    @Test
    void anEncryptedJsonExportRestoresWithItsPassphraseAndAWrongOneChangesNothing() throws Exception {
        Path target = dir.resolve("usb/rapport.json.enc");
        Files.createDirectories(target.getParent());
        List<String> done = new CopyOnWriteArrayList<>();
        FxToolkit.setupFixture(() -> {
            ExportDialog export = new ExportDialog(stage, new ExportViewModel(services.exports(), services.backups(), runner),
                    i18n, List.of(), done::add);
            export.useSaveChooser((owner, vm) -> target.toFile());
            export.show();
        });
        FxWait.until(() -> lookup("#exportFormat").tryQuery().isPresent());
        assertThat(lookup("#exportEncrypt").query().isVisible()).as("only a full backup can be encrypted").isFalse();
        ComboBox<ExportViewModel.Format> format = lookup("#exportFormat").queryComboBox();
        interact(() -> format.setValue(ExportViewModel.Format.JSON));
        clickOn("#exportEncrypt");
        FxWait.until(() -> lookup("#exportPassphrase").query().isVisible());
        interact(() -> {
            field("#exportPassphrase").setText(RIGHT);
            field("#exportPassphraseRepeat").setText("Mauersegler über Dresden");
        });
        clickOn(lookup((Button b) -> "Choose file\u2026".equals(b.getText())).queryButton());
        FxWait.until(() -> "The two passphrases are not the same.".equals(shownError()));
        assertThat(target).as("nothing written while the two differ").doesNotExist();

        interact(() -> field("#exportPassphraseRepeat").setText(RIGHT));
        clickOn(lookup((Button b) -> "Choose file\u2026".equals(b.getText())).queryButton());
        FxWait.until(() -> done.size() == 1);
        assertThat(done.get(0)).isEqualTo("Everything written to rapport.json.enc.");
        assertThat(EncryptedFile.isEncrypted(target)).isTrue();

        // another database restores it from the Backups dialog
        try (Services other = Services.open(dir.resolve("other/rapport.db"))) {
            other.contactRepository().insert(person("Nur", "Eine").build());
            FxToolkit.setupFixture(() -> {
                BackupsView view = new BackupsView(stage, new BackupsViewModel(other.backups(), runner, dialogs(), restored::add), i18n);
                view.useRestoreChooser(owner -> target.toFile());
                view.show();
            });
            FxWait.until(() -> lookup("#restoreFile").tryQuery().isPresent());
            clickOn("#restoreFile");
            FxWait.until(() -> lookup("#openPassphrase").tryQuery().isPresent());
            assertThat(lookup("#passphraseError").query().isVisible()).isFalse();
            interact(() -> field("#openPassphrase").setText("Mauersegler über Dresden"));
            clickOn(lookup((Button b) -> "Open".equals(b.getText())).queryButton());
            FxWait.until(() -> lookup("#passphraseError").tryQuery().map(Node::isVisible).orElse(false));
            assertThat(lookup("#passphraseError").queryAs(Label.class).getText())
                    .isEqualTo("That passphrase does not open this backup. Nothing was changed.");
            // the file is locked while open; every row is compared in EncryptedBackupTest, the bytes in EncryptedCliTest
            assertThat(other.contacts().counts().people()).isEqualTo(1);
            assertThat(other.backups().backups()).as("not even a safety copy").isEmpty();

            interact(() -> field("#openPassphrase").setText(RIGHT));
            clickOn(lookup((Button b) -> "Open".equals(b.getText())).queryButton());
            FxWait.until(() -> lookup(".alert .content").tryQuery().isPresent());
            Node alert = lookup(".alert").query();
            assertThat(from(alert).lookup(".content").queryAs(Label.class).getText())
                    .startsWith("Replace your 1 contact with the 2 in the backup of ");
            clickOn(from(alert).lookup((Button b) -> "Restore".equals(b.getText())).queryButton());
            FxWait.until(() -> restored.size() == 1);
            assertThat(other.contacts().counts().people()).isEqualTo(2);
        }
    }

    @Test
    void backupsEncryptedFromTheBackupsDialogShowALockAndRestoreWithThePassphrase() throws Exception {
        FxToolkit.setupFixture(() -> new BackupsView(stage, new BackupsViewModel(services.backups(), runner, dialogs(), restored::add), i18n).show());
        FxWait.until(() -> lookup("#encrypt").tryQuery().isPresent());
        assertThat(lookup("#encrypt").queryButton().getText()).isEqualTo("Encrypt backups with a passphrase\u2026");
        assertThat(lookup("#stopEncrypting").query().isVisible()).isFalse();
        clickOn("#encrypt");
        FxWait.until(() -> lookup("#newPassphrase").tryQuery().isPresent());
        assertThat(lookup((Label l) -> l.getText() != null && l.getText().contains("a lost passphrase cannot be recovered"))
                .tryQuery()).isPresent();
        interact(() -> {
            field("#newPassphrase").setText("kurz");
            field("#repeatPassphrase").setText("kurz");
        });
        clickOn(lookup((Button b) -> "Encrypt".equals(b.getText())).queryButton());
        assertThat(lookup("#passphraseError").queryAs(Label.class).getText()).isEqualTo("A passphrase needs at least 8 characters.");
        interact(() -> {
            field("#newPassphrase").setText(RIGHT);
            field("#repeatPassphrase").setText(RIGHT);
        });
        clickOn(lookup((Button b) -> "Encrypt".equals(b.getText())).queryButton());
        FxWait.until(() -> "Backups from now on are encrypted.".equals(lookup("#status").queryAs(Label.class).getText()));
        assertThat(services.backups().encryptsBackups()).isTrue();
        assertThat(lookup("#encrypt").queryButton().getText()).isEqualTo("Change the passphrase\u2026");
        assertThat(lookup("#stopEncrypting").query().isVisible()).isTrue();

        clickOn("#backUpNow");
        TableView<Backup> table = lookup("#table").queryTableView();
        FxWait.until(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).encrypted()).isTrue();
        FxWait.until(() -> lookup(".backup-lock").tryQuery().isPresent());

        services.contactRepository().insert(person("Clara", "Schmidt").build());
        interact(() -> table.getSelectionModel().select(0));
        clickOn("#restore");
        FxWait.until(() -> lookup("#openPassphrase").tryQuery().isPresent());
        interact(() -> field("#openPassphrase").setText(RIGHT));
        clickOn(lookup((Button b) -> "Open".equals(b.getText())).queryButton());
        FxWait.until(() -> lookup(".alert .content").tryQuery().isPresent());
        Node alert = lookup(".alert").query();
        clickOn(from(alert).lookup((Button b) -> "Restore".equals(b.getText())).queryButton());
        FxWait.until(() -> restored.size() == 1);
        assertThat(services.contacts().counts().people()).isEqualTo(2);
        assertThat(services.backups().encryptsBackups()).as("still encrypting after the restore").isTrue();
    }

    private PasswordField field(String id) {
        return lookup(id).queryAs(PasswordField.class);
    }

    /** The error line the export dialog shows. */
    private String shownError() {
        return lookup(".field-error").queryAll().stream().map(n -> ((Label) n).getText())
                .filter(t -> t != null && !t.isEmpty()).findFirst().orElse("");
    }
}
