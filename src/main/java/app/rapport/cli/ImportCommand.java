package app.rapport.cli;

import app.rapport.app.Services;
import app.rapport.io.importing.CsvField;
import app.rapport.io.importing.FileFormat;
import app.rapport.io.importing.ImportOptions;
import app.rapport.service.importing.ImportOutcome;
import app.rapport.service.importing.ImportPlan;
import app.rapport.service.importing.ImportProgress;
import java.io.Console;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rapport import}: previews, then imports contacts from vCard and CSV files in one transaction. */
@Command(name = "import",
        description = {
                "Imports contacts from vCard files (2.1, 3.0, 4.0) and from the CSV files of Google Contacts, "
                        + "Outlook, LinkedIn (Connections.csv) and Thunderbird. What a file holds is read from its content, "
                        + "not its name.",
                "First prints what would happen, one line each: the files read (read:), every problem with "
                        + "file and line (problem:), the contacts that look like ones already there and will be "
                        + "merged (merge:) or, matched only by name against different details, kept apart "
                        + "(apart:), and the totals (plan:). Then asks before writing, unless --yes.",
                "Everything is written in one transaction: an import that fails or is interrupted leaves the "
                        + "database as it was."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  rapport import contacts.vcf --dry-run",
                "  rapport import Connections.csv google.csv --yes",
                "  rapport import old.csv --encoding windows-1252 --format outlook",
                "  rapport import list.csv --format csv --column Vorname=given-name --column Mail=email"})
