package app.rapport.scenarios;

import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.network.MapDrawing;
import app.rapport.domain.ties.Tie;
import app.rapport.domain.ties.TieType;
import app.rapport.testing.FxWait;
import app.rapport.testing.NetworkPage;
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

    private final NetworkPage network = new NetworkPage(this);

    @Test
    void plusZoomsInMinusZoomsOutAndFFitsTheMapAgain() throws Exception {
        long[] ids = new long[2];
        open(s -> {
            ids[0] = s.contactRepository().insert(person("Anna", "Schmidt").build());
            ids[1] = s.contactRepository().insert(person("Boris", "Ivanov").build());
            s.relationships().saveTie(new Tie(0, ids[0], ids[1], TieType.COLLEAGUE, 3, null, ""));
        });
        network.open(3);
        network.focusMap();
        FxWait.until(() -> network.at(ids[0]) != null);
        double fitted = network.distance(ids[0], ids[1]);
        javafx.geometry.Point2D fittedAt = network.at(ids[0]);

        push(KeyCode.PLUS);
        assertThat(network.distance(ids[0], ids[1])).isCloseTo(fitted * 1.25, org.assertj.core.data.Offset.offset(0.5));
        push(KeyCode.PLUS);
        assertThat(network.distance(ids[0], ids[1])).isCloseTo(fitted * 1.5625, org.assertj.core.data.Offset.offset(0.5));
        push(KeyCode.MINUS);
        assertThat(network.distance(ids[0], ids[1])).isCloseTo(fitted * 1.25, org.assertj.core.data.Offset.offset(0.5));
        push(KeyCode.LEFT);
        assertThat(network.at(ids[0]).getX()).isNotCloseTo(fittedAt.getX() * 1.25, org.assertj.core.data.Offset.offset(1.0));

        push(KeyCode.F);
        assertThat(network.distance(ids[0], ids[1])).isCloseTo(fitted, org.assertj.core.data.Offset.offset(0.5));
        assertThat(network.at(ids[0]).distance(fittedAt)).isLessThan(0.5);
        assertThat(network.canvas().isFocused()).isTrue();
    }

    @Test
    void draggingANodePinsItWhereItWasDroppedAndTheFileKeepsThePlace() throws Exception {
        long[] boris = new long[1];
        open(s -> {
            long anna = s.contactRepository().insert(person("Anna", "Schmidt").build());
            boris[0] = s.contactRepository().insert(person("Boris", "Ivanov").build());
            s.relationships().saveTie(new Tie(0, anna, boris[0], TieType.COLLEAGUE, 3, null, ""));
        });
        network.open(3);
        FxWait.until(() -> network.canvas().pictureProperty().get() != null && !network.canvas().isDisabled());
        javafx.geometry.Point2D from = network.onScreen(boris[0]);
        javafx.geometry.Point2D before = network.at(boris[0]);
        drag(from, javafx.scene.input.MouseButton.PRIMARY).moveBy(40, 30).moveBy(40, 30).drop();
        FxWait.until(() -> network.at(boris[0]).distance(before.add(80, 60)) < 3);
        FxWait.until(() -> !column("SELECT x FROM node_position WHERE contact_id = ?", boris[0]).isEmpty());
        double x = ((Number) column("SELECT x FROM node_position WHERE contact_id = ?", boris[0]).get(0)).doubleValue();
        double y = ((Number) column("SELECT y FROM node_position WHERE contact_id = ?", boris[0]).get(0)).doubleValue();
        // the file holds the place the map draws the node at: where it was dropped
        MapDrawing.Node drawn = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> network.canvas().pictureProperty().get()
                .nodes().stream().filter(n -> n.id() == boris[0]).findFirst().orElseThrow()).get();
        assertThat(x).isCloseTo(drawn.x(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(y).isCloseTo(drawn.y(), org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void whoCanIntroduceMeNamesTheFirstStepAndWhoItGoesThrough() throws Exception {
        open(s -> {
            long anna = s.contactRepository().insert(person("Anna", "Schmidt").build());
            long boris = s.contactRepository().insert(person("Boris", "Ivanov").build());
            long dmitri = s.contactRepository().insert(person("Dmitri", "Orlov").build());
            s.relationships().saveRelationship(app.rapport.domain.ties.Relationship.empty(anna).withStrength(4));
            s.relationships().saveTie(new Tie(0, anna, boris, TieType.COLLEAGUE, 3, null, ""));
            s.relationships().saveTie(new Tie(0, boris, dmitri, TieType.FRIEND, 4, null, ""));
        });
        network.open(4);
        clickOn("#networkPathTo").write("Dmitri");
        FxWait.until(() -> lookup(".contact-picker-list .list-cell").match(NetworkScenarios::filled).tryQuery()
                .isPresent());
        clickOn(lookup(".contact-picker-list .list-cell").match(NetworkScenarios::filled).queryAs(Node.class));
        FxWait.until(() -> !network.pathText().isEmpty());
        assertThat(network.pathText()).contains("Anna Schmidt", "Dmitri Orlov", "Boris Ivanov");
    }

    private static boolean filled(Node cell) {
        return cell instanceof javafx.scene.control.Labeled l && l.getText() != null && !l.getText().isEmpty();
    }

    /**
     * Issue "Brokers": Acme's ten staff (works at, a ring of colleagues), the founders' circle (six friends,
     * tagged founders) and Vera, who knows two of each. Acme is a client of a founder and a partner of Nord.
     * The panel lists people and organisations apart, Vera first; Acme bridges through what it does, not
     * through its staff; Vera's card says which groups she bridges.
     */
    @Test
    void thePanelListsPeopleAndOrganisationsThatBridgeGroupsApartAndSaysWhichGroups() throws Exception {
        long[] staff = new long[10];
        long[] founders = new long[6];
        open(s -> {
            long acme = s.contactRepository().insert(organisation("Acme GmbH").build());
            long nord = s.contactRepository().insert(organisation("Nord AG").build());
            for (int i = 0; i < staff.length; i++) {
                staff[i] = s.contactRepository().insert(person("Staff", "Member " + (i + 1)).build());
                s.relationships().saveTie(new Tie(0, staff[i], acme, TieType.WORKS_AT, 4, null, ""));
            }
            for (int i = 0; i < staff.length; i++) {
                s.relationships().saveTie(new Tie(0, staff[i], staff[(i + 1) % staff.length], TieType.COLLEAGUE, 3, null, ""));
            }
            for (int i = 0; i < founders.length; i++) {
                founders[i] = s.contactRepository().insert(person("Founder", "No " + (i + 1)).tag("founders").build());
                for (int k = 0; k < i; k++) {
                    s.relationships().saveTie(new Tie(0, founders[k], founders[i], TieType.FRIEND, 4, null, ""));
                }
            }
            long vera = s.contactRepository().insert(person("Vera", "Bridges").build());
            for (long other : new long[] {staff[0], staff[1], founders[0], founders[1]}) {
                s.relationships().saveTie(new Tie(0, vera, other, TieType.FRIEND, 3, null, ""));
            }
            s.relationships().saveTie(new Tie(0, acme, nord, TieType.PARTNER, 4, null, ""));
            s.relationships().saveTie(new Tie(0, founders[5], acme, TieType.CLIENT, 3, null, ""));
        });
        network.open(20);
        FxWait.until(() -> !network.rows("networkBrokers").isEmpty() && !network.rows("networkOrganisationBrokers").isEmpty());
        assertThat(lookup("People who bridge groups").tryQuery()).isPresent();
        assertThat(lookup("Organisations that bridge groups").tryQuery()).isPresent();
        assertThat(network.rows("networkBrokers")).first().isEqualTo("Vera Bridges  \u00B7  100");
        assertThat(network.rows("networkBrokers")).noneMatch(r -> r.startsWith("Acme") || r.startsWith("Nord"));
        // Nord's one partner tie bridges nothing; Acme's staff alone would not have put it here
        assertThat(network.rows("networkOrganisationBrokers")).containsExactly("Acme GmbH  \u00B7  100");

        // her row says it too, when the mouse rests on it
        String tip = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> lookup("#networkBrokers .list-cell")
                .queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getText() != null && c.getText().startsWith("Vera Bridges")).findFirst()
                .map(c -> c.getTooltip() == null ? "" : c.getTooltip().getText()).orElse("")).get();
        assertThat(tip).isIn("Bridges Acme GmbH and founders", "Bridges founders and Acme GmbH");
        network.clickRow("networkBrokers", "Vera Bridges");
        FxWait.until(() -> network.selectedText().startsWith("Vera Bridges"));
        assertThat(network.selectedText().lines().toList())
                .containsAnyOf("Bridges Acme GmbH and founders", "Bridges founders and Acme GmbH");
        network.clickRow("networkOrganisationBrokers", "Acme GmbH");
        FxWait.until(() -> network.selectedText().startsWith("Acme GmbH"));
        assertThat(network.selectedText().lines().toList()).contains("Brokerage: 100 of 100");
    }
}
