package app.rapport.ui;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactQuery;
import app.rapport.domain.contacts.ContactRules;
import app.rapport.domain.contacts.Website;
import app.rapport.io.importing.Fixtures;
import app.rapport.persistence.duplicates.JdbiMergeRepository;
import app.rapport.persistence.importing.JdbiImportRepository;
import app.rapport.service.duplicates.MergeService;
import app.rapport.service.importing.ImportService;
import app.rapport.testing.FxWait;
import app.rapport.testing.TestDatabase;
import app.rapport.ui.common.FxTaskRunner;
import app.rapport.ui.common.I18n;
import app.rapport.ui.importing.ImportDialog;
import app.rapport.ui.importing.ImportViewModel;
import app.rapport.ui.importing.MergeDialog;
import app.rapport.ui.importing.MergeViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The import and merge dialogs, headless, against a real database file. */
class ImportWindowTest extends FxRobot {
    @TempDir
    Path dir;
    TestDatabase db;
    FxTaskRunner runner;
    Stage owner;
    final I18n i18n = new I18n(Locale.ENGLISH);
    final Clock clock = Clock.fixed(TestDatabase.NOW, ZoneOffset.UTC);

    @BeforeEach
    void start() throws Exception {
        db = new TestDatabase(dir);
        runner = new FxTaskRunner();
        owner = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(new StackPane(), 300, 200));
            stage.show();
        });
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
        db.close();
    }

    private Label label(Node root, String id) {
        return from(root).lookup(id).queryAs(Label.class);
    }

    @Test
    void importsAFileThroughThePreviewAndAcceptsAMerge() throws Exception {
        long priya = db.repository().insert(person("Priya", "Sharma").email("priya@northwind.example").build());
        ImportViewModel vm = new ImportViewModel(new ImportService(new JdbiImportRepository(db.database(), clock),
                new ContactRules("DE"), "DE"), runner);
        ImportDialog[] dialog = new ImportDialog[1];
        interact(() -> {
            dialog[0] = new ImportDialog(owner, vm, i18n);
            dialog[0].show();
            vm.files().setAll(Fixtures.file("Connections.csv"));
        });
        Node root = dialog[0].stage().getScene().getRoot();
        FxWait.until(() -> vm.stageProperty().get() == ImportViewModel.Stage.READY);
        assertThat(label(root, "#countsLabel").getText())
                .isEqualTo("To add: 2 \u00b7 to merge: 1 \u00b7 to skip: 0 \u00b7 organisations to create: 2");
        assertThat(label(root, "#problemsTitle").getText()).isEqualTo("Problems (1)");

        // untick the proposed merge, then tick it again: the counts follow
        TableView<?> merges = from(root).lookup("#mergeTable").queryAs(TableView.class);
        clickOn(from(merges).lookup(".check-box").queryAs(CheckBox.class));
        FxWait.until(() -> label(root, "#countsLabel").getText().startsWith("To add: 3"));
        clickOn(from(merges).lookup(".check-box").queryAs(CheckBox.class));
        FxWait.until(() -> label(root, "#countsLabel").getText().startsWith("To add: 2 \u00b7 to merge: 1"));

        clickOn(from(root).lookup("#importButton").queryButton());
        FxWait.until(() -> vm.stageProperty().get() == ImportViewModel.Stage.DONE);
        assertThat(label(root, "#statusLabel").getText())
                .isEqualTo("Done: 2 added, 1 merged, 0 skipped, 2 organisations created.");
        assertThat(from(root).lookup("#cancelButton").queryButton().getText()).isEqualTo("Close");

        assertThat(db.service().search(ContactQuery.ALL)).hasSize(5);
        Contact merged = db.service().find(priya).orElseThrow();
        assertThat(merged.websites()).extracting(Website::url)
                .containsExactly("https://www.linkedin.com/in/priya-sharma-example");
        assertThat(merged.title()).isEqualTo("Head of Sales");
    }

    @Test
    void mergesTwoContactsShownSideBySide() throws Exception {
        long anna = db.repository().insert(person("Anna", "Müller").email("anna@acme.example").build());
        long other = db.repository().insert(person("Anna", "Mueller").email("anna@home.example").build());
        MergeViewModel vm = new MergeViewModel(new MergeService(db.repository(),
                new JdbiMergeRepository(db.database(), clock), "DE"), runner, i18n::birthday);
        AtomicLong kept = new AtomicLong();
        MergeDialog[] dialog = new MergeDialog[1];
        interact(() -> {
            dialog[0] = new MergeDialog(owner, vm, i18n, kept::set);
            dialog[0].show(anna, other);
        });
        Node root = dialog[0].stage().getScene().getRoot();
        FxWait.until(() -> !vm.rows().isEmpty());
        assertThat(label(root, "#movingLabel").getText()).startsWith("Also moves from Anna Mueller to Anna Müller: 0 ties");
        clickOn(from(root).lookup("#mergeButton").queryButton());
        FxWait.until(() -> !dialog[0].stage().isShowing());
        assertThat(kept.get()).isEqualTo(anna);
        assertThat(db.service().find(other)).isEmpty();
        assertThat(db.service().find(anna).orElseThrow().emails()).hasSize(2);
    }
}
