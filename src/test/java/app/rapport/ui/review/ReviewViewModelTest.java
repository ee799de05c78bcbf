package app.rapport.ui.review;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.keepintouch.Cadence;
import app.rapport.service.review.ReviewStep;
import app.rapport.testing.DirectTaskRunner;
import app.rapport.testing.TestDatabase;
import app.rapport.ui.review.ReviewViewModel.Archived;
import app.rapport.ui.review.ReviewViewModel.CadenceChoice;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review view-model without a toolkit: the commands the keys run, on a real database. */
class ReviewViewModelTest {
    @TempDir
    Path dir;
    TestDatabase db;
    ReviewViewModel vm;
    final List<Archived> archived = new ArrayList<>();
    long anna;
    long boris;
    long clara;

    @BeforeEach
    void open() {
        db = new TestDatabase(dir);
        // 22 November is card season: without an address all three need attention, in name order
        anna = db.repository().insert(person("Anna", "A").build());
        boris = db.repository().insert(person("Boris", "B").build());
        clara = db.repository().insert(person("Clara", "C").build());
        vm = new ReviewViewModel(db.reviews(), new DirectTaskRunner(), Clock.fixed(TestDatabase.NOW, ZoneOffset.UTC));
        vm.setOnArchived(archived::add);
        vm.open();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long shown() {
        ReviewStep step = vm.stepProperty().get();
        return step.done() ? 0 : step.item().contactId();
    }

    @Test
    void reviewedSkipAndBackMoveThroughTheRoundAndTheEndOffersANewOne() {
        assertThat(shown()).isEqualTo(anna);
        assertThat(vm.stepProperty().get().index()).isEqualTo(1);
        vm.back();
        assertThat(shown()).as("nothing before the first").isEqualTo(anna);
        vm.markReviewed();
        assertThat(shown()).isEqualTo(boris);
        vm.skip();
        assertThat(shown()).isEqualTo(clara);
        vm.back();
        assertThat(shown()).isEqualTo(boris);
        vm.skip();
        vm.markReviewed();
        assertThat(vm.stepProperty().get().done()).isTrue();
        assertThat(vm.stepProperty().get().reviewedToday()).isEqualTo(2);
        vm.skip();
        assertThat(vm.stepProperty().get().done()).isTrue();

        vm.newRound();
        assertThat(shown()).as("the skipped one; the reviewed wait until tomorrow").isEqualTo(boris);
        assertThat(vm.stepProperty().get().total()).isEqualTo(1);
    }

    @Test
    void theContactToLogOrOpenIsTheOneOnTheCardAndNoneOnceTheRoundIsDone() {
        assertThat(vm.current()).hasValueSatisfying(item -> assertThat(item.contactId()).isEqualTo(anna));
        vm.skip();
        assertThat(vm.current()).hasValueSatisfying(item -> assertThat(item.contactId()).isEqualTo(boris));
        vm.skip();
        vm.skip();
        assertThat(vm.stepProperty().get().done()).isTrue();
        assertThat(vm.current()).isEmpty();
    }

    @Test
    void theCadenceIsChosenInlineAndOnlyWhileTheChoiceIsOpen() {
        vm.setCadence(CadenceChoice.THREE_MONTHS);
        assertThat(db.relationships().relationship(anna)).as("not chosen: nothing written").isEmpty();
        vm.chooseCadence();
        assertThat(vm.choosingCadenceProperty().get()).isTrue();
        vm.setCadence(CadenceChoice.THREE_MONTHS);
        assertThat(vm.choosingCadenceProperty().get()).isFalse();
        assertThat(db.relationships().relationship(anna).orElseThrow().cadence()).isEqualTo(Cadence.months(3));
        assertThat(vm.stepProperty().get().item().cadence()).isEqualTo(Cadence.months(3));
        assertThat(shown()).as("still on the same contact").isEqualTo(anna);

        vm.chooseCadence();
        vm.setCadence(CadenceChoice.NONE);
        assertThat(db.relationships().relationship(anna).orElseThrow().cadence()).isNull();
        vm.chooseCadence();
        assertThat(vm.cancel()).isTrue();
        assertThat(vm.choosingCadenceProperty().get()).isFalse();
        assertThat(vm.cancel()).isFalse();
    }

    @Test
    void aTagIsTypedInlineAndAddedWithEnter() {
        vm.startTag();
        assertThat(vm.addingTagProperty().get()).isTrue();
        vm.tagTextProperty().set("  holiday list ");
        vm.addTag();
        assertThat(vm.addingTagProperty().get()).isFalse();
        assertThat(db.service().find(anna).orElseThrow().tags()).containsExactly("holiday list");
        assertThat(vm.stepProperty().get().item().tags()).containsExactly("holiday list");

        vm.startTag();
        assertThat(vm.tagTextProperty().get()).as("a fresh field each time").isEmpty();
        vm.addTag();
        assertThat(vm.addingTagProperty().get()).as("an empty field just closes").isFalse();
    }

    @Test
    void archivingTakesTheContactOutOfTheRoundAndUndoBringsItBack() {
        vm.archive();
        assertThat(archived).containsExactly(new Archived(anna, "Anna A", 0));
        assertThat(db.service().find(anna).orElseThrow().archived()).isTrue();
        assertThat(shown()).isEqualTo(boris);
        assertThat(vm.stepProperty().get().total()).isEqualTo(2);

        vm.undoArchive(archived.get(0));
        assertThat(db.service().find(anna).orElseThrow().archived()).isFalse();
        assertThat(shown()).isEqualTo(anna);
        assertThat(vm.stepProperty().get().total()).isEqualTo(3);
    }

    @Test
    void aFreshViewModelResumesWhereTheLastOneStopped() {
        vm.markReviewed();
        vm.skip();
        ReviewViewModel again = new ReviewViewModel(db.reviews(), new DirectTaskRunner(),
                Clock.fixed(TestDatabase.NOW, ZoneOffset.UTC));
        again.open();
        assertThat(again.stepProperty().get().item().contactId()).isEqualTo(clara);
        assertThat(again.stepProperty().get().index()).isEqualTo(3);
    }

    @Test
    void aContactGoneMeanwhileIsPassedOverAndAFailureIsSaidInWords() {
        db.service().moveToTrash(anna);
        vm.reload();
        assertThat(shown()).isEqualTo(boris);
        assertThat(vm.stepProperty().get().total()).isEqualTo(2);

        db.close();
        vm.skip();
        assertThat(vm.errorKeyProperty().get()).isNotNull().startsWith("error.");
        assertThat(vm.workingProperty().get()).isFalse();
        db = new TestDatabase(dir);
    }
}
