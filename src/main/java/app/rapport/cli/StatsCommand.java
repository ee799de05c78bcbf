package app.rapport.cli;

import app.rapport.app.Services;
import app.rapport.domain.contacts.ContactCounts;
import app.rapport.domain.dashboard.Indicator;
import app.rapport.domain.dashboard.IndicatorValues;
import app.rapport.domain.keepintouch.DueCounts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rapport stats}: what the database holds, as stable "key: value" lines. */
@Command(name = "stats",
        description = {
                "Prints what the database holds, one \"key: value\" line each: people, organisations, "
                        + "archived, in trash, tags, emails, phones, addresses, ties, interactions, overdue and due this "
                        + "week (keep-in-touch items, counted for today) and the database file.",
                "Then the dashboard's indicators for today, one \"indicator <name>: value\" line each (shares as "
                        + "percentages): kept-in-touch, overdue, reciprocity, referrals-received, referrals-given, "
                        + "new-ties-quarter, cards-sent, card-follow-ups-done, average-score, at-risk."})
final class StatsCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @ParentCommand
    private RapportCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Path file = Databases.existing(root.database());
        ContactCounts counts;
        long ties;
        long interactions;
        DueCounts due;
        IndicatorValues indicators;
        try (Services services = Services.openForReading(file, root.user())) {
            indicators = services.dashboard().indicators();
            counts = services.contacts().counts();
            ties = services.relationships().countTies();
            interactions = services.interactions().count();
            due = services.keepInTouch().counts(LocalDate.now());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("people: " + counts.people());
        out.println("organisations: " + counts.organisations());
        out.println("archived: " + counts.archived());
        out.println("in trash: " + counts.inTrash());
        out.println("tags: " + counts.tags());
        out.println("emails: " + counts.emails());
        out.println("phones: " + counts.phones());
        out.println("addresses: " + counts.addresses());
        out.println("ties: " + ties);
        out.println("interactions: " + interactions);
        out.println("overdue: " + due.overdue());
        out.println("due this week: " + due.dueThisWeek());
        out.println("database: " + file);
        for (Indicator indicator : Indicator.values()) {
            double value = indicators.get(indicator);
            out.println("indicator " + indicator.name().toLowerCase(Locale.ROOT).replace('_', '-') + ": "
                    + (indicator.percent() ? Math.round(value * 100) + "%"
                    : indicator == Indicator.AVERAGE_SCORE ? String.format(Locale.ROOT, "%.1f", value)
                    : Long.toString(Math.round(value))));
        }
        return 0;
    }
}
