package app.rapport.ui.duplicates;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.persistence.duplicates.JdbiDuplicateRepository;
import app.rapport.persistence.duplicates.JdbiMergeRepository;
import app.rapport.service.duplicates.DuplicatePair;
import app.rapport.service.duplicates.DuplicateService;
import app.rapport.service.duplicates.MergeService;
import app.rapport.testing.DirectTaskRunner;
import app.rapport.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Find duplicates dialog shows and does, decided without a window. */
class DuplicatesViewModelTest {
    @TempDir
    Path dir;
    TestDatabase db;
    DuplicatesViewModel vm;
    Clock clock = Clock.fixed(TestDatabase.NOW, ZoneOffset.UTC);

    @BeforeEach
    void open() {
        db = new TestDatabase(dir);
        vm = new DuplicatesViewModel(new DuplicateService(new JdbiDuplicateRepository(db.database(), clock), () -> "DE"),
                new DirectTaskRunner());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anEmptyDatabaseSaysNoDuplicatesAndOffersNothingToDo() {
        assertThat(vm.stateProperty().get()).isEqualTo(DuplicatesViewModel.State.LOADING);
        db.repository().insert(person("Anna", "Weber").email("anna@weber.example").build());

        vm.load();

        assertThat(vm.stateProperty().get()).isEqualTo(DuplicatesViewModel.State.EMPTY);
        assertThat(vm.pairs()).isEmpty();
        assertThat(vm.canActProperty().get()).isFalse();
    }

    @Test
    void theStrongestPairIsChosenFirstAndNotADuplicateMovesToTheNextUntilNoneIsLeft() {
        long jan = db.repository().insert(person("Jan", "Müller").email("info@mueller.example").build());
        db.repository().insert(person("Eva", "Müller").email("info@mueller.example").build());
        long anna = db.repository().insert(person("Anna", "Weber").email("anna@weber.example").build());
        db.repository().insert(person("Anna", "Weber").email("anna@weber.example").build());

        vm.load();

        assertThat(vm.stateProperty().get()).isEqualTo(DuplicatesViewModel.State.LIST);
        assertThat(vm.pairs()).extracting(DuplicatePair::firstId).containsExactly(anna, jan);
        assertThat(vm.selectedProperty().get().firstId()).isEqualTo(anna);
        assertThat(vm.canActProperty().get()).isTrue();

        vm.notDuplicate();
        assertThat(vm.pairs()).extracting(DuplicatePair::firstId).containsExactly(jan);
        assertThat(vm.selectedProperty().get().firstId()).isEqualTo(jan);
        vm.notDuplicate();

        assertThat(vm.stateProperty().get()).isEqualTo(DuplicatesViewModel.State.EMPTY);
        assertThat(vm.canActProperty().get()).isFalse();
        vm.load();
        assertThat(vm.pairs()).as("remembered").isEmpty();
    }

    @Test
    void afterAMergeTheListIsSearchedAgain() {
        long keep = db.repository().insert(person("Anna", "Weber").email("anna@weber.example").build());
        long gone = db.repository().insert(person("Anna", "Weber").email("anna@weber.example").build());
        vm.load();
        assertThat(vm.pairs()).hasSize(1);

        new MergeService(db.repository(), new JdbiMergeRepository(db.database(), clock), "DE").merge(keep, gone);
        vm.merged();

        assertThat(vm.pairs()).isEmpty();
        assertThat(vm.stateProperty().get()).isEqualTo(DuplicatesViewModel.State.EMPTY);
    }
}
