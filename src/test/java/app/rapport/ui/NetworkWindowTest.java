package app.rapport.ui;

import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.network.MapDrawing;
import app.rapport.domain.ties.Relationship;
import app.rapport.domain.ties.Tie;
import app.rapport.domain.ties.TieType;
import app.rapport.testing.FxWait;
import app.rapport.testing.WindowScenario;
import app.rapport.ui.network.NetworkCanvas;
import app.rapport.ui.network.NetworkViewModel;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The Network area on a small real network: nodes drawn, a click selects, a filter hides. */
class NetworkWindowTest extends WindowScenario {
    long anna;
    long boris;
    long acme;

    @BeforeEach
    void start() throws Exception {
        open(s -> {
            anna = s.contactRepository().insert(person("Anna", "Schmidt").build());
            boris = s.contactRepository().insert(person("Boris", "Ivanov").build());
            acme = s.contactRepository().insert(organisation("Acme GmbH").build());
            s.relationships().saveTie(new Tie(0, anna, acme, TieType.WORKS_AT, 4, null, ""));
            s.relationships().saveTie(new Tie(0, boris, anna, TieType.COLLEAGUE, 3, null, ""));
            s.relationships().saveRelationship(Relationship.empty(anna).withCadence(Cadence.months(1)));
        });
        FxWait.until(() -> lookup("#networkArea").tryQuery().isPresent());
        clickOn("#networkArea");
        interact(() -> lookup("#networkView").queryAs(ComboBox.class)
                .setValue(NetworkViewModel.View.WHOLE));
        FxWait.until(() -> drawnIds().size() == 4);
    }

    private NetworkCanvas canvas() {
        return lookup("#networkCanvas").queryAs(NetworkCanvas.class);
    }

    private Set<Long> drawnIds() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> canvas().pictureProperty().get().nodes().stream()
                .map(MapDrawing.Node::id).collect(Collectors.toSet())).get();
    }

    @Test
    void theMapShowsEveryContactAndMe() throws Exception {
        assertThat(drawnIds()).containsExactlyInAnyOrder(0L, anna, boris, acme);
        MapDrawing picture = WaitForAsyncUtils.asyncFx(() -> canvas().pictureProperty().get()).get();
        assertThat(picture.edges()).hasSize(3); // two ties and my relationship with Anna
        assertThat(picture.nodes().stream().filter(n -> n.id() == acme).findFirst().orElseThrow().person()).isFalse();
    }

    @Test
    void clickingANodeSelectsThatContact() throws Exception {
        FxWait.until(() -> lookup("#networkSelected").queryAs(Label.class).getText().startsWith("Click"));
        Point2D at = WaitForAsyncUtils.asyncFx(() -> {
            NetworkCanvas c = canvas();
            c.fit();
            Point2D local = c.screenPosition(boris);
            return c.localToScreen(local);
        }).get();
        clickOn(at);
        FxWait.until(() -> Long.valueOf(boris).equals(canvas().selectedProperty().get()));
        assertThat(lookup("#networkSelected").queryAs(Label.class).getText()).startsWith("Boris Ivanov");
    }

    @Test
    void hidingOrganisationsTakesThemOffTheMap() throws Exception {
        MenuButton filters = lookup("#networkFilters").queryAs(MenuButton.class);
        interact(() -> filters.getItems().stream().filter(i -> i instanceof CheckMenuItem)
                .map(i -> (CheckMenuItem) i).filter(i -> i.getText().equals("Organisations"))
                .findFirst().orElseThrow().setSelected(false));
        FxWait.until(() -> !drawnIds().contains(acme));
        assertThat(drawnIds()).containsExactlyInAnyOrder(0L, anna, boris);
    }
}
