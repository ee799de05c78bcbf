package app.rapport.scenarios;

import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import app.rapport.app.Services;
import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.network.MapDrawing;
import app.rapport.domain.ties.Relationship;
import app.rapport.domain.ties.Tie;
import app.rapport.domain.ties.TieType;
import app.rapport.testing.FxWait;
import app.rapport.testing.GraphMlFile;
import app.rapport.testing.NetworkPage.DrawnTie;
import app.rapport.testing.NetworkPage;
import app.rapport.testing.WindowScenario;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * README, "The network map": the hover card, drag to pin and Alt+click to let go, double-click to centre,
 * colour and size by with the legend, the brokers and communities lists, PNG and GraphML export, the
 * filters by tag, tie type and strength.
 */
class MapScenarios extends WindowScenario {
    private static final long ME = 0;
    private final NetworkPage network = new NetworkPage(this);

    // two circles of friends, Berlin and Moscow, that only Boris bridges; Boris works at Acme
    private long anna;
    private long jonas;
    private long lena;
    private long dmitri;
    private long olga;
    private long ivan;
    private long boris;
    private long acme;

    private void openTwoCircles() throws Exception {
        open(s -> {
            var c = s.contactRepository();
            anna = c.insert(person("Anna", "Schmidt").tag("berlin").build());
            jonas = c.insert(person("Jonas", "Weber").tag("berlin").build());
            lena = c.insert(person("Lena", "Fischer").tag("berlin").build());
            dmitri = c.insert(person("Dmitri", "Orlov").tag("moscow").build());
            olga = c.insert(person("Olga", "Petrova").tag("moscow").build());
            ivan = c.insert(person("Ivan", "Sokolov").tag("moscow").build());
            boris = c.insert(person("Boris", "Ivanov").worksAt("Acme GmbH", "Partner").tag("investor").build());
            acme = c.insert(organisation("Acme GmbH").tag("client").build());
            tie(s, anna, jonas, TieType.COLLEAGUE);
            tie(s, jonas, lena, TieType.FRIEND);
            tie(s, lena, anna, TieType.FRIEND);
            tie(s, dmitri, olga, TieType.COLLEAGUE);
            tie(s, olga, ivan, TieType.FRIEND);
            tie(s, ivan, dmitri, TieType.FRIEND);
            tie(s, boris, anna, TieType.FRIEND);
            tie(s, boris, dmitri, TieType.FRIEND);
            tie(s, boris, acme, TieType.WORKS_AT);
            s.relationships().saveRelationship(Relationship.empty(anna).withStrength(4));
            s.relationships().saveRelationship(Relationship.empty(olga).withStrength(5));
            s.interactions().log(Interaction.with(InteractionType.CALL, LocalDateTime.now().minusDays(6),
                    Direction.MUTUAL, "", anna));
            s.interactions().log(Interaction.with(InteractionType.MEETING, LocalDateTime.now().minusDays(2),
                    Direction.MUTUAL, "", olga));
            s.scores().recomputeAll(() -> false);
        });
        network.open(9); // eight contacts and Me
        network.waitUntilSettled();
    }

    private static void tie(Services s, long from, long to, TieType type) {
        s.relationships().saveTie(new Tie(0, from, to, type, 3, null, ""));
    }

    private String toast() {
        return lookup((Node n) -> n instanceof NotificationPane).tryQuery().map(n -> (NotificationPane) n)
                .filter(NotificationPane::isShowing).map(NotificationPane::getText).orElse("");
    }

    private int score(long id) throws Exception {
        return ((Number) column("SELECT score FROM contact WHERE id = ?", id).get(0)).intValue();
    }

    private Point2D filePlace(long id) throws Exception {
        List<Object> x = column("SELECT x FROM node_position WHERE contact_id = ?", id);
        List<Object> y = column("SELECT y FROM node_position WHERE contact_id = ?", id);
        return x.isEmpty() ? null : new Point2D(((Number) x.get(0)).doubleValue(), ((Number) y.get(0)).doubleValue());
    }

    private Point2D graphPlace(long id) throws Exception {
        MapDrawing.Node n = network.drawn(id);
        return new Point2D(n.x(), n.y());
    }

    private static void assertSameColour(Color seen, Color expected, String what) {
        assertThat(List.of(seen.getRed(), seen.getGreen(), seen.getBlue())).as(what + ": " + seen + " vs " + expected)
                .usingElementComparator((a, b) -> Math.abs(a - b) < 0.01 ? 0 : Double.compare(a, b))
                .containsExactly(expected.getRed(), expected.getGreen(), expected.getBlue());
    }

