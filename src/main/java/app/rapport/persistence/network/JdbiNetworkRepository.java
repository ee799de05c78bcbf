package app.rapport.persistence.network;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.network.GraphEdge;
import app.rapport.domain.network.GraphNode;
import app.rapport.domain.network.Point;
import app.rapport.domain.ties.TieType;
import app.rapport.persistence.Database;
import app.rapport.persistence.LocalDates;
import app.rapport.persistence.Transactions;
import app.rapport.service.network.NetworkGraph;
import app.rapport.service.network.NetworkRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** The network map's snapshot and positions in SQLite. */
public final class JdbiNetworkRepository implements NetworkRepository {
    private final Transactions tx;

    public JdbiNetworkRepository(Database database) {
        this.tx = new Transactions(database.jdbi());
    }

    @Override
    public NetworkGraph load() {
        // one transaction, so a tie saved meanwhile cannot point at a contact this snapshot lacks
        return tx.write(h -> {
            Map<Long, List<String>> tags = tags(h);
            List<GraphNode> nodes = new ArrayList<>();
            List<GraphEdge> edges = new ArrayList<>();
            h.createQuery("""
                            SELECT c.id, c.kind, c.display_name, coalesce(c.organisation, '') AS organisation, c.archived,
                                   c.last_interaction_on, coalesce(r.flagged, 0) AS flagged, r.strength,
                                   coalesce(c.score, -1) AS score
                            FROM contact c LEFT JOIN relationship r ON r.contact_id = c.id
                            WHERE c.deleted_at IS NULL ORDER BY c.id""")
                    .scanResultSet((supplier, ctx) -> {
                        var rs = supplier.get();
                        while (rs.next()) {
                            long id = rs.getLong(1);
                            nodes.add(new GraphNode(id, rs.getString(3), ContactKind.valueOf(rs.getString(2)),
                                    rs.getString(4), tags.getOrDefault(id, List.of()), rs.getInt(5) == 1,
                                    rs.getInt(7) == 1, LocalDates.parse(rs.getString(6)), rs.getInt(9)));
                            int strength = rs.getInt(8);
                            if (!rs.wasNull()) {
                                edges.add(GraphEdge.me(id, strength));
                            }
                        }
                        return null;
                    });
            h.createQuery("SELECT id, from_id, to_id, type, strength FROM tie ORDER BY id")
                    .scanResultSet((supplier, ctx) -> {
                        var rs = supplier.get();
                        while (rs.next()) {
                            edges.add(new GraphEdge(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                                    TieType.valueOf(rs.getString(4)), rs.getInt(5)));
                        }
                        return null;
                    });
            return NetworkGraph.of(nodes, edges);
        });
    }

    private static Map<Long, List<String>> tags(Handle h) {
        Map<Long, List<String>> tags = new HashMap<>();
        h.createQuery("SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id ORDER BY t.name")
                .scanResultSet((supplier, ctx) -> {
                    var rs = supplier.get();
                    while (rs.next()) {
                        tags.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                    }
                    return null;
                });
        return tags;
    }

    @Override
    public void savePositions(Map<Long, Point> positions) {
        StringBuilder json = new StringBuilder("[");
        positions.forEach((id, p) -> {
            if (Double.isFinite(p.x()) && Double.isFinite(p.y())) {
                json.append(json.length() > 1 ? "," : "")
                        .append(String.format(Locale.ROOT, "[%d,%.3f,%.3f]", id, p.x(), p.y()));
            }
        });
        json.append(']');
        tx.write(h -> {
            h.execute("""
                    INSERT INTO node_position (contact_id, x, y)
                    SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?) WHERE true
                    ON CONFLICT (contact_id) DO UPDATE SET x = excluded.x, y = excluded.y""", json.toString());
            h.execute("DELETE FROM node_position WHERE contact_id <> 0 AND contact_id NOT IN (SELECT id FROM contact)");
            return null;
        });
    }

    @Override
    public Map<Long, Point> positions() {
        return tx.read(h -> {
            Map<Long, Point> positions = new HashMap<>();
            h.createQuery("SELECT contact_id, x, y FROM node_position").scanResultSet((supplier, ctx) -> {
                var rs = supplier.get();
                while (rs.next()) {
                    positions.put(rs.getLong(1), new Point(rs.getDouble(2), rs.getDouble(3)));
                }
                return null;
            });
            return positions;
        });
    }

    @Override
    public long version() {
        return tx.read(h -> h.createQuery("SELECT version FROM network_version WHERE id = 1").mapTo(Long.class).one());
    }
}
