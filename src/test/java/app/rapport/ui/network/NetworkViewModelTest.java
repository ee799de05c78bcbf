package app.rapport.ui.network;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.app.Services;
import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.network.MapDrawing;
import app.rapport.domain.ties.Relationship;
import app.rapport.domain.ties.Tie;
import app.rapport.domain.ties.TieType;
import app.rapport.testing.DirectTaskRunner;
import app.rapport.testing.ScriptedDialogs;
import app.rapport.ui.common.DialogService.Words;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Network area's view-model as plain JUnit on a real file: views, search, sizes, selection, fitting. */
class NetworkViewModelTest extends SmallNetworkTest {
    @Test
    void myNetworkIsMeAndWhomIKnow() {
        assertThat(drawn()).containsExactlyInAnyOrder(0L, anna);
        vm.filters().viewProperty().set(NetworkViewModel.View.WHOLE);
        assertThat(drawn()).containsExactlyInAnyOrder(0L, anna, boris, dmitri, acme);
    }

    @Test
    void searchHighlightsAndFindsTheFirstMatch() {
        vm.filters().viewProperty().set(NetworkViewModel.View.WHOLE);
        vm.searchProperty().set("orlo");
        assertThat(vm.sceneProperty().get().nodes().stream().filter(MapDrawing.Node::highlighted).map(MapDrawing.Node::id))
                .containsExactly(dmitri);
        assertThat(vm.firstMatch()).contains(dmitri);
    }

    @Test
    void theNetworkIsReadAgainOnlyWhenItChanged() {
        vm.filters().viewProperty().set(NetworkViewModel.View.WHOLE);
        long before = services.network().version();
        vm.load();
        assertThat(drawn()).containsExactlyInAnyOrder(0L, anna, boris, dmitri, acme);

        long eva = services.contactRepository().insert(person("Eva", "Lind").build());
        assertThat(services.network().version()).isGreaterThan(before);
        vm.load();
        assertThat(vm.errorKeyProperty().get()).isNull();
        assertThat(drawn()).contains(eva);
    }

    @Test
    void nodesCanBeSizedByTheirScore() {
        vm.filters().viewProperty().set(NetworkViewModel.View.WHOLE);
        services.relationships().saveRelationship(Relationship.empty(dmitri).withStrength(5));
        services.scores().recomputeAll(() -> false);
        vm.load();
        vm.sizeByProperty().set(NetworkViewModel.SizeBy.SCORE);
        java.util.Map<Long, Double> radius = vm.sceneProperty().get().nodes().stream()
                .collect(Collectors.toMap(MapDrawing.Node::id, MapDrawing.Node::radius));
        // Dmitri (strength 5, never contacted) outscores Boris (strength 3); both have two ties
        assertThat(services.network().load().node(dmitri).score())
                .isGreaterThan(services.network().load().node(boris).score());
        assertThat(radius.get(dmitri)).isGreaterThan(radius.get(boris));
        vm.sizeByProperty().set(NetworkViewModel.SizeBy.CONNECTIONS);
        double borisByTies = vm.sceneProperty().get().nodes().stream().filter(n -> n.id() == boris).findFirst()
                .orElseThrow().radius();
        assertThat(borisByTies).isEqualTo(vm.sceneProperty().get().nodes().stream()
                .filter(n -> n.id() == dmitri).findFirst().orElseThrow().radius());
    }

    @Test
    void onlyAContactIsOpenedNeverMe() {
        assertThat(vm.contactToOpen()).isEmpty();
        vm.selectedProperty().set(0L);
        assertThat(vm.contactToOpen()).isEmpty();
        vm.selectedProperty().set(boris);
        assertThat(vm.contactToOpen()).contains(boris);
    }

    @Test
    void enterGoesToTheFirstMatchAndADoubleClickShowsTheNetworkAroundAContact() {
        vm.filters().viewProperty().set(NetworkViewModel.View.WHOLE);
        vm.searchProperty().set("orlo");
        assertThat(vm.goToFirstMatch()).contains(dmitri);
        assertThat(vm.selectedProperty().get()).isEqualTo(dmitri);
        vm.showAround(boris);
        assertThat(vm.filters().viewProperty().get()).isEqualTo(NetworkViewModel.View.AROUND_SELECTED);
        assertThat(vm.selectedProperty().get()).isEqualTo(boris);
    }

    @Test
    void theMapIsFittedAgainWhenWhatIsShownChangesNotForASelection() {
        MapDrawing before = vm.sceneProperty().get();
        vm.filters().viewProperty().set(NetworkViewModel.View.WHOLE);
        MapDrawing whole = vm.sceneProperty().get();
        assertThat(vm.refitAfter(before, whole)).contains(new NetworkViewModel.Refit(null));
        vm.selectedProperty().set(boris);
        assertThat(vm.refitAfter(whole, vm.sceneProperty().get())).isEmpty();
        vm.showAround(dmitri);
        assertThat(vm.refitAfter(whole, vm.sceneProperty().get())).contains(new NetworkViewModel.Refit(dmitri));
        assertThat(vm.refitAfter(whole, MapDrawing.EMPTY)).isEmpty();
    }
}