    @Test
    void theMouseOnANodeShowsItsCardAndAltClickLetsADraggedNodeGoBackAmongItsNeighbours() throws Exception {
        openTwoCircles();

        // the mouse rests on Boris: his card, with what the brokers list and the file say about him
        moveTo(network.onScreen(boris));
        FxWait.until(() -> network.hoverCard().startsWith("Boris Ivanov"));
        List<String> card = network.hoverCard().lines().toList();
        assertThat(card.get(1)).isEqualTo("Acme GmbH");
        assertThat(card).contains("Brokerage: 100 of 100", "Score: " + score(boris) + " of 100");
        // on Anna: her circle, her brokerage as the brokers list gives it, when we last spoke
        moveTo(network.onScreen(anna));
        FxWait.until(() -> network.hoverCard().startsWith("Anna Schmidt"));
        card = network.hoverCard().lines().toList();
        String annaBroker = network.rows("networkBrokers").stream().filter(r -> r.startsWith("Anna Schmidt"))
                .findFirst().orElseThrow();
        assertThat(card).contains("Community: berlin", "Score: " + score(anna) + " of 100",
                "Brokerage: " + annaBroker.substring(annaBroker.lastIndexOf(' ') + 1) + " of 100");
        assertThat(card).anyMatch(l -> l.startsWith("Last contact: ")
                && l.contains(Integer.toString(LocalDateTime.now().minusDays(6).getYear())));
        // off the nodes, the card goes
        moveTo(network.onScreen(new Point2D(4, 4)));
        FxWait.until(() -> network.hoverCard().isEmpty());

        // Lena dragged into the corner farthest from her friends stays there, and so does the file's place
        Point2D friends = graphPlace(anna).midpoint(graphPlace(jonas));
        Point2D corner = farthestCorner(network.at(anna).midpoint(network.at(jonas)));
        drag(network.onScreen(lena), MouseButton.PRIMARY).moveTo(network.onScreen(corner)).drop();
        FxWait.until(() -> network.at(lena).distance(corner) < 3);
        Point2D dropped = graphPlace(lena);
        FxWait.until(() -> closeTo(filePlace(lena), dropped));
        network.waitUntilSettled();
        assertThat(network.at(lena).distance(corner)).as("a dragged node stays where it was put").isLessThan(3);

        // Alt+click lets her go: the map places her again beside Anna and Jonas, and the file keeps that place
        press(KeyCode.ALT);
        try {
            clickOn(network.onScreen(lena), MouseButton.PRIMARY);
        } finally {
            release(KeyCode.ALT);
        }
        FxWait.until(() -> graphPlace(lena).distance(friends) < dropped.distance(friends) / 2);
        network.waitUntilSettled();
        Point2D placed = graphPlace(lena);
        assertThat(placed.distance(friends)).as("let go, she is among her friends again")
                .isLessThan(dropped.distance(friends) / 2);
        FxWait.until(() -> closeTo(filePlace(lena), placed));
        assertThat(filePlace(lena).distance(dropped)).as("the file no longer holds the place she was dropped at")
                .isGreaterThan(dropped.distance(friends) / 2);
    }

    private static boolean closeTo(Point2D a, Point2D b) {
        return a != null && b != null && a.distance(b) < 0.01;
    }

    /** The corner of the map, 40 pixels in, farthest from a point. */
    private Point2D farthestCorner(Point2D from) throws Exception {
        Point2D size = network.size();
        double w = size.getX();
        double h = size.getY();
        Point2D best = null;
        for (Point2D c : List.of(new Point2D(40, 40), new Point2D(w - 40, 40), new Point2D(40, h - 40),
                new Point2D(w - 40, h - 40))) {
            if (best == null || c.distance(from) > best.distance(from)) {
                best = c;
            }
        }
        return best;
    }

