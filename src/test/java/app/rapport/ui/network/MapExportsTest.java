package app.rapport.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.ui.common.DialogService.Words;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The map's Export menu: asked where, written there, refused over the database. */
class MapExportsTest extends SmallNetworkTest {
    @Test
    void thePictureIsWrittenWhereTheUserSaysAndTakenOnlyThen() throws Exception {
        AtomicBoolean taken = new AtomicBoolean();
        dialogs.choosing();
        vm.exports().exportPicture(() -> {
            taken.set(true);
            return () -> new BufferedImage(20, 20, BufferedImage.TYPE_INT_ARGB);
        });
        assertThat(dialogs.asked).containsExactly("save network.export.png network.png"); // cancelled: no answer
        assertThat(taken).isFalse();
        assertThat(notices).isEmpty();

        Path png = dir.resolve("map.png");
        dialogs.choosing(png);
        vm.exports().exportPicture(() -> {
            taken.set(true);
            return () -> new BufferedImage(20, 20, BufferedImage.TYPE_INT_ARGB);
        });
        assertThat(taken).isTrue();
        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
        assertThat(notices).containsExactly(Words.of("network.exported", "map.png"));
        assertThat(dialogs.done()).isTrue();
    }

    @Test
    void graphMlIsOfWhatIsShownOrOfTheWholeNetwork() throws Exception {
        Path shown = dir.resolve("shown.graphml");
        Path whole = dir.resolve("whole.graphml");
        dialogs.choosing(shown).choosing(whole).choosing();
        vm.exports().exportGraphMl(false);
        vm.exports().exportGraphMl(true);
        vm.exports().exportGraphMl(true); // cancelled
        assertThat(dialogs.asked).containsOnly("save network.export.graphml network.graphml").hasSize(3);
        assertThat(Files.readString(shown)).contains("Anna Schmidt").doesNotContain("Dmitri Orlov");
        assertThat(Files.readString(whole)).contains("Anna Schmidt", "Dmitri Orlov");
        assertThat(notices).containsExactly(Words.of("network.exported", "shown.graphml"),
                Words.of("network.exported", "whole.graphml"));
    }

    @Test
    void anExportOverTheDatabaseIsRefusedAndSaysNothingWasSaved() {
        dialogs.choosing(dir.resolve("rapport.db"));
        vm.exports().exportGraphMl(true);
        assertThat(vm.errorKeyProperty().get()).isEqualTo("export.error.OPEN_DATABASE");
        assertThat(notices).isEmpty();
    }
}
