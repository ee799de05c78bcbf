package app.rapport.service.network;

import app.rapport.domain.network.GraphEdge;
import app.rapport.domain.network.GraphNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.ExportException;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * The network as GraphML for Gephi and friends: node attributes kind (person, organisation, me), name,
 * organisation, tags (comma-separated), score (0–100, where computed), betweenness, community; edge attributes type (me for my own
 * relationships) and strength. Node ids are contact ids.
 */
public final class GraphMlExport {
    private GraphMlExport() {
    }

    public static void write(NetworkGraph g, GraphMetrics m, OutputStream out) throws IOException {
        GraphMLExporter<Long, GraphEdge> exporter = new GraphMLExporter<>(String::valueOf);
        exporter.setExportEdgeLabels(false);
        exporter.registerAttribute("kind", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("name", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("organisation", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("tags", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("score", AttributeCategory.NODE, AttributeType.INT);
        exporter.registerAttribute("betweenness", AttributeCategory.NODE, AttributeType.DOUBLE);
        exporter.registerAttribute("community", AttributeCategory.NODE, AttributeType.INT);
        exporter.registerAttribute("type", AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute("strength", AttributeCategory.EDGE, AttributeType.INT);
        exporter.setVertexAttributeProvider(id -> nodeAttributes(g.node(id), m));
        exporter.setEdgeAttributeProvider(GraphMlExport::edgeAttributes);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            exporter.exportGraph(g.graph(), writer);
        } catch (ExportException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e);
        }
        writer.flush();
    }

    private static Map<String, Attribute> nodeAttributes(GraphNode node, GraphMetrics m) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("kind", DefaultAttribute.createAttribute(node.isMe() ? "me" : node.kind().name().toLowerCase(Locale.ROOT)));
        a.put("name", DefaultAttribute.createAttribute(node.name()));
        a.put("organisation", DefaultAttribute.createAttribute(node.organisation()));
        a.put("tags", DefaultAttribute.createAttribute(String.join(",", node.tags())));
        if (node.hasScore()) {
            a.put("score", DefaultAttribute.createAttribute(node.score()));
        }
        a.put("betweenness", DefaultAttribute.createAttribute(m.betweenness(node.id())));
        a.put("community", DefaultAttribute.createAttribute(m.communityOf(node.id())));
        return a;
    }

    private static Map<String, Attribute> edgeAttributes(GraphEdge e) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("type", DefaultAttribute.createAttribute(e.isMine() ? "me" : e.type().name().toLowerCase(Locale.ROOT)));
        a.put("strength", DefaultAttribute.createAttribute(e.strength()));
        return a;
    }
}
