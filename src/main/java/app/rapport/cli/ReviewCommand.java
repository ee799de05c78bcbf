package app.rapport.cli;

import app.rapport.app.Services;
import app.rapport.domain.review.ReviewItem;
import app.rapport.domain.review.ReviewReason;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rapport review}: who needs attention, in the order the Review area walks through them. */
@Command(name = "review",
        description = {
                "Prints the contacts that need attention, most urgent first, one line per contact with "
                        + "tab-separated fields: contact id, name, and the reasons, comma-separated.",
                "Reasons: flagged, overdue (the keep-in-touch cadence ran out), falling-score, "
                        + "no-mailing-address (from 1 October to 31 December, when cards go out), not-reviewed "
                        + "(not marked reviewed in the window's Review for the months set, 6 unless changed). "
                        + "Flagged and overdue contacts come first, then falling scores, then the others. "
                        + "Archived contacts and the trash are left out; the window's round is not changed."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  rapport review",
                "  rapport review --limit 20"})
final class ReviewCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @ParentCommand
    private RapportCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "200",
            description = "Print at most this many contacts (default: ${DEFAULT-VALUE}, one round in the window).")
    private int limit;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1.");
        }
        List<ReviewItem> items;
        try (Services services = Services.openForReading(Databases.existing(root.database()), root.user())) {
            items = services.reviews().queue(LocalDate.now(), limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        items.forEach(i -> out.println(line(i)));
        return 0;
    }

    static String line(ReviewItem item) {
        return String.join("\t", Long.toString(item.contactId()), item.name().replaceAll("[\\t\\r\\n]+", " "),
                item.reasons().stream().map(ReviewCommand::word).collect(Collectors.joining(",")));
    }

    private static String word(ReviewReason reason) {
        return reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
