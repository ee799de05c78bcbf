package app.rapport.service.network;

import app.rapport.domain.network.GraphNode;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.ties.TieType;
import app.rapport.io.exporting.OutputFile;
import app.rapport.io.exporting.OutputGuard;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphMlExportTest {
    @TempDir
    Path dir;

    @Test
    void theExportReadsBackWithItsNodesEdgesAndAttributes() throws Exception {
        NetworkGraph g = new Networks()
                .add(new GraphNode(1, "Anna Müller", ContactKind.PERSON, "Acme GmbH", List.of("berlin", "client"), false,
                        false, null, 57))
                .person(2, "Boris <B&B>")
                .add(new GraphNode(3, "Acme", ContactKind.ORGANISATION, "", List.of(), false, false, null))
                .tie(1, 2, TieType.COLLEAGUE, 4).tie(1, 2, TieType.FRIEND, 2).tie(2, 3, TieType.WORKS_AT, 5)
                .mine(1, 3).graph();
        GraphMetrics metrics = GraphMetrics.of(g);
        Path out = dir.resolve("network.graphml");
        OutputFile.write(out, new OutputGuard(dir.resolve("rapport.db"), dir.resolve("backups")),
                stream -> GraphMlExport.write(g, metrics, stream));

        Graph<String, DefaultEdge> read = GraphTypeBuilder.undirected().allowingMultipleEdges(true)
                .allowingSelfLoops(false).vertexSupplier(SupplierUtil.createStringSupplier())
                .edgeSupplier(SupplierUtil.DEFAULT_EDGE_SUPPLIER).buildGraph();
        Map<String, Map<String, String>> nodes = new HashMap<>();
        Map<DefaultEdge, Map<String, String>> edges = new HashMap<>();
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((p, a) -> nodes.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
                .put(p.getSecond(), a.getValue()));
        importer.addEdgeAttributeConsumer((p, a) -> edges.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
                .put(p.getSecond(), a.getValue()));
        try (Reader reader = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            importer.importGraph(read, reader);
        }

        assertThat(read.vertexSet()).containsExactlyInAnyOrder("0", "1", "2", "3");
        assertThat(read.edgeSet()).hasSize(4);
        assertThat(nodes.get("1")).containsEntry("kind", "person").containsEntry("name", "Anna Müller")
                .containsEntry("tags", "berlin,client").containsEntry("community", "" + metrics.communityOf(1))
                .containsEntry("organisation", "Acme GmbH").containsEntry("score", "57").containsKey("betweenness");
        assertThat(nodes.get("2")).containsEntry("name", "Boris <B&B>")
                .containsEntry("betweenness", "" + metrics.betweenness(2));
        assertThat(nodes.get("3")).containsEntry("kind", "organisation");
        assertThat(nodes.get("0")).containsEntry("kind", "me").containsEntry("community", "-1");
        assertThat(edges.values()).extracting(a -> a.get("type") + " " + a.get("strength"))
                .containsExactlyInAnyOrder("colleague 4", "friend 2", "works_at 5", "me 3");
    }
}