    @Test
    void colourAndSizeByChangeTheMapAndItsLegendAndABrokersRowSelectsAndCentresOnThem() throws Exception {
        openTwoCircles();

        // colour by community: the legend is the communities list, and each circle is drawn in its swatch's colour
        Map<String, Color> legend = network.legend();
        List<String> communities = network.rows("networkCommunities");
        assertThat(communities).hasSizeGreaterThanOrEqualTo(2);
        assertThat(new ArrayList<>(legend.keySet()))
                .containsExactlyElementsOf(communities.stream().map(r -> r.substring(0, r.indexOf("  \u00B7  "))).toList());
        assertThat(legend.keySet()).contains("berlin", "moscow");
        // every contact is in one community: the sizes add up to the eight
        assertThat(communities.stream().mapToInt(r -> Integer.parseInt(r.substring(r.lastIndexOf(' ') + 1))).sum())
                .isEqualTo(8);
        for (long id : new long[] {anna, jonas, lena}) {
            assertSameColour(network.colourAt(id), legend.get("berlin"), "a Berliner");
        }
        for (long id : new long[] {dmitri, olga, ivan}) {
            assertSameColour(network.colourAt(id), legend.get("moscow"), "a Muscovite");
        }
        assertSameColour(network.rowColour("networkCommunities", "berlin"), legend.get("berlin"), "berlin's row");

        // colour by tag: the legend lists the tags, the most used first, and the map follows it
        network.choose("networkColourBy", "Colour by tag");
        FxWait.until(() -> network.legend().containsKey("investor"));
        legend = network.legend();
        assertThat(new ArrayList<>(legend.keySet())).containsExactly("berlin", "moscow", "client", "investor");
        assertSameColour(network.colourAt(boris), legend.get("investor"), "Boris, an investor");
        assertSameColour(network.colourAt(acme), legend.get("client"), "Acme, a client");
        assertSameColour(network.colourAt(lena), legend.get("berlin"), "Lena, tagged berlin");
        assertSameColour(network.colourAt(ivan), legend.get("moscow"), "Ivan, tagged moscow");

        // size by connections: Anna, with four ties (one to me), is the largest
        assertThat(largest()).as("largest by connections").isEqualTo(anna);
        // size by brokerage: Boris, who alone bridges the circles
        network.choose("networkSizeBy", "Size by brokerage");
        FxWait.until(() -> largest() == boris);
        // size by score: the one the file scores highest, and a higher score is never drawn smaller
        network.choose("networkSizeBy", "Size by score");
        List<Long> byScore = ids("SELECT id FROM contact ORDER BY score DESC, id");
        assertThat(score(byScore.get(0))).as("one contact scores highest").isGreaterThan(score(byScore.get(1)));
        FxWait.until(() -> largest() == byScore.get(0));
        for (long a : byScore) {
            for (long b : byScore) {
                if (score(a) > score(b)) {
                    assertThat(network.drawn(a).radius()).as("drawn size by score").isGreaterThan(network.drawn(b).radius());
                }
            }
        }

        // the brokers, top first, with their brokerage out of 100; a row selects that contact and centres on them
        assertThat(network.rows("networkBrokers")).first().isEqualTo("Boris Ivanov  \u00B7  100");
        // Boris stands between the 3 x 3 of Berlin and Moscow (his works-at tie to Acme counts for nothing);
        // Anna between Jonas and Lena and the 4 beyond her: 8 of 9
        assertThat(network.rows("networkBrokers")).contains("Anna Schmidt  \u00B7  89", "Dmitri Orlov  \u00B7  89");
        network.clickRow("networkBrokers", "Dmitri Orlov");
        FxWait.until(() -> network.selectedText().startsWith("Dmitri Orlov"));
        assertThat(network.selectedText().lines().toList()).contains("Community: moscow", "Brokerage: 89 of 100");
        assertThat(network.at(dmitri).distance(network.centre())).as("Dmitri centred").isLessThan(1.5);
        // a click on Olga on the map, then on Dmitri's row again: Dmitri again
        clickOn(network.onScreen(olga), MouseButton.PRIMARY);
        FxWait.until(() -> network.selectedText().startsWith("Olga Petrova"));
        network.clickRow("networkBrokers", "Dmitri Orlov");
        FxWait.until(() -> network.selectedText().startsWith("Dmitri Orlov"));
        assertThat(network.at(dmitri).distance(network.centre())).as("Dmitri centred again").isLessThan(1.5);
    }