final class ImportCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @ParentCommand
    private RapportCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The files to import.")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--dry-run", description = "Only print what would happen; write nothing.")
    private boolean dryRun;

    @Option(names = "--yes", description = "Import without asking (needed when not run from a terminal).")
    private boolean yes;

    @Option(names = "--encoding", paramLabel = "E", defaultValue = "auto",
            description = "The files' encoding: auto (default: a byte order mark, else UTF-8, else what a detector "
                    + "finds, with a problem line when it is not sure), or a name such as UTF-8, UTF-16, windows-1252, "
                    + "windows-1251, Shift_JIS.")
    private String encoding;

    @Option(names = "--format", paramLabel = "F", defaultValue = "auto",
            description = "auto (default), vcard, google, outlook, linkedin, thunderbird, or csv with --column.")
    private String format;

    @Option(names = "--date-order", paramLabel = "O", defaultValue = "auto",
            description = "How to read dates with slashes such as 03/04/1982: auto (default: the one way the file's "
                    + "dates allow, else your computer's order, with a problem line), day-first or month-first.")
    private String dateOrder;

    @Option(names = "--home-country", paramLabel = "CC",
            description = "Your country as an ISO code (such as DE), for phone numbers written without a country "
                    + "code. Default: the country in Rapport's settings, else your computer's.")
    private String homeCountry;

    @Option(names = "--column", paramLabel = "HEADER=FIELD",
            description = "With --format csv: which field a column holds. Fields: given-name, middle-name, "
                    + "family-name, full-name, name-prefix, name-suffix, nickname, organisation, title, birthday, "
                    + "birth-year, birth-month, birth-day, notes, tags, email, phone, website, street, locality, region, "
                    + "postal-code, country, "
                    + "address, met-on, label, ignore.")
    private List<String> columns = new ArrayList<>();

    @Override
    public Integer call() {
        ImportOptions options = new ImportOptions(charset(), fileFormat(), columnMap(), country(), order());
        PrintWriter out = spec.commandLine().getOut();
        Path file = root.database();
        if (dryRun && !java.nio.file.Files.exists(file)) {
            return dryRunIntoNothing(options, out);
        }
        if (dryRun) {
            Databases.existing(file);
        }
        try (Services services = dryRun ? Services.openForReading(file, root.user()) : Services.openKeepingOrder(file, root.user())) {
            ImportPlan plan = services.imports().preview(files, options);
            Set<Integer> accepted = plan.defaultAccepted();
            ImportReport.print(plan, accepted, out);
            out.flush();
            if (plan.isEmpty()) {
                throw new CliFailure("nothing to import: no file held a contact Rapport could read.");
            }
            if (dryRun) {
                out.println("import: dry run; nothing was written.");
                return 0;
            }
            if (!yes && !confirmed(plan.counts(accepted).toAdd() + plan.counts(accepted).toMerge(), file)) {
                out.println("import: cancelled; nothing was written.");
                return 0;
            }
            ImportOutcome outcome = services.imports().apply(plan, accepted, progress(), () -> false);
            out.println("import: " + outcome.added() + " added, " + outcome.merged() + " merged, " + outcome.skipped()
                    + " skipped, " + ImportReport.count(outcome.organisationsCreated(), "organisation", "organisations")
                    + " created in " + file);
        }
        return 0;
    }

    /**
     * A dry run for a database that does not exist yet: the plan against an empty one, made in a
     * temporary folder that is removed again; nothing is created where the database would be.
     */
    private int dryRunIntoNothing(ImportOptions options, PrintWriter out) {
        Path scratch = null;
        try {
            scratch = java.nio.file.Files.createTempDirectory("rapport-dry-run");
            try (Services services = Services.openKeepingOrder(scratch.resolve("empty.rapport"), root.user())) {
                ImportPlan plan = services.imports().preview(files, options);
                ImportReport.print(plan, plan.defaultAccepted(), out);
                out.flush();
                if (plan.isEmpty()) {
                    throw new CliFailure("nothing to import: no file held a contact Rapport could read.");
                }
                out.println("import: dry run into a new database at " + root.database() + "; nothing was written.");
                return 0;
            }
        } catch (java.io.IOException e) {
            throw new CliFailure("cannot make a temporary folder for the dry run.");
        } finally {
            deleteQuietly(scratch);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var walk = java.nio.file.Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            // a temporary folder left behind is the system's to clean
        }
    }

    private String country() {
        if (homeCountry == null) {
            return null;
        }
        String code = homeCountry.strip().toUpperCase(Locale.ROOT);
        if (!java.util.Set.of(Locale.getISOCountries()).contains(code)) {
            throw new ParameterException(spec.commandLine(), "--home-country " + homeCountry
                    + " is not a two-letter ISO country code such as DE or US.");
        }
        return code;
    }

    private app.rapport.io.importing.DateOrder order() {
        return switch (dateOrder.strip().toLowerCase(Locale.ROOT)) {
            case "auto" -> app.rapport.io.importing.DateOrder.AUTO;
            case "day-first" -> app.rapport.io.importing.DateOrder.DAY_FIRST;
            case "month-first" -> app.rapport.io.importing.DateOrder.MONTH_FIRST;
            default -> throw new ParameterException(spec.commandLine(),
                    "--date-order must be auto, day-first or month-first, not " + dateOrder + ".");
        };
    }

    private boolean confirmed(int contacts, Path file) {
        Console console = System.console();
        if (console == null) {
            throw new CliFailure("not a terminal, so nobody can confirm; add --yes to import, or --dry-run to only look.");
        }
        String answer = console.readLine("Import %d contacts into %s? [y/N] ", contacts, file);
        return answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
    }

    /** A counter on stderr for people watching a terminal; nothing when output goes to a file or script. */
    private ImportProgress progress() {
        if (System.console() == null) {
            return ImportProgress.NONE;
        }
        PrintWriter err = spec.commandLine().getErr();
        return (done, total) -> {
            if (done % 100 == 0 || done == total) {
                err.print("\rimport: " + done + " of " + total + " contacts written");
                if (done == total) {
                    err.println();
                }
                err.flush();
            }
        };
    }

    private Charset charset() {
        if (encoding.equalsIgnoreCase("auto")) {
            return null;
        }
        try {
            return Charset.forName(encoding.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ParameterException(spec.commandLine(), "--encoding " + encoding + " is not an encoding Java knows.");
        }
    }

    private FileFormat fileFormat() {
        FileFormat chosen = switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "auto" -> FileFormat.AUTO;
            case "vcard", "vcf" -> FileFormat.VCARD;
            case "google" -> FileFormat.GOOGLE_CSV;
            case "outlook" -> FileFormat.OUTLOOK_CSV;
            case "linkedin" -> FileFormat.LINKEDIN_CSV;
            case "thunderbird" -> FileFormat.THUNDERBIRD_CSV;
            case "csv" -> FileFormat.CSV;
            default -> throw new ParameterException(spec.commandLine(),
                    "--format must be auto, vcard, google, outlook, linkedin, thunderbird or csv, not " + format + ".");
        };
        if (chosen == FileFormat.CSV && columns.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--format csv needs --column HEADER=FIELD for each column.");
        }
        return chosen;
    }

    private Map<String, CsvField> columnMap() {
        Map<String, CsvField> map = new LinkedHashMap<>();
        for (String column : columns) {
            int eq = column.lastIndexOf('=');
            String field = eq < 0 ? "" : column.substring(eq + 1).strip().toUpperCase(Locale.ROOT).replace('-', '_');
            try {
                map.put(column.substring(0, Math.max(0, eq)).strip(), CsvField.valueOf(field));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--column " + column
                        + " must be HEADER=FIELD with a field from the list in --help.");
            }
        }
        return map;
    }
}
