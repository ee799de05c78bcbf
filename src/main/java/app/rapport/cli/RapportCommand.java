package app.rapport.cli;

import app.rapport.app.LanguagePreference;
import app.rapport.domain.language.UserContext;
import app.rapport.persistence.DataFolder;
import app.rapport.service.StorageException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.CharBuffer;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * {@code rapport}, the command line: the same database and services as the window, for scripts and
 * quick looks. Output is plain and stable; every failure is one line on stderr starting "rapport: ".
 */
@Command(name = "rapport",
        mixinStandardHelpOptions = true,
        versionProvider = RapportCommand.Version.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {
                "Rapport keeps your network of people and organisations in one file on this computer.",
                "Without a command Rapport opens its window; these commands work without it."},
        subcommands = {DemoCommand.class, SearchCommand.class, StatsCommand.class, DueCommand.class, CalendarCommand.class,
                GraphCommand.class,
                CardsCommand.class, ScoreCommand.class, BriefCommand.class, MatrixCommand.class,
                ReviewCommand.class,
                BackupCommand.class, RestoreCommand.class,
                ImportCommand.class, ExportCommand.class, DuplicatesCommand.class, SyncCommand.class,
                SyncConflictsCommand.class,
                HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
                "  rapport demo --people 2000 --db demo.db",
                "  rapport search müller --kind person",
                "  rapport stats",
                "  rapport due --limit 20",
                "  rapport graph brokers --limit 10"})
public final class RapportCommand implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(RapportCommand.class);

    @Spec
    private CommandSpec spec;

    /**
     * Who the commands work for: the computer's language (for dates and numbers; the words stay English)
     * and country (phone numbers, the home country), read once as the command line starts.
     */
    private final UserContext user;

    @Option(names = "--db", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "The Rapport database to use. Default: rapport.db in Rapport's data folder.")
    private Path db;

    /**
     * Runs the command line and returns its exit code: 0 done, 1 failed (one line on {@code err}),
     * 2 the arguments were wrong.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        RapportCommand root = new RapportCommand(UserContext.of(LanguagePreference.computer()));
        CommandLine commandLine = new CommandLine(root);
        PrintWriter outWriter = writerFor(out);
        PrintWriter errWriter = writerFor(err);
        commandLine.setOut(outWriter);
        commandLine.setErr(errWriter);
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> failed(e, cl, parsed, root));
        commandLine.setParameterExceptionHandler(RapportCommand::misused);
        try {
            return commandLine.execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    /** Where a subcommand works when no --db is given; null means the user's own database. */
    private Path fallback;

    RapportCommand(UserContext user) {
        this.user = user;
    }

    /** Who the commands work for (see {@link UserContext}). */
    UserContext user() {
        return user;
    }

    void defaultTo(Path file) {
        fallback = file;
    }

    /** The database the command works on, absolute so messages show where it is. */
    Path database() {
        Path file = db != null ? db : fallback != null ? fallback : DataFolder.forThisMachine().database();
        return file.toAbsolutePath().normalize();
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "choose a command: demo, search, stats or due.");
    }

    private static int failed(Exception e, CommandLine commandLine, ParseResult parsed, RapportCommand root) {
        String message;
        if (e instanceof CliFailure) {
            message = e.getMessage();
        } else if (e instanceof StorageException storage) {
            LOG.error("{} failed on {}", command(commandLine), root.database(), e);
            message = StorageMessages.of(storage, root.database());
        } else {
            LOG.error("{} failed", command(commandLine), e);
            message = "unexpected " + e.getClass().getSimpleName() + "; details are in Rapport's log file.";
        }
        commandLine.getErr().println("rapport: " + message);
        return CommandLine.ExitCode.SOFTWARE;
    }

    /** The command's name ("rapport graph path"), not its arguments: those may be contacts' names. */
    private static String command(CommandLine commandLine) {
        return commandLine.getCommandSpec().qualifiedName();
    }

    /** Wrong arguments: the problem and where to read more, not the whole usage text. */
    private static int misused(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("rapport: " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        return commandLine.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** Writes through the stream's own encoding, so callers decide how text reaches the terminal. */
    private static PrintWriter writerFor(PrintStream stream) {
        return new PrintWriter(new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) {
                stream.append(CharBuffer.wrap(chars, offset, length));
            }

            @Override
            public void flush() {
                stream.flush();
            }

            @Override
            public void close() {
                stream.flush();
            }
        }, true);
    }

    /** The version from the jar's manifest; builds run from the IDE or Maven have none. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = RapportCommand.class.getPackage().getImplementationVersion();
            return new String[] {"rapport " + (version == null ? "(development build)" : version)};
        }
    }
}
