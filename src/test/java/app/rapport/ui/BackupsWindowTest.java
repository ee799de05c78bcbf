package app.rapport.ui;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.app.Services;
import app.rapport.domain.backup.Backup;
import app.rapport.service.backup.RestoreOutcome;
import app.rapport.testing.FxWait;
import app.rapport.ui.backup.BackupsView;
import app.rapport.ui.backup.BackupsViewModel;
import app.rapport.ui.common.FxTaskRunner;
import app.rapport.ui.common.I18n;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Drives the Backups dialog, headless, over a real database and the real background runner. */
class BackupsWindowTest extends FxRobot {
    @TempDir
    Path dir;
    Services services;
    FxTaskRunner runner;
    final List<RestoreOutcome> restored = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() throws Exception {
        services = Services.open(dir.resolve("rapport.db"));
        services.contactRepository().insert(person("Anna", "Weber").email("anna@example.de").build());
        services.contactRepository().insert(person("Boris", "Ivanov").build());
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            runner = new FxTaskRunner();
            stage.setScene(new Scene(new StackPane(), 400, 300));
            stage.show();
            I18n i18n = new I18n(Locale.US);
            new BackupsView(stage, new BackupsViewModel(services.backups(), runner,
                    new app.rapport.ui.common.FxDialogService(() -> i18n, () -> stage), restored::add), i18n).show();
        });
        FxWait.until(() -> lookup("#backUpNow").tryQuery().isPresent());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
        services.close();
    }

    private TableView<Backup> table() {
        return lookup("#table").queryTableView();
    }

    @Test
    void backUpNowThenRestoreItAfterConfirming() throws Exception {
        assertThat(table().getItems()).isEmpty();
        clickOn("#backUpNow");
        FxWait.until(() -> table().getItems().size() == 1);
        assertThat(lookup("#status").queryAs(Label.class).getText())
                .matches("Backed up to rapport-\\d{4}-\\d{2}-\\d{2}T\\d{6}\\.db\\.");

        services.contactRepository().insert(person("Clara", "Schmidt").build());
        interact(() -> table().getSelectionModel().select(0));
        clickOn("#restore");
        FxWait.until(() -> lookup(".alert .content").tryQuery().isPresent());
        Node alert = lookup(".alert").query();
        assertThat(from(alert).lookup(".content").queryAs(Label.class).getText())
                .startsWith("Replace your 3 contacts with the 2 in the backup of ")
                .endsWith("? Your current contacts are backed up first.");
        assertThat(services.contacts().counts().people()).as("nothing replaced before the yes").isEqualTo(3);

        clickOn(from(alert).lookup((Button b) -> "Restore".equals(b.getText())).queryButton());
        FxWait.until(() -> restored.size() == 1);
        assertThat(services.contacts().counts().people()).isEqualTo(2);
        assertThat(restored.get(0).replaced()).isEqualTo(3);
        assertThat(services.backups().backups()).extracting(Backup::beforeRestore).containsExactlyInAnyOrder(true, false);
        FxWait.until(() -> Window.getWindows().size() == 1); // the dialog closed; the app reopens the database
    }

    @Test
    void cancellingTheConfirmationChangesNothing() throws Exception {
        clickOn("#backUpNow");
        FxWait.until(() -> table().getItems().size() == 1);
        services.contactRepository().insert(person("Clara", "Schmidt").build());
        interact(() -> table().getSelectionModel().select(0));
        clickOn("#restore");
        FxWait.until(() -> lookup(".alert .content").tryQuery().isPresent());
        Node alert = lookup(".alert").query();
        clickOn(from(alert).lookup((Button b) -> "Cancel".equals(b.getText())).queryButton());
        FxWait.until(() -> "Nothing was restored.".equals(lookup("#status").queryAs(Label.class).getText()));
        assertThat(services.contacts().counts().people()).isEqualTo(3);
        assertThat(restored).isEmpty();
    }

    @Test
    void aDamagedBackupSaysSoInWords() throws Exception {
        clickOn("#backUpNow");
        FxWait.until(() -> table().getItems().size() == 1);
        Path good = table().getItems().get(0).file();
        Path old = good.resolveSibling("rapport-2026-11-01T100000.db");
        java.nio.file.Files.copy(good, old);
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(old.toFile(), "rw")) {
            raf.seek(4096);
            raf.write(new byte[4096 * 2]);
        }
        clickOn("#backUpNow"); // the list is read again
        FxWait.until(() -> table().getItems().size() == 2);
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableColumn<Backup, String> kind =
                (javafx.scene.control.TableColumn<Backup, String>) table().getColumns().get(2);
        assertThat(kind.getCellData(1)).isEqualTo("Damaged copy (Backup), cannot be restored");
        interact(() -> table().getSelectionModel().select(1));
        clickOn("#restore");
        FxWait.until(() -> lookup("#error").queryAs(Label.class).isVisible());
        assertThat(lookup("#error").queryAs(Label.class).getText()).startsWith("This backup is a copy of a damaged database");
        assertThat(lookup(".alert").tryQuery()).as("no question: it is not restored at all").isEmpty();
    }
}
