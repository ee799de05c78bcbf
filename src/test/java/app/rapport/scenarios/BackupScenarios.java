package app.rapport.scenarios;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.testing.ContactsPage;
import app.rapport.testing.FxWait;
import app.rapport.testing.WindowScenario;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

/** README, Export and backups: "backups of the database at start …"; Backups… "backs up now". */
class BackupScenarios extends WindowScenario {

    private List<String> backupFiles() throws Exception {
        if (!Files.isDirectory(dbFile.resolveSibling("backups"))) {
            return List.of();
        }
        try (Stream<java.nio.file.Path> files = Files.list(dbFile.resolveSibling("backups"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".db")).sorted().toList();
        }
    }

    @Test
    void startingTakesABackupAndBackUpNowAddsAnotherBesideTheDatabase() throws Exception {
        open(s -> s.contactRepository().insert(person("Anna", "Schmidt").build()));
        new ContactsPage(this).waitForRows(1);
        FxWait.until(() -> backupFiles().size() == 1); // the start-up copy

        clickOn("#backupsAction");
        FxWait.until(() -> lookup("#backUpNow").tryQuery().isPresent());
        clickOn("#backUpNow");
        FxWait.until(() -> lookup("#status").queryAs(Label.class).getText().startsWith("Backed up to "));
        assertThat(backupFiles()).hasSize(2);
        String named = lookup("#status").queryAs(Label.class).getText();
        assertThat(backupFiles()).anyMatch(f -> named.equals("Backed up to " + f + "."));
        FxWait.until(() -> lookup("#backupsAction").tryQuery().isPresent()
                && lookup(".table-view").queryAllAs(TableView.class).stream()
                        .anyMatch(t -> "table".equals(t.getId()) && t.getItems().size() == 2));
    }
}
