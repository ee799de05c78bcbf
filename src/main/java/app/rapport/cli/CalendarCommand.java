package app.rapport.cli;

import app.rapport.app.Services;
import app.rapport.domain.calendar.Calendar;
import app.rapport.domain.calendar.CalendarEvent.Kind;
import app.rapport.domain.language.Bundles;
import app.rapport.io.exporting.ExportException;
import app.rapport.service.calendar.CalendarOptions;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rapport calendar}: the calendar file (iCalendar) of birthdays, follow-ups and today's people to reach. */
@Command(name = "calendar",
        description = {
                "Writes an iCalendar (.ics) file that any calendar program can import or subscribe to: every "
                        + "birthday as an all-day event each year, open follow-ups and the calls after cards on "
                        + "their day, and today's people to reach (the most overdue keep-in-touch contacts).",
                "Prints one line: the file, then tab-separated counts of birthdays, follow-ups and people to "
                        + "reach. Writing the file again keeps each event's UID, so a subscribed calendar updates it."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  rapport calendar --out ~/Calendars/rapport.ics",
                "  rapport calendar --out rapport.ics --alarms --days 90"})
final class CalendarCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @ParentCommand
    private RapportCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The .ics file to write.")
    private Path out;

    @Option(names = "--alarms", description = "Add reminders: at 9:00 on the day, and for birthdays also the day before.")
    private boolean alarms;

    @Option(names = "--days", paramLabel = "N", defaultValue = "" + CalendarOptions.DEFAULT_DAYS,
            description = "Follow-ups due within this many days are written (default: ${DEFAULT-VALUE}); "
                    + "birthdays repeat every year whatever this says.")
    private int days;

    @Override
    public Integer call() {
        if (days < 0 || days > CalendarOptions.MAX_DAYS) {
            throw new ParameterException(spec.commandLine(), "--days must be between 0 and " + CalendarOptions.MAX_DAYS + ".");
        }
        Path file = Databases.existing(root.database());
        Calendar calendar;
        try (Services services = Services.openForReading(file, root.user())) {
            calendar = services.calendar().write(out, new CalendarOptions(alarms, days, CalendarOptions.DEFAULT_DIGEST_SIZE),
                    Bundles.english(), root.user().language());
        } catch (ExportException e) {
            throw new CliFailure(ExportCommand.message(e));
        }
        long people = calendar.events().stream().filter(e -> e.kind() == Kind.DIGEST)
                .mapToLong(e -> e.description().lines().count()).sum();
        spec.commandLine().getOut().println(out.toAbsolutePath() + "\t" + calendar.count(Kind.BIRTHDAY) + " birthdays\t"
                + (calendar.count(Kind.FOLLOW_UP) + calendar.count(Kind.CARD_FOLLOW_UP)) + " follow-ups\t"
                + people + " to reach");
        return 0;
    }
}
