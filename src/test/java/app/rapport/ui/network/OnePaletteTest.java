package app.rapport.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.app.Services;
import app.rapport.domain.network.Layout;
import app.rapport.domain.network.MapColour;
import app.rapport.domain.network.MapDrawing;
import app.rapport.domain.network.MapPalette;
import app.rapport.domain.network.MapView;
import app.rapport.domain.network.Point;
import app.rapport.domain.ties.Tie;
import app.rapport.domain.ties.TieType;
import app.rapport.service.network.GraphMetrics;
import app.rapport.service.network.NetworkGraph;
import app.rapport.service.network.NetworkPicture;
import app.rapport.testing.DirectTaskRunner;
import app.rapport.testing.ScriptedDialogs;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;

/** The window and the command line draw the same map: one model, one palette, the window's colours unchanged. */
class OnePaletteTest {
    @TempDir
    Path dir;

    @Test
    void theCommandLinesPictureAndTheWindowsMapAgree() {
        try (Services services = Services.open(dir.resolve("rapport.db"))) {
            long[] ids = new long[9];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = services.contactRepository().insert(i == 4 ? organisation("Acme GmbH").build()
                        : person("Person", "Number" + i).build());
            }
            // two circles of four and a pair between them
            for (int i = 0; i < 3; i++) {
                services.relationships().saveTie(new Tie(0, ids[i], ids[i + 1], TieType.FRIEND, 4, null, ""));
                services.relationships().saveTie(new Tie(0, ids[i + 4], ids[i + 5], TieType.COLLEAGUE, 3, null, ""));
            }
            services.relationships().saveTie(new Tie(0, ids[0], ids[3], TieType.FRIEND, 5, null, ""));
            services.relationships().saveTie(new Tie(0, ids[3], ids[8], TieType.CLIENT, 2, null, ""));
            NetworkViewModel vm = new NetworkViewModel(services.network(), new DirectTaskRunner(), services.documents(),
                    new ScriptedDialogs());
            vm.filters().viewProperty().set(NetworkViewModel.View.WHOLE);
            vm.load();
            MapDrawing window = vm.sceneProperty().get();

            NetworkGraph graph = services.network().load();
            GraphMetrics metrics = services.network().metrics(graph);
            // where the window's layout put each node (the saved map is rounded to a thousandth)
            Layout layout = new Layout(window.nodes().stream()
                    .collect(Collectors.toMap(MapDrawing.Node::id, n -> new Point(n.x(), n.y()))));
            MapDrawing cli = NetworkPicture.drawing(graph, metrics, layout);

            Map<Long, MapDrawing.Node> inWindow = window.nodes().stream()
                    .collect(Collectors.toMap(MapDrawing.Node::id, Function.identity()));
            assertThat(cli.nodes()).hasSameSizeAs(window.nodes()).hasSize(ids.length + 1);
            for (MapDrawing.Node n : cli.nodes()) {
                MapDrawing.Node w = inWindow.get(n.id());
                assertThat(n.fill()).as("colour of %s", n.label()).isEqualTo(w.fill());
                assertThat(n.radius()).as("size of %s", n.label()).isEqualTo(w.radius());
                assertThat(n.person()).isEqualTo(w.person());
                assertThat(n.label()).isEqualTo(w.label());
            }
            assertThat(cli.edges()).containsExactlyInAnyOrderElementsOf(window.edges());
            assertThat(vm.panel().communities()).allSatisfy(row -> assertThat(metrics.communityColours().get((int) row.id()))
                    .isEqualTo(row.colour()));

            // the picture paints the model: a node's middle has its colour
            BufferedImage picture = NetworkPicture.paint(cli, 800, 600);
            MapView fitted = MapView.fit(cli, 800, 600);
            MapDrawing.Node acme = inWindow.get(ids[4]);
            assertThat(picture.getRGB((int) Math.round(fitted.x(acme.x())), (int) Math.round(fitted.y(acme.y()))))
                    .isEqualTo(acme.fill().argb());
        }
    }

    @Test
    void theWindowPaintsThePalettesColoursAsItDidBefore() {
        String[] before = {"#0969da", "#cf222e", "#1a7f37", "#8250df", "#bf8700", "#e16f24", "#1b7c83", "#bf3989",
            "#57606a", "#4d2d00", "#0550ae", "#116329"};
        for (int i = 0; i < before.length; i++) {
            Color old = Color.web(before[i]);
            assertThat(CanvasPainter.fx(MapPalette.node(i))).isEqualTo(old);
            assertClose(CanvasPainter.fx(MapPalette.tie(i)), old.deriveColor(0, 0.6, 1.1, 0.45));
            assertClose(CanvasPainter.fx(MapPalette.faded(MapPalette.node(i))), old.deriveColor(0, 0.7, 1.15, 0.85));
        }
        assertThat(CanvasPainter.fx(MapPalette.ME)).isEqualTo(Color.web("#24292f"));
        assertThat(CanvasPainter.fx(MapPalette.MY_TIE)).isEqualTo(Color.web("#8c959f", 0.35));
        assertThat(MapColour.web("#24292f").hex()).isEqualTo("#24292f");
    }

    /** JavaFX keeps a colour's channels as floats: the same colour to a millionth. */
    private static void assertClose(Color now, Color was) {
        assertThat(now.getRed()).isCloseTo(was.getRed(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(now.getGreen()).isCloseTo(was.getGreen(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(now.getBlue()).isCloseTo(was.getBlue(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(now.getOpacity()).isCloseTo(was.getOpacity(), org.assertj.core.data.Offset.offset(1e-6));
    }
}
