package app.rapport.domain.network;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.ties.TieType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The map's drawing model as plain JUnit: sizes, colours from the one palette, ties, labels and the search highlight. */
class MapDrawingTest {
    record Contact(long id, String name, ContactKind kind, boolean flagged, int group) implements MapNode {
        @Override
        public boolean isMe() {
            return id == 0;
        }
    }

    record Link(long from, long to, int strength, TieType type, boolean isMine) implements MapTie {
    }

    record At(double x, double y) implements MapPoint {
    }

    static final Contact ME = new Contact(0, "Me", null, false, -1);
    static final Contact ANNA = new Contact(1, "Anna Schmidt", ContactKind.PERSON, false, 0);
    static final Contact BORIS = new Contact(2, "Boris Ivanov", ContactKind.PERSON, true, 1);
    static final Contact ACME = new Contact(3, "Acme GmbH", ContactKind.ORGANISATION, false, 9);
    static final Contact NOWHERE = new Contact(4, "Not placed yet", ContactKind.PERSON, false, 0);

    private static MapDrawing drawing(String search) {
        Map<Long, Integer> degree = Map.of(0L, 3, 1L, 3, 2L, 1, 3L, 1);
        return MapBuilder.of(List.of(ME, ANNA, BORIS, ACME, NOWHERE),
                        List.of(new Link(0, 1, 5, null, true), new Link(1, 2, 4, TieType.FRIEND, false),
                                new Link(1, 3, 2, TieType.CLIENT, false), new Link(2, 4, 3, TieType.FRIEND, false)),
                        Map.of(0L, new At(0, 0), 1L, new At(100, 0), 2L, new At(100, 100), 3L, new At(-50, 80)))
                .sizedBy(id -> degree.getOrDefault(id, 0))
                .colouredBy(Contact::group)
                .highlighting(n -> n.name().toLowerCase().contains(search))
                .build();
    }

    private static MapDrawing.Node node(MapDrawing d, long id) {
        return d.nodes().stream().filter(n -> n.id() == id).findFirst().orElseThrow();
    }

    @Test
    void nodesAreSizedByTheirMeasureAndShapedByTheirKindMeFixed() {
        MapDrawing d = drawing("\u0000");
        assertThat(d.nodes()).extracting(MapDrawing.Node::id).containsExactly(0L, 1L, 2L, 3L); // not placed: left out
        assertThat(node(d, 0).radius()).isEqualTo(MapBuilder.ME_RADIUS);
        assertThat(node(d, 1).radius()).isEqualTo(MapBuilder.SMALLEST + MapBuilder.GROWTH);
        assertThat(node(d, 2).radius()).isLessThan(node(d, 1).radius()).isGreaterThan(MapBuilder.SMALLEST);
        assertThat(node(d, 3).person()).isFalse();
        assertThat(node(d, 1).person()).isTrue();
        assertThat(d.minX()).isEqualTo(-50);
        assertThat(d.maxY()).isEqualTo(100);
    }

    @Test
    void coloursComeFromTheOnePalette() {
        MapDrawing d = drawing("\u0000");
        assertThat(node(d, 0).fill()).isEqualTo(MapPalette.ME);
        assertThat(node(d, 1).fill().hex()).isEqualTo("#0969da");
        assertThat(node(d, 2).fill().hex()).isEqualTo("#cf222e");
        assertThat(node(d, 3).fill()).isEqualTo(MapPalette.node(9));
        assertThat(MapPalette.node(MapPalette.size() + 1)).isEqualTo(MapPalette.node(1)); // wraps round
        // groups largest first: every colour but grey, then grey for the rest
        assertThat(MapPalette.ranked(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m")))
                .containsEntry("a", 0).containsEntry("h", 7).containsEntry("i", 9).containsEntry("k", 11)
                .containsEntry("l", MapPalette.GREY).containsEntry("m", MapPalette.GREY);
        assertThat(MapColour.web("#0969da").argb()).isEqualTo(0xFF0969DA);
    }

    @Test
    void tiesAreAsWideAsTheyAreStrongAndTintedByTheirType() {
        MapDrawing d = drawing("\u0000");
        assertThat(d.edges()).hasSize(3); // the tie to a node not placed yet is left out
        MapDrawing.Edge mine = d.edges().get(0);
        assertThat(mine.style()).isEqualTo(2);
        assertThat(mine.stroke()).isEqualTo(MapPalette.MY_TIE);
        assertThat(mine.width()).isEqualTo(0.6 + 0.6 * 5);
        MapDrawing.Edge friend = d.edges().get(1);
        assertThat(friend.style()).isZero();
        assertThat(friend.colour()).isEqualTo(TieType.FRIEND.ordinal());
        assertThat(friend.stroke().opacity()).isEqualTo(0.45);
        assertThat(d.edges().get(2).style()).isEqualTo(1); // a client: dashed
    }

    @Test
    void theSearchHighlightsItsMatchesNeverMeAndTheyAreAlwaysLabelled() {
        MapDrawing d = drawing("i");
        assertThat(d.nodes()).filteredOn(MapDrawing.Node::highlighted).extracting(MapDrawing.Node::id)
                .containsExactly(1L, 2L);
        assertThat(node(d, 2).flagged()).isTrue();
        // zoomed far out only the highlighted and the picked are written
        MapView far = new MapView(0.1, 400, 300);
        assertThat(MapLabels.choose(d, far, 800, 600, far.nodeScale(), MapLabels.budget(far), id -> id == 3))
                .extracting(MapLabels.Label::text).containsExactlyInAnyOrder("Anna Schmidt", "Boris Ivanov", "Acme GmbH");
        MapView fitted = MapView.fit(d, 800, 600);
        List<MapLabels.Label> labels = MapLabels.choose(d, fitted, 800, 600, 1, 40, id -> false);
        assertThat(labels).extracting(MapLabels.Label::text).contains("Me", "Anna Schmidt", "Boris Ivanov", "Acme GmbH");
        assertThat(labels.get(0).text()).isIn("Anna Schmidt", "Boris Ivanov"); // the matches first
        assertThat(MapLabels.choose(d, fitted, 800, 600, 1, 1, id -> false)).extracting(MapLabels.Label::text)
                .containsExactlyInAnyOrder("Anna Schmidt", "Boris Ivanov"); // the budget spent, the matches still
        MapLabels.Label anna = labels.stream().filter(l -> l.node().id() == 1).findFirst().orElseThrow();
        assertThat(anna.x()).isEqualTo(fitted.x(100));
        assertThat(anna.y()).isEqualTo(fitted.y(0) + node(d, 1).radius() + 12);
    }
}
