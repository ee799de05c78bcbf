package app.rapport.cli;

import app.rapport.app.Services;
import app.rapport.domain.printing.ContactBrief;
import app.rapport.io.exporting.ExportException;
import app.rapport.io.exporting.OutputFile;
import app.rapport.io.printing.BriefDocument;
import app.rapport.io.printing.PrintException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rapport brief CONTACT --out FILE}: a one-page brief for offline review before a meeting. */
@Command(name = "brief",
        description = "Writes a one-page PDF on a contact for review before a meeting (details, relationship "
                + "and score, ties, last interactions, ledger, open reminders) and prints the file's path.",
        footerHeading = "%nExamples:%n",
        footer = {"  rapport brief \"Anna Schmidt\" --out anna.pdf", "  rapport brief 42 --out brief.pdf"})
final class BriefCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;
    @ParentCommand
    private RapportCommand root;
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "CONTACT", description = "A contact id or name.")
    private String contact;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The PDF file to write.")
    private Path out;

    @Override
    public Integer call() {
        Databases.checkOutput(root.database(), out);
        try (Services services = Services.openForReading(Databases.existing(root.database()), root.user())) {
            long id = ContactArgument.resolve(services.contacts(), contact);
            ContactBrief brief = services.documents().brief(id)
                    .orElseThrow(() -> new CliFailure("contact " + id + " is in the trash."));
            services.documents().writeBrief(out, brief, app.rapport.domain.language.Bundles.english(), root.user().language());
        } catch (PrintException e) {
            throw new CliFailure(e.getMessage());
        } catch (ExportException e) {
            throw new CliFailure(ExportCommand.message(e));
        }
        spec.commandLine().getOut().println(out.toAbsolutePath());
        return 0;
    }
}
