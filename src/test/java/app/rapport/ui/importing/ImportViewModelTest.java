package app.rapport.ui.importing;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.ContactQuery;
import app.rapport.domain.contacts.ContactRules;
import app.rapport.io.importing.FileFormat;
import app.rapport.io.importing.Fixtures;
import app.rapport.persistence.importing.JdbiImportRepository;
import app.rapport.service.importing.ImportCounts;
import app.rapport.service.importing.ImportOutcome;
import app.rapport.service.importing.ImportService;
import app.rapport.testing.DirectTaskRunner;
import app.rapport.testing.TestDatabase;
import app.rapport.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {
    @TempDir
    Path dir;
    TestDatabase db;
    ImportService service;
    int imported;

    @BeforeEach
    void open() {
        db = new TestDatabase(dir);
        service = new ImportService(new JdbiImportRepository(db.database(), Clock.fixed(TestDatabase.NOW, ZoneOffset.UTC)),
                new ContactRules("DE"), "DE");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ImportViewModel vm(TaskRunner runner) {
        ImportViewModel vm = new ImportViewModel(service, runner);
        vm.setOnImported(() -> imported++);
        return vm;
    }

    private long contacts() {
        return db.service().search(ContactQuery.ALL).length;
    }

    @Test
    void aCountryChosenForAnImportIsKeptWhenNoneWasKnown() throws Exception {
        // a computer whose locale names no country, and no country in the settings yet
        List<String> kept = new ArrayList<>();
        service = new ImportService(new JdbiImportRepository(db.database(), Clock.fixed(TestDatabase.NOW, ZoneOffset.UTC)),
                new ContactRules("DE"), "DE", () -> "", kept::add);
        ImportViewModel vm = vm(new DirectTaskRunner());
        Path csv = dir.resolve("prague.csv");
        java.nio.file.Files.writeString(csv, "First Name,Last Name,Mobile Phone\nJan,Novak,601 123 456\n");
        vm.files().setAll(csv);
        assertThat(vm.problems()).extracting(ProblemRow::messageKey).containsExactly("import.problem.noHomeCountry.window");
        vm.homeCountryProperty().set("CZ");
        assertThat(vm.problems()).extracting(ProblemRow::messageKey).doesNotContain("import.problem.noHomeCountry.window");
        vm.importNow();
        assertThat(vm.stageProperty().get()).isEqualTo(ImportViewModel.Stage.DONE);
        assertThat(kept).containsExactly("CZ");
    }

    @Test
    void aKnownHomeCountryIsNotReplacedByTheOneChosenForAnImport() {
        List<String> kept = new ArrayList<>();
        service = new ImportService(new JdbiImportRepository(db.database(), Clock.fixed(TestDatabase.NOW, ZoneOffset.UTC)),
                new ContactRules("DE"), "DE", () -> "DE", kept::add);
        ImportViewModel vm = vm(new DirectTaskRunner());
        vm.files().setAll(Fixtures.file("thunderbird.csv"));
        vm.homeCountryProperty().set("CZ");
        vm.importNow();
        assertThat(vm.stageProperty().get()).isEqualTo(ImportViewModel.Stage.DONE);
        assertThat(kept).isEmpty();
    }

    @Test
    void choosingFilesPreviewsAndImportWritesWithTheTickedMerges() {
        db.repository().insert(person("Priya", "Sharma").email("priya@northwind.example").build());
        ImportViewModel vm = vm(new DirectTaskRunner());
        assertThat(vm.stageProperty().get()).isEqualTo(ImportViewModel.Stage.EMPTY);

        vm.files().setAll(Fixtures.file("Connections.csv"));
        assertThat(vm.stageProperty().get()).isEqualTo(ImportViewModel.Stage.READY);
        assertThat(vm.countsProperty().get()).isEqualTo(new ImportCounts(2, 1, 0, 2, 3));
        assertThat(vm.problems()).extracting(ProblemRow::where).containsExactly("Connections.csv:7");
        assertThat(vm.merges()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("Priya Sharma");
            assertThat(m.decision()).isEqualTo(app.rapport.service.importing.Matcher.Decision.MERGE);
            assertThat(m.evidence()).extracting(app.rapport.service.importing.Matcher.Found::evidence)
                    .contains(app.rapport.service.importing.Evidence.SAME_EMAIL);
            assertThat(m.acceptedProperty().get()).isTrue();
        });
        assertThat(contacts()).isEqualTo(1);

        vm.merges().get(0).acceptedProperty().set(false);
        assertThat(vm.countsProperty().get()).isEqualTo(new ImportCounts(3, 0, 0, 2, 3));
        vm.merges().get(0).acceptedProperty().set(true);

        vm.importNow();
        assertThat(vm.stageProperty().get()).isEqualTo(ImportViewModel.Stage.DONE);
        assertThat(vm.outcomeProperty().get()).isEqualTo(new ImportOutcome(2, 1, 0, 2, false));
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(imported).isEqualTo(1);
        assertThat(contacts()).isEqualTo(5);
    }

    @Test
    void aFileWithNothingReadableSaysSoAndCannotBeImported() {
        ImportViewModel vm = vm(new DirectTaskRunner());
        vm.files().setAll(dir.resolve("missing.vcf"));
        assertThat(vm.stageProperty().get()).isEqualTo(ImportViewModel.Stage.NOTHING);
        assertThat(vm.canImport().get()).isFalse();
        assertThat(vm.problems()).extracting(ProblemRow::messageKey).containsExactly("import.problem.notFound");
    }

    @Test
    void choosingAnotherFormatReadsTheFilesAgain() {
        ImportViewModel vm = vm(new DirectTaskRunner());
        vm.files().setAll(Fixtures.file("Connections.csv"));
        vm.formatProperty().set(FileFormat.VCARD);
        assertThat(vm.stageProperty().get()).isEqualTo(ImportViewModel.Stage.NOTHING);
        vm.formatProperty().set(FileFormat.AUTO);
        assertThat(vm.stageProperty().get()).isEqualTo(ImportViewModel.Stage.READY);
    }

    @Test
    void cancelWhileImportingLeavesTheDatabaseAsItWas() {
        // runs the preview at once, holds the import until the test lets it go
        List<Runnable> held = new ArrayList<>();
        TaskRunner holding = new TaskRunner() {
            final DirectTaskRunner direct = new DirectTaskRunner();
            boolean hold;

            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
                if (hold) {
                    held.add(() -> direct.run(work, onSuccess, onFailure));
                } else {
                    direct.run(work, onSuccess, onFailure);
                    hold = true;
                }
            }

            @Override
            public void onUiThread(Runnable update) {
                update.run();
            }

            @Override
            public ReadOnlyBooleanProperty busyProperty() {
                return new ReadOnlyBooleanWrapper().getReadOnlyProperty();
            }
        };
        ImportViewModel vm = vm(holding);
        vm.files().setAll(Fixtures.file("google-contacts.csv"));
        vm.importNow();
        assertThat(vm.stageProperty().get()).isEqualTo(ImportViewModel.Stage.IMPORTING);
        assertThat(vm.cancelOrClose()).as("Cancel stops the import; the dialog stays to say so").isFalse();
        held.forEach(Runnable::run);
        assertThat(vm.stageProperty().get()).isEqualTo(ImportViewModel.Stage.CANCELLED);
        assertThat(vm.cancelOrClose()).as("now the button closes the dialog").isTrue();
        assertThat(imported).isZero();
        assertThat(contacts()).isZero();
    }
}
