package app.rapport.scenarios;

import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.Tie;
import app.rapport.domain.TieType;
import app.rapport.testing.FxWait;
import app.rapport.testing.WindowScenario;
import app.rapport.ui.network.NetworkCanvas;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** README, Keyboard: "arrows on the map … pan"; the sidebar shows the area on screen. */
class NetworkScenarios extends WindowScenario {

    private NetworkCanvas canvas() {
        return lookup("#networkCanvas").queryAs(NetworkCanvas.class);
    }

    private String highlightedArea() {
        return lookup(".area-button").queryAllAs(ToggleButton.class).stream().filter(ToggleButton::isSelected)
                .map(Node::getId).findFirst().orElse("none");
    }

    @Test
    void arrowKeysPanTheMapAndStayOnItAndTheSidebarShowsNetwork() throws Exception {
        open(s -> {
            long anna = s.contactRepository().insert(person("Anna", "Schmidt").build());
            long boris = s.contactRepository().insert(person("Boris", "Ivanov").build());
            long acme = s.contactRepository().insert(organisation("Acme GmbH").build());
            s.relationships().saveTie(new Tie(0, anna, acme, TieType.WORKS_AT, 4, null, ""));
            s.relationships().saveTie(new Tie(0, boris, anna, TieType.COLLEAGUE, 3, null, ""));
        });
        FxWait.until(() -> lookup("#networkArea").tryQuery().isPresent());
        clickOn("#networkArea");
        FxWait.until(() -> lookup("#networkCanvas").tryQuery().isPresent() && canvas().pictureProperty().get() != null);
        interact(() -> canvas().requestFocus()); // as a click on an empty spot of the map does
        FxWait.until(() -> canvas().isFocused());

        for (KeyCode arrow : new KeyCode[] {KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.DOWN, KeyCode.LEFT, KeyCode.UP,
                KeyCode.DOWN, KeyCode.DOWN}) {
            push(arrow);
            assertThat(canvas().isFocused()).as("the map keeps the focus after %s", arrow).isTrue();
        }
        assertThat(highlightedArea()).isEqualTo("networkArea");

        // in the sidebar, arrows move the focus; the highlighted area is still the one on screen
        interact(() -> lookup("#networkArea").query().requestFocus());
        push(KeyCode.DOWN);
        push(KeyCode.DOWN);
        assertThat(highlightedArea()).isEqualTo("networkArea");
        assertThat(lookup("#networkCanvas").tryQuery()).isPresent();
    }
}