    /** The contact drawn largest now. */
    private long largest() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> network.canvas().pictureProperty().get().nodes().stream()
                .filter(n -> n.id() != ME).max(java.util.Comparator.comparingDouble(MapDrawing.Node::radius))
                .orElseThrow().id()).get();
    }

    @Test
    void doubleClickCentresOnAContactAndTheExportsWriteThePictureAndTheNetworkShown() throws Exception {
        openTwoCircles();
        int wholeEdges = WaitForAsyncUtils.asyncFx(() -> network.canvas().pictureProperty().get().edges().size()).get();

        // a double-click on Dmitri: the map shows him in its middle, with the contacts he is tied to (and Me)
        doubleClickOn(network.onScreen(dmitri), MouseButton.PRIMARY);
        FxWait.until(() -> network.drawnIds().equals(Set.of(ME, dmitri, olga, ivan, boris)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#networkView").queryAs(ComboBox.class).getButtonCell().getText())
                .isEqualTo("Around the selected contact");
        assertThat(network.at(dmitri).distance(network.centre())).as("Dmitri in the middle of the map").isLessThan(1.5);
        double w = network.size().getX();
        double h = network.size().getY();
        for (long id : network.drawnIds()) {
            Point2D p = network.at(id);
            assertThat(p.getX()).as("on screen").isBetween(0.0, w);
            assertThat(p.getY()).as("on screen").isBetween(0.0, h);
        }
        assertThat(network.selectedText()).startsWith("Dmitri Orlov");

        // Export › Picture: the file is a PNG of the map as shown
        Path png = dir.resolve("dmitri.png");
        answerFilePrompts(png);
        network.chooseFromMenu("networkExport", "Picture of this view (PNG)\u2026");
        FxWait.until(() -> toast().equals("dmitri.png saved."));
        assertThat(prompted).containsExactly("SAVE Picture of this view (PNG)\u2026 [network.png]");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("a PNG ImageIO can read").isNotNull();
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(w));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(h));
        Point2D at = network.at(dmitri);
        assertSameColour(rgb(image.getRGB((int) Math.round(at.getX()), (int) Math.round(at.getY()))),
                network.colourAt(dmitri), "Dmitri in the picture");
        assertSameColour(rgb(image.getRGB(2, 2)), Color.web("#fbfcfd"), "the map's background");

        // Export › This view for Gephi: the four on the map and their ties
        MapDrawing shown = WaitForAsyncUtils.asyncFx(() -> network.canvas().pictureProperty().get()).get();
        List<String> shownNames = shown.nodes().stream().map(MapDrawing.Node::label).sorted().toList();
        Path view = dir.resolve("dmitri.graphml");
        answerFilePrompts(view);
        network.chooseFromMenu("networkExport", "This view for Gephi (GraphML)\u2026");
        FxWait.until(() -> toast().equals("dmitri.graphml saved."));
        assertGraphMl(view, new GraphMlFile.Read(shown.nodes().size(), shown.edges().size(), shownNames));

        // Export › Whole network: everyone and Me, every tie and my own
        Path whole = dir.resolve("whole.graphml");
        answerFilePrompts(whole);
        network.chooseFromMenu("networkExport", "Whole network for Gephi (GraphML)\u2026");
        FxWait.until(() -> toast().equals("whole.graphml saved."));
        List<String> everyone = column("SELECT display_name FROM contact").stream().map(String::valueOf)
                .collect(Collectors.toCollection(ArrayList::new));
        everyone.add("Me");
        assertGraphMl(whole, new GraphMlFile.Read(9, wholeEdges, everyone.stream().sorted().toList()));
    }

    /** A tie the scenario's file holds: between two contacts (type set) or mine (type null). */
    private record Planned(long from, long to, TieType type, int strength) {
        DrawnTie drawn() {
            return DrawnTie.of(from, to, type);
        }
    }

    @Test
    void theFiltersShowOnlyATieTypeOnlyStrongTiesOnlyATagsContactsAndClearedEverythingAgain() throws Exception {
        List<Planned> planned = new ArrayList<>();
        open(s -> {
            var c = s.contactRepository();
            anna = c.insert(person("Anna", "Schmidt").tag("berlin").build());
            jonas = c.insert(person("Jonas", "Weber").tag("berlin").build());
            lena = c.insert(person("Lena", "Fischer").tag("berlin").build());
            dmitri = c.insert(person("Dmitri", "Orlov").tag("moscow").build());
            olga = c.insert(person("Olga", "Petrova").tag("moscow").build());
            ivan = c.insert(person("Ivan", "Sokolov").tag("moscow").build());
            boris = c.insert(person("Boris", "Ivanov").tag("berlin").tag("moscow").build());
            acme = c.insert(organisation("Acme GmbH").build());
            planned.add(new Planned(anna, jonas, TieType.COLLEAGUE, 5));
            planned.add(new Planned(jonas, lena, TieType.FRIEND, 2));
            planned.add(new Planned(lena, anna, TieType.FRIEND, 4));
            planned.add(new Planned(dmitri, olga, TieType.COLLEAGUE, 2));
            planned.add(new Planned(olga, ivan, TieType.FRIEND, 5));
            planned.add(new Planned(ivan, dmitri, TieType.COLLEAGUE, 4));
            planned.add(new Planned(boris, anna, TieType.FRIEND, 3));
            planned.add(new Planned(boris, dmitri, TieType.COLLEAGUE, 3));
            planned.add(new Planned(acme, jonas, TieType.COLLEAGUE, 1));
            for (Planned t : planned) {
                s.relationships().saveTie(new Tie(0, t.from(), t.to(), t.type(), t.strength(), null, ""));
            }
            // my own ties: how strong my relationship with each is
            planned.add(new Planned(ME, anna, null, 4));
            planned.add(new Planned(ME, olga, null, 2));
            planned.add(new Planned(ME, boris, null, 5));
            for (Planned t : planned.subList(9, 12)) {
                s.relationships().saveRelationship(Relationship.empty(t.to()).withStrength(t.strength()));
            }
        });
        network.open(9); // eight contacts and Me
        Set<Long> everyone = Set.of(ME, anna, jonas, lena, dmitri, olga, ivan, boris, acme);
        Set<DrawnTie> everyTie = planned.stream().map(Planned::drawn).collect(Collectors.toSet());
        network.waitForTies(everyTie);

        // Filters › Tie types › colleague unticked: only the friends' ties (and my own) are drawn; nobody leaves the map
        network.chooseFromSubmenu("networkFilters", "Tie types", "colleague");
        Set<DrawnTie> friends = planned.stream().filter(t -> t.type() != TieType.COLLEAGUE).map(Planned::drawn)
                .collect(Collectors.toSet());
        network.waitForTies(friends);
        assertThat(network.drawnTies()).extracting(DrawnTie::type).containsOnly(TieType.FRIEND, null);
        assertThat(network.drawnIds()).isEqualTo(everyone);

        // Strongest ties only, from 4: of those, the ties of strength 4 and 5, my own too
        network.setInMenu("networkFilters", 4);
        network.closeMenu("networkFilters");
        Set<DrawnTie> strongFriends = planned.stream().filter(t -> t.type() != TieType.COLLEAGUE && t.strength() >= 4)
                .map(Planned::drawn).collect(Collectors.toSet());
        network.waitForTies(strongFriends);
        assertThat(strongFriends).containsExactlyInAnyOrder(DrawnTie.of(lena, anna, TieType.FRIEND),
                DrawnTie.of(olga, ivan, TieType.FRIEND), DrawnTie.of(ME, anna, null), DrawnTie.of(ME, boris, null));
        assertThat(network.drawnIds()).isEqualTo(everyone);

        // Only contacts tagged › berlin: the Berliners, Boris (tagged both), Me; Acme (no tag) and Moscow leave
        network.chooseFromSubmenu("networkFilters", "Only contacts tagged", "berlin");
        Set<Long> berlin = Set.of(ME, anna, jonas, lena, boris);
        network.waitForNodes(berlin);
        assertThat(network.drawnTies()).containsExactlyInAnyOrder(DrawnTie.of(lena, anna, TieType.FRIEND),
                DrawnTie.of(ME, anna, null), DrawnTie.of(ME, boris, null));

        // the filters cleared (strength from 1, colleague ticked, berlin unticked): everyone and every tie again
        network.setInMenu("networkFilters", 1);
        network.chooseFromSubmenu("networkFilters", "Tie types", "colleague");
        network.chooseFromSubmenu("networkFilters", "Only contacts tagged", "berlin");
        network.waitForNodes(everyone);
        network.waitForTies(everyTie);
        // the filters only hide: the file still holds every tie and every strength
        assertThat(((Number) column("SELECT count(*) FROM tie").get(0)).intValue()).isEqualTo(9);
        assertThat(ids("SELECT contact_id FROM relationship WHERE strength IS NOT NULL ORDER BY contact_id"))
                .containsExactly(anna, olga, boris);
    }

    private static void assertGraphMl(Path file, GraphMlFile.Read expected) throws Exception {
        assertThat(GraphMlFile.byXmlParser(file)).as("read by the JDK's XML parser").isEqualTo(expected);
        var networkx = GraphMlFile.byNetworkX(file);
        if (networkx.isPresent()) {
            assertThat(networkx.get()).as("read by networkx").isEqualTo(expected);
        } else {
            System.err.println("networkx is not installed: " + file.getFileName() + " read by the XML parser only");
        }
    }

    private static Color rgb(int argb) {
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
    }
}
