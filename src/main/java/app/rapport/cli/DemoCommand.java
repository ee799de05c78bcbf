package app.rapport.cli;

import app.rapport.app.Services;
import app.rapport.demo.DemoMatrix;
import app.rapport.demo.DemoNetwork;
import app.rapport.demo.ProgressListener;
import app.rapport.domain.contacts.ContactCounts;
import app.rapport.persistence.DataFolder;
import app.rapport.service.FaultPoint;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rapport demo}: fills a database with the synthetic demo network. */
@Command(name = "demo",
        description = {
                "Fills the database with a made-up network for trying Rapport out: people and organisations "
                        + "from the US, Germany, Russia, Thailand, France, Spain, Japan, Türkiye and the UK, "
                        + "with fictional addresses, numbers and .example domains.",
                "Without --db it writes demo.db in Rapport's data folder, apart from your own contacts "
                        + "(the file the window's \"Explore a demo network\" opens).",
                "A database that already holds contacts is left alone unless you add --force.",
                "A demo that was stopped part way is finished by running the same command again."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  rapport demo --db demo.db",
                "  rapport demo --people 100000 --orgs 5000 --db big.db"})
final class DemoCommand implements Callable<Integer> {
    static final int MAX_PEOPLE = 1_000_000;
    static final int MAX_ORGS = 100_000;

    @Mixin
    private HelpOption help;

    @ParentCommand
    private RapportCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--people", paramLabel = "N", defaultValue = "500",
            description = "How many people to make (default: ${DEFAULT-VALUE}).")
    private int people;

    @Option(names = "--orgs", paramLabel = "N", defaultValue = "60",
            description = "How many organisations to make (default: ${DEFAULT-VALUE}).")
    private int orgs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "Chooses the network: the same seed always makes the same one (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--force", description = "Add the demo network even though the database already holds contacts.")
    private boolean force;

    @Override
    public Integer call() {
        checkCounts();
        // without --db the demo goes to its own file, never into the user's contacts
        root.defaultTo(DataFolder.forThisMachine().demoDatabase());
        Path file = root.database();
        try (Services services = Services.openKeepingOrder(file, root.user())) {
            ContactCounts counts = services.contacts().counts();
            long existing = counts.total() + counts.inTrash();
            Optional<DemoNetwork.Unfinished> unfinished = services.settings().unfinishedDemo()
                    .flatMap(DemoNetwork.Unfinished::parse);
            if (unfinished.isPresent()) {
                // a run that was stopped or killed part way: finish that network rather than refuse or add another
                continueDemo(services, file, unfinished.get(), existing);
            } else {
                if (existing > 0 && !force) {
                    throw new CliFailure(file + " already holds " + existing + " contacts; add --force to add the demo "
                            + "network to them.");
                }
                // dates relative to today, so the network looks recently used; the same seed gives the same people
                Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
                DemoNetwork.fill(services.contactRepository(), people, orgs, seed, today, root.user().language(), progress(),
                        () -> false);
            }
            FaultPoint.reached("demo:matrix");
            DemoMatrix.fill(services.contacts(), services.cooperation(), seed);
            services.settings().clearUnfinishedDemo();
        }
        spec.commandLine().getOut().println("demo: " + count(people, "person", "people") + " and "
                + count(orgs, "organisation", "organisations") + " written to " + file);
        return 0;
    }

    private void continueDemo(Services services, Path file, DemoNetwork.Unfinished unfinished, long existing) {
        if (!unfinished.makes(people, orgs, seed)) {
            throw new CliFailure(file + " holds a demo network of " + count(unfinished.people(), "person", "people")
                    + " and " + count(unfinished.orgs(), "organisation", "organisations") + " (seed " + unfinished.seed()
                    + ") that was stopped before it was finished; run rapport demo again with --people " + unfinished.people()
                    + " --orgs " + unfinished.orgs() + " --seed " + unfinished.seed() + " to finish it, or choose "
                    + "another file.");
        }
        // its contacts have the ids after those from before it; anything added or deleted since breaks its ties
        if (existing != unfinished.base() - 1 + unfinished.written()) {
            throw new CliFailure(file + " holds a demo network that was stopped before it was finished, and contacts "
                    + "were added or deleted since; make the demo in a new file.");
        }
        spec.commandLine().getOut().println("demo: continuing the demo network that was stopped after "
                + unfinished.written() + " of " + unfinished.total() + " contacts.");
        DemoNetwork.resume(services.contactRepository(), unfinished, root.user().language(), progress(), () -> false);
    }

    private void checkCounts() {
        if (people < 0 || people > MAX_PEOPLE) {
            throw new ParameterException(spec.commandLine(), "--people must be between 0 and " + MAX_PEOPLE + ".");
        }
        if (orgs < 0 || orgs > MAX_ORGS) {
            throw new ParameterException(spec.commandLine(), "--orgs must be between 0 and " + MAX_ORGS + ".");
        }
    }

    /** A counter on stderr for people watching a terminal; nothing when output goes to a file or script. */
    private ProgressListener progress() {
        if (System.console() == null) {
            return ProgressListener.NONE;
        }
        PrintWriter err = spec.commandLine().getErr();
        return (written, total) -> {
            err.print("\rdemo: " + written + " of " + total + " contacts written");
            if (written == total) {
                err.println();
            }
            err.flush();
        };
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
