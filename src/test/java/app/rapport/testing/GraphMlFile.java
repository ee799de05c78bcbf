package app.rapport.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A GraphML file as programs nobody here wrote read it: the JDK's XML parser, and NetworkX (as Gephi's
 * users script it) where {@code /usr/bin/python3} has it.
 */
public final class GraphMlFile {
    private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";

    /** How many nodes and edges a reader found, and the nodes' "name" attribute, sorted. */
    public record Read(int nodes, int edges, List<String> names) {
    }

    private GraphMlFile() {
    }

    /** Read with the JDK's namespace-aware XML parser. */
    public static Read byXmlParser(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(file.toFile());
        String nameKey = null;
        NodeList keys = doc.getElementsByTagNameNS(GRAPHML, "key");
        for (int i = 0; i < keys.getLength(); i++) {
            Element key = (Element) keys.item(i);
            if ("node".equals(key.getAttribute("for")) && "name".equals(key.getAttribute("attr.name"))) {
                nameKey = key.getAttribute("id");
            }
        }
        NodeList nodes = doc.getElementsByTagNameNS(GRAPHML, "node");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            NodeList data = ((Element) nodes.item(i)).getElementsByTagNameNS(GRAPHML, "data");
            for (int k = 0; k < data.getLength(); k++) {
                Element d = (Element) data.item(k);
                if (d.getAttribute("key").equals(nameKey)) {
                    names.add(d.getTextContent());
                }
            }
        }
        return new Read(nodes.getLength(), doc.getElementsByTagNameNS(GRAPHML, "edge").getLength(),
                names.stream().sorted().toList());
    }

    /** Read with NetworkX's {@code read_graphml}; empty when python3 or networkx is not installed. */
    public static Optional<Read> byNetworkX(Path file) throws Exception {
        Path python = Path.of("/usr/bin/python3");
        if (!Files.isExecutable(python)) {
            return Optional.empty();
        }
        String script = String.join("\n",
                "import sys",
                "try:",
                "    import networkx as nx",
                "except ImportError:",
                "    print('absent'); sys.exit(0)",
                "g = nx.read_graphml(sys.argv[1])",
                "print(g.number_of_nodes())",
                "print(g.number_of_edges())",
                "for name in sorted(d.get('name', '') for _, d in g.nodes(data=True)):",
                "    print(name)");
        Process p = new ProcessBuilder(python.toString(), "-c", script, file.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("networkx could not read " + file + ":\n" + out);
        }
        List<String> lines = out.lines().toList();
        if (lines.size() == 1 && lines.get(0).equals("absent")) {
            return Optional.empty();
        }
        return Optional.of(new Read(Integer.parseInt(lines.get(0)), Integer.parseInt(lines.get(1)),
                lines.subList(2, lines.size()).stream().sorted().toList()));
    }
}
