package app.rapport.ui.matrix;

import static app.rapport.testing.ContactBuilder.organisation;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.matrix.Cooperation;
import app.rapport.domain.matrix.MatrixEntry;
import app.rapport.domain.matrix.Quadrant;
import app.rapport.testing.DirectTaskRunner;
import app.rapport.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Matrix area's state and actions without a toolkit, over a real database. */
class MatrixViewModelTest {
    @TempDir
    Path dir;
    TestDatabase db;
    DirectTaskRunner runner;
    MatrixViewModel vm;
    long acme;
    long zenith;

    @BeforeEach
    void open() {
        db = new TestDatabase(dir);
        runner = new DirectTaskRunner();
        vm = new MatrixViewModel(db.cooperation(), runner);
        acme = db.repository().insert(organisation("Acme GmbH").build());
        zenith = db.repository().insert(organisation("Zenith AG").build());
        db.cooperation().save(new Cooperation(zenith, 9, 8, "Yes, both ways.", "", ""));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void refreshFillsTheChartAndTheListPerQuadrant() {
        vm.refresh();
        assertThat(vm.entries()).extracting(MatrixEntry::name).containsExactly("Zenith AG");
        assertThat(vm.inQuadrant(Quadrant.HIGH_POTENTIALS)).extracting(MatrixEntry::contactId).containsExactly(zenith);
        assertThat(vm.inQuadrant(Quadrant.CANDIDATES)).isEmpty();
        assertThat(vm.editingProperty().get()).isNull();
        assertThat(vm.canSaveProperty().get()).isFalse();
    }

    @Test
    void addingAnOrganisationStartsInTheMiddleAndSavingPutsItOnTheMatrix() {
        vm.refresh();
        vm.edit(acme, "Acme GmbH");
        assertThat(vm.editingProperty().get()).isEqualTo(new MatrixViewModel.Editing(acme, "Acme GmbH", false));
        assertThat(vm.oursProperty().get()).isEqualTo(5);
        assertThat(vm.theirsProperty().get()).isEqualTo(5);
        assertThat(vm.canSaveProperty().get()).as("new to the matrix: savable as it is").isTrue();

        vm.oursProperty().set(8);
        vm.theirsProperty().set(2);
        assertThat(vm.quadrantProperty().get()).isEqualTo(Quadrant.CANDIDATES);
        vm.assetsProperty().set("Our trade-fair contacts");
        vm.save();

        assertThat(db.cooperation().find(acme)).contains(new Cooperation(acme, 8, 2, "", "Our trade-fair contacts", ""));
        assertThat(vm.inQuadrant(Quadrant.CANDIDATES)).extracting(MatrixEntry::name).containsExactly("Acme GmbH");
        assertThat(vm.entries()).extracting(MatrixEntry::name).containsExactly("Acme GmbH", "Zenith AG");
        assertThat(vm.editingProperty().get().onMatrix()).isTrue();
        assertThat(vm.doneProperty().get()).isEqualTo(new MatrixViewModel.Done("matrix.done.saved", "Acme GmbH",
                Quadrant.CANDIDATES));
        assertThat(vm.canSaveProperty().get()).as("nothing changed since the save").isFalse();
        vm.credibleProperty().set("Not yet");
        assertThat(vm.canSaveProperty().get()).isTrue();
    }

    @Test
    void choosingSomeoneOnTheMatrixShowsTheirAssessment() {
        vm.edit(zenith, "Zenith AG");
        assertThat(vm.oursProperty().get()).isEqualTo(9);
        assertThat(vm.theirsProperty().get()).isEqualTo(8);
        assertThat(vm.mutualProperty().get()).isEqualTo("Yes, both ways.");
        assertThat(vm.quadrantProperty().get()).isEqualTo(Quadrant.HIGH_POTENTIALS);

        vm.theirsProperty().set(3);
        assertThat(vm.quadrantProperty().get()).isEqualTo(Quadrant.CANDIDATES);
        vm.save();
        assertThat(vm.inQuadrant(Quadrant.HIGH_POTENTIALS)).isEmpty();
        assertThat(vm.inQuadrant(Quadrant.CANDIDATES)).extracting(MatrixEntry::contactId).containsExactly(zenith);
    }

    @Test
    void aValueLeftEmptyCannotBeSaved() {
        vm.edit(zenith, "Zenith AG");
        vm.oursProperty().set(null);
        assertThat(vm.quadrantProperty().get()).isNull();
        assertThat(vm.canSaveProperty().get()).isFalse();
        int before = runner.runs();
        vm.save();
        assertThat(runner.runs()).isEqualTo(before);
    }

    @Test
    void takingSomeoneOffTheMatrixEmptiesTheEditor() {
        vm.refresh();
        vm.edit(zenith, "Zenith AG");
        vm.remove();
        assertThat(vm.entries()).isEmpty();
        assertThat(vm.editingProperty().get()).isNull();
        assertThat(db.cooperation().find(zenith)).isEmpty();
        assertThat(vm.doneProperty().get().key()).isEqualTo("matrix.done.removed");
    }

    @Test
    void aContactTrashedMeanwhileIsNotSavedAndTheUserIsTold() {
        vm.edit(acme, "Acme GmbH");
        db.service().moveToTrash(acme);
        vm.save();
        assertThat(vm.errorKeyProperty().get()).isEqualTo("error.contact.gone");
        assertThat(db.count("SELECT count(*) FROM cooperation WHERE contact_id = " + acme)).isZero();
        assertThat(vm.editingProperty().get().onMatrix()).isFalse();
    }

    @Test
    void aFailureShowsAsAMessageKey() {
        db.close();
        vm.refresh();
        assertThat(vm.errorKeyProperty().get()).startsWith("error.");
        db = new TestDatabase(dir);
    }
}
