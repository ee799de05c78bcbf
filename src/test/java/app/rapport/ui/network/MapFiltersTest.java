package app.rapport.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.ties.TieType;
import org.junit.jupiter.api.Test;

/** What the filters show of the network. */
class MapFiltersTest extends SmallNetworkTest {
    @Test
    void tieTypeAndTagFiltersHideWhatTheyShould() {
        vm.filters().viewProperty().set(NetworkViewModel.View.WHOLE);
        int allEdges = vm.sceneProperty().get().edges().size();
        vm.filters().tieTypes().remove(TieType.FRIEND);
        assertThat(vm.sceneProperty().get().edges()).hasSize(allEdges - 1);
        vm.filters().tags().add("client");
        assertThat(drawn()).containsExactlyInAnyOrder(0L, anna);
    }

    @Test
    void theTicksSayWhichKindsAndTiesAreShown() {
        MapFilters filters = vm.filters();
        assertThat(filters.filter().kinds()).containsExactlyInAnyOrder(ContactKind.PERSON, ContactKind.ORGANISATION);
        filters.showPeopleProperty().set(false);
        filters.minStrengthProperty().set(4);
        assertThat(filters.filter().kinds()).containsExactly(ContactKind.ORGANISATION);
        filters.viewProperty().set(NetworkViewModel.View.WHOLE);
        assertThat(drawn()).containsExactlyInAnyOrder(0L, acme);
        filters.showPeopleProperty().set(true);
        assertThat(vm.sceneProperty().get().edges()).filteredOn(e -> e.style() != 2).hasSize(3); // all strong enough
    }

    @Test
    void aroundAContactShowsThemAndTheirNeighbours() {
        vm.showAround(boris);
        assertThat(drawn()).containsExactlyInAnyOrder(0L, anna, boris, dmitri).doesNotContain(acme); // Me stays
    }
}
