package app.rapport.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.network.MapDrawing;
import org.junit.jupiter.api.Test;

/** Where the map's nodes are: a dragged node stays and is saved. */
class MapLayoutRunTest extends SmallNetworkTest {
    @Test
    void aDraggedNodeStaysWhereItWasPut() {
        vm.filters().viewProperty().set(NetworkViewModel.View.WHOLE);
        vm.layout().move(boris, 1234, -567);
        MapDrawing.Node moved = vm.sceneProperty().get().nodes().stream().filter(n -> n.id() == boris).findFirst()
                .orElseThrow();
        assertThat(moved.x()).isEqualTo(1234);
        assertThat(services.network().savedPositions().point(boris).y()).isEqualTo(-567);
    }
}
