package app.rapport.cli;

import app.rapport.app.Services;
import app.rapport.domain.matrix.CooperationRules;
import app.rapport.domain.matrix.MatrixEntry;
import app.rapport.domain.matrix.Quadrant;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rapport matrix}: the cooperation matrix, one contact per line by quadrant. */
@Command(name = "matrix",
        description = {"Prints the cooperation matrix: everyone assessed in the Matrix area, one per "
                + "line, tab-separated: quadrant, contact id, name, our willingness, theirs (each 0-10).",
                "Quadrants, in this order: high-potentials (both high), transactionals (both low), developers "
                        + "(theirs high, ours low), candidates (ours high, theirs low). A willingness of "
                        + CooperationRules.HIGH_FROM + " or more is high. Within a quadrant by name."},
        footerHeading = "%nExamples:%n",
        footer = {"  rapport matrix", "  rapport matrix --quadrant candidates"})
final class MatrixCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @ParentCommand
    private RapportCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--quadrant", paramLabel = "QUADRANT",
            description = "Only this quadrant: high-potentials, transactionals, developers or candidates.")
    private String quadrant;

    @Override
    public Integer call() {
        Quadrant only = quadrant == null ? null : parse(quadrant);
        PrintWriter out = spec.commandLine().getOut();
        try (Services services = Services.openForReading(Databases.existing(root.database()), root.user())) {
            for (Map.Entry<Quadrant, List<MatrixEntry>> q : services.cooperation().byQuadrant().entrySet()) {
                if (only != null && q.getKey() != only) {
                    continue;
                }
                for (MatrixEntry e : q.getValue()) {
                    out.println(String.join("\t", token(q.getKey()), Long.toString(e.contactId()),
                            e.name().replaceAll("[\\t\\r\\n]+", " "), Integer.toString(e.ours()),
                            Integer.toString(e.theirs())));
                }
            }
        }
        return 0;
    }

    /** The quadrant as the command line writes it: high-potentials, transactionals, developers, candidates. */
    static String token(Quadrant q) {
        return q.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private Quadrant parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (Quadrant q : Quadrant.values()) {
            if (token(q).equals(wanted)) {
                return q;
            }
        }
        throw new ParameterException(spec.commandLine(), "Unknown quadrant '" + text.strip()
                + "': use high-potentials, transactionals, developers or candidates.");
    }
}
