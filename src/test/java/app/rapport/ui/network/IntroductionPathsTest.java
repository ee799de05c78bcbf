package app.rapport.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.ui.common.DialogService.Words;
import org.junit.jupiter.api.Test;

/** Introduction paths from Me to a contact, found and said in words. */
class IntroductionPathsTest extends SmallNetworkTest {
    @Test
    void theIntroductionPathGoesThroughWhomIKnow() {
        vm.paths().pathTo(dmitri);
        assertThat(vm.paths().pathProperty().get().nodes()).containsExactly(0L, anna, boris, dmitri);
        vm.paths().pathTo(acme);
        assertThat(vm.paths().pathProperty().get().nodes()).containsExactly(0L, anna, acme);
    }

    @Test
    void theIntroductionPathIsSaidFromMeToTheContact() {
        assertThat(vm.paths().pathWords()).isNull();
        vm.paths().pathTo(dmitri);
        assertThat(vm.paths().pathWords()).isEqualTo(Words.of("network.path.through", "Anna Schmidt", "Dmitri Orlov",
                "Boris Ivanov"));
        vm.paths().pathTo(boris);
        assertThat(vm.paths().pathWords()).isEqualTo(Words.of("network.path.one", "Anna Schmidt", "Boris Ivanov"));
        vm.paths().pathTo(anna);
        assertThat(vm.paths().pathWords()).isEqualTo(Words.of("network.path.direct", "Anna Schmidt"));
    }
}
