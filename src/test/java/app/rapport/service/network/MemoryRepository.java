package app.rapport.service.network;

import app.rapport.domain.network.Point;
import java.util.HashMap;
import java.util.Map;

/** A network held in memory, for service tests that need no database. */
final class MemoryRepository implements NetworkRepository {
    private NetworkGraph graph = NetworkGraph.of(java.util.List.of(), java.util.List.of());
    private final Map<Long, Point> positions = new HashMap<>();

    void set(NetworkGraph g) {
        graph = g;
    }

    @Override
    public NetworkGraph load() {
        return graph;
    }

    @Override
    public void savePositions(Map<Long, Point> saved) {
        positions.putAll(saved);
    }

    @Override
    public Map<Long, Point> positions() {
        return Map.copyOf(positions);
    }

    @Override
    public long version() {
        return 0;
    }
}
