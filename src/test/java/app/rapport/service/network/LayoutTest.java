package app.rapport.service.network;

import app.rapport.domain.network.GraphNode;
import app.rapport.domain.network.Layout;
import app.rapport.domain.network.Point;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.ties.TieType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LayoutTest {
    private final NetworkService service = new NetworkService(new MemoryRepository());

    @Test
    void placesEveryNodeAndReportsProgressAsItSettles() {
        NetworkGraph g = Networks.communities(4, 50, 6, 1);
        List<Integer> reported = new ArrayList<>();
        Layout layout = service.layout(g, null, (partial, done, total) -> {
            assertThat(partial.size()).isEqualTo(g.nodeCount());
            reported.add(done);
        }, null);
        assertThat(layout.size()).isEqualTo(g.nodeCount());
        assertThat(layout.positions().values()).allMatch(p -> Double.isFinite(p.x()) && Double.isFinite(p.y()));
        assertThat(layout.bounds().size()).isPositive();
        assertThat(reported).hasSize(ForceLayout.ITERATIONS / ForceLayout.ROUND).endsWith(ForceLayout.ITERATIONS);
    }

    @Test
    void tiedContactsEndUpCloserThanStrangers() {
        NetworkGraph g = Networks.twoCliquesAndABridge();
        Layout layout = service.layout(g, null, null, null);
        double inside = layout.point(1).distance(layout.point(2));
        double across = layout.point(1).distance(layout.point(10));
        assertThat(inside).isLessThan(across);
    }

    @Test
    void addingOneContactDoesNotReshuffleTheMap() {
        Networks before = new Networks();
        NetworkGraph g = Networks.communities(5, 40, 6, 2);
        g.nodes().stream().filter(n -> !n.isMe()).forEach(before::add);
        g.edges().forEach(e -> before.edge(e));
        Layout first = service.layout(g, null, null, null);

        NetworkGraph grown = before.person(1_000, "Newcomer").tie(1_000, 7, TieType.FRIEND, 4)
                .tie(1_000, 8, TieType.COLLEAGUE, 2).graph();
        Layout second = service.layout(grown, first, null, null);

        double size = first.bounds().size();
        for (GraphNode n : g.nodes()) {
            assertThat(first.point(n.id()).distance(second.point(n.id()))).isLessThan(size * 0.01);
        }
        Point newcomer = second.point(1_000);
        double toNeighbour = Math.min(newcomer.distance(second.point(7)), newcomer.distance(second.point(8)));
        assertThat(toNeighbour).as("placed beside its ties").isLessThan(size * 0.25);
    }

    @Test
    void aMostlyNewNetworkStartsFromTheKnownPlaces() {
        NetworkGraph g = Networks.communities(3, 30, 6, 4);
        Layout half = new Layout(service.layout(g, null, null, null).positions().entrySet().stream()
                .filter(e -> e.getKey() % 3 == 0)
                .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue)));
        Layout next = service.layout(g, half, null, null);
        assertThat(next.size()).isEqualTo(g.nodeCount());
    }

    @Test
    void cancellingStopsAfterTheCurrentRound() {
        NetworkGraph g = Networks.communities(3, 30, 6, 4);
        AtomicInteger rounds = new AtomicInteger();
        Layout layout = service.layout(g, null, (partial, done, total) -> rounds.incrementAndGet(),
                () -> rounds.get() >= 2);
        assertThat(rounds).hasValue(2);
        assertThat(layout.size()).isEqualTo(g.nodeCount());
    }

    @Test
    void positionsAreSavedAndReadBack() {
        NetworkGraph g = Networks.twoCliquesAndABridge();
        Layout layout = service.layout(g, null, null, null);
        assertThat(service.savedPositions().size()).isZero();
        service.savePositions(layout);
        assertThat(service.savedPositions().positions()).isEqualTo(layout.positions());
    }
}
