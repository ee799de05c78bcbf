package app.rapport.cli;

import app.rapport.app.Services;
import app.rapport.domain.keepintouch.DueItem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rapport due}: the keep-in-touch list, most urgent first, one tab-separated line per item. */
@Command(name = "due",
        description = {
                "Prints who to get in touch with, most urgent first, one line per item with tab-separated "
                        + "fields: contact id, name, reason (cadence, birthday or follow-up), due date "
                        + "(YYYY-MM-DD) and days overdue (negative while still ahead).",
                "Lists contacts whose keep-in-touch cadence has run out or runs out within the next "
                        + "--days days (today is the first; 0 lists only what is overdue), birthdays in that "
                        + "time and follow-ups set by hand."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  rapport due",
                "  rapport due --limit 10 --days 14"})
final class DueCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @ParentCommand
    private RapportCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
            description = "Print at most this many items (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--days", paramLabel = "N", defaultValue = "7",
            description = "Also list what falls due within this many days (default: ${DEFAULT-VALUE}).")
    private int days;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1.");
        }
        if (days < 0 || days > 366) {
            throw new ParameterException(spec.commandLine(), "--days must be between 0 and 366.");
        }
        Path file = Databases.existing(root.database());
        List<DueItem> items;
        try (Services services = Services.openForReading(file, root.user())) {
            items = services.keepInTouch().due(LocalDate.now(), days, limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        items.forEach(i -> out.println(line(i)));
        return 0;
    }

    static String line(DueItem i) {
        return String.join("\t", Long.toString(i.contactId()), i.name().replaceAll("[\\t\\r\\n]+", " "),
                i.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'), i.dueOn().toString(),
                Long.toString(i.daysOverdue()));
    }
}
