package app.rapport.cli;

import app.rapport.app.Services;
import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.network.GraphNode;
import app.rapport.domain.network.IntroductionPath;
import app.rapport.domain.network.Layout;
import app.rapport.io.exporting.ExportException;
import app.rapport.service.network.GraphMetrics;
import app.rapport.service.network.NetworkGraph;
import app.rapport.service.network.NetworkPicture;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rapport graph}: the network map's export and insights, without the window. */
@Command(name = "graph",
        description = {"The network of contacts and ties: export it, list its brokers, find introduction paths."},
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {GraphCommand.Export.class, GraphCommand.Brokers.class, GraphCommand.PathCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
                "  rapport graph export --format graphml --out network.graphml",
                "  rapport graph export --out anna.graphml --ego \"Anna Weber\" --hops 2",
                "  rapport graph brokers --limit 10",
                "  rapport graph path me \"Dmitri Ivanov\""})
final class GraphCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @ParentCommand
    private RapportCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: export, brokers or path.");
    }

    /** Opens the database, loads the snapshot and hands both to {@code work}. */
    private <T> T withNetwork(Work<T> work) {
        Path file = Databases.existing(root.database());
        try (Services services = Services.openForReading(file, root.user())) {
            return work.run(services, services.network().load());
        }
    }

    private interface Work<T> {
        T run(Services services, NetworkGraph graph);
    }

    @Command(name = "export",
            description = {"Writes the network, or one contact's neighbourhood, as GraphML (opens in Gephi) with "
                    + "node attributes kind, name, organisation, tags, betweenness, community and edge attributes "
                    + "type, strength. Me is node 0."},
            footerHeading = "%nExamples:%n",
            footer = {"  rapport graph export --format graphml --out network.graphml",
                    "  rapport graph export --out boris.graphml --ego 42 --hops 1"})
    static final class Export implements Callable<Integer> {
        @Mixin
        private HelpOption help;

        @ParentCommand
        private GraphCommand graph;

        @Spec
        private CommandSpec spec;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "graphml",
                description = "graphml (default), or png for a picture of the map.")
        private String format;

        @Option(names = "--size", paramLabel = "WxH", defaultValue = "1600x1200",
                description = "With png: the picture's size in pixels (default: ${DEFAULT-VALUE}).")
        private String size;

        @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
        private Path out;

        @Option(names = "--ego", paramLabel = "CONTACT",
                description = "Only this contact's neighbourhood: an id, \"me\", or a name that matches one contact.")
        private String ego;

        @Option(names = "--hops", paramLabel = "N", defaultValue = "1",
                description = "With --ego: how far the neighbourhood reaches, 1 or 2 (default: ${DEFAULT-VALUE}).")
        private int hops;

        @Override
        public Integer call() {
            String wanted = format.toLowerCase(Locale.ROOT);
            if (!wanted.equals("graphml") && !wanted.equals("png")) {
                throw new ParameterException(spec.commandLine(), "--format must be graphml or png, not " + format + ".");
            }
            if (hops < 1 || hops > 2) {
                throw new ParameterException(spec.commandLine(), "--hops must be 1 or 2.");
            }
            Path target = out.toAbsolutePath();
            Databases.checkOutput(graph.root.database(), target);
            int[] counts;
            try {
                counts = graph.withNetwork((services, network) -> {
                    NetworkGraph shown = ego == null ? network : network.ego(ContactNames.resolve(network, ego), hops);
                    GraphMetrics metrics = services.network().metrics(shown);
                    if (wanted.equals("png")) {
                        int[] wh = pixels();
                        // the saved map where there is one, so the picture matches the window
                        Layout layout = services.network().layout(shown, services.network().savedPositions(), null, null);
                        services.documents().writePicture(target,
                                () -> NetworkPicture.draw(shown, metrics, layout, wh[0], wh[1]));
                    } else {
                        services.documents().writeGraphMl(shown, metrics, target);
                    }
                    return new int[] {shown.nodeCount(), shown.edgeCount()};
                });
            } catch (ExportException e) {
                throw new CliFailure(ExportCommand.message(e));
            }
            spec.commandLine().getOut().println("graph: " + counts[0] + " nodes and " + counts[1]
                    + " edges written to " + target);
            return 0;
        }

        private int[] pixels() {
            String[] parts = size.toLowerCase(Locale.ROOT).split("x");
            try {
                int w = Integer.parseInt(parts[0].strip());
                int h = Integer.parseInt(parts[1].strip());
                if (parts.length == 2 && w >= 200 && h >= 200 && w <= 10_000 && h <= 10_000) {
                    return new int[] {w, h};
                }
            } catch (RuntimeException e) {
                // falls through to the message below
            }
            throw new ParameterException(spec.commandLine(), "--size must be WIDTHxHEIGHT in pixels, each from 200 to 10000.");
        }
    }

    @Command(name = "brokers",
            description = {"Prints the people, then the organisations, who connect otherwise separate groups "
                    + "(highest betweenness over ties between contacts; works-at and member-of ties do not count, "
                    + "so a company does not bridge its own staff), one per line with tab-separated fields: id, "
                    + "name, betweenness, community, kind (person or organisation), and the communities they "
                    + "bridge most, separated by \" | \" (empty when their ties reach only one)."})
    static final class Brokers implements Callable<Integer> {
        @Mixin
        private HelpOption help;

        @ParentCommand
        private GraphCommand graph;

        @Spec
        private CommandSpec spec;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
                description = "Print at most this many people and this many organisations (default: ${DEFAULT-VALUE}).")
        private int limit;

        @Option(names = "--kind", paramLabel = "KIND", converter = SearchCommand.KindConverter.class,
                description = "Only people (person) or only organisations (organisation).")
        private ContactKind kind;

        @Override
        public Integer call() {
            if (limit < 1) {
                throw new ParameterException(spec.commandLine(), "--limit must be at least 1.");
            }
            List<ContactKind> kinds = kind == null ? List.of(ContactKind.values()) : List.of(kind);
            List<String> lines = graph.withNetwork((services, network) -> {
                GraphMetrics metrics = services.network().metrics(network);
                return kinds.stream().flatMap(k -> metrics.brokers(k, limit).stream()).map(id -> String.join("\t",
                        Long.toString(id), SearchCommand.field(network.node(id).name()),
                        String.format(Locale.ROOT, "%.1f", metrics.betweenness(id)),
                        SearchCommand.field(metrics.community(metrics.communityOf(id)).name()),
                        network.node(id).kind() == ContactKind.PERSON ? "person" : "organisation",
                        metrics.bridged(id).stream().map(c -> SearchCommand.field(c.name()))
                                .collect(Collectors.joining(" | ")))).toList();
            });
            PrintWriter out = spec.commandLine().getOut();
            lines.forEach(out::println);
            return 0;
        }
    }

    @Command(name = "path",
            description = {"Prints the warmest chain of introductions from one contact to another, one line per "
                    + "step (id, tab, name). Stronger ties count as shorter: a tie of strength s weighs 6 - s.",
                    "FROM and TO are ids, \"me\", or names that match one contact each."},
            footerHeading = "%nExamples:%n",
            footer = {"  rapport graph path me \"Dmitri Ivanov\"", "  rapport graph path 12 40"})
    static final class PathCommand implements Callable<Integer> {
        @Mixin
        private HelpOption help;

        @ParentCommand
        private GraphCommand graph;

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FROM", description = "Where the path starts.")
        private String from;

        @Parameters(index = "1", paramLabel = "TO", description = "Whom it reaches.")
        private String to;

        @Override
        public Integer call() {
            IntroductionPath path = graph.withNetwork((services, network) -> {
                long start = ContactNames.resolve(network, from);
                long end = ContactNames.resolve(network, to);
                return services.network().path(network, start, end).orElseThrow(() -> new CliFailure(
                        "no chain of ties leads from " + network.node(start).name() + " to "
                                + network.node(end).name() + "."));
            });
            PrintWriter out = spec.commandLine().getOut();
            for (int i = 0; i < path.nodes().size(); i++) {
                out.println(path.nodes().get(i) + "\t" + SearchCommand.field(path.names().get(i)));
            }
            return 0;
        }
    }

    /** Finds the one node a command-line argument means. */
    static final class ContactNames {
        private ContactNames() {
        }

        static long resolve(NetworkGraph network, String text) {
            String wanted = text.strip();
            if (wanted.equalsIgnoreCase("me")) {
                return GraphNode.ME_ID;
            }
            if (wanted.matches("\\d+")) {
                long id = Long.parseLong(wanted);
                if (!network.contains(id)) {
                    throw new CliFailure("there is no contact " + id + " on the map.");
                }
                return id;
            }
            String folded = wanted.toLowerCase(Locale.ROOT);
            List<GraphNode> exact = network.nodes().stream()
                    .filter(n -> !n.isMe() && n.name().toLowerCase(Locale.ROOT).equals(folded)).toList();
            List<GraphNode> matches = exact.isEmpty()
                    ? network.nodes().stream()
                            .filter(n -> !n.isMe() && n.name().toLowerCase(Locale.ROOT).contains(folded)).toList()
                    : exact;
            if (matches.isEmpty()) {
                throw new CliFailure("no contact is called " + wanted + ".");
            }
            if (matches.size() > 1) {
                throw new CliFailure(matches.size() + " contacts match " + wanted + ": give an id instead ("
                        + matches.stream().limit(3).map(n -> n.id() + " " + n.name()).reduce((a, b) -> a + ", " + b)
                                .orElse("") + (matches.size() > 3 ? ", …" : "") + ").");
            }
            return matches.get(0).id();
        }
    }
}
