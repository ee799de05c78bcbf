package app.rapport.cli;

import app.rapport.app.Services;
import app.rapport.domain.score.Score;
import app.rapport.domain.score.ScoreExplanation;
import app.rapport.domain.score.ScoreLine;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rapport score CONTACT}: the social-capital score and what it is made of. */
@Command(name = "score",
        description = {"Prints a contact's social-capital score (0-100) and its parts, as of today.",
                "First line: 'score', the score. Then one line per part, tab-separated: part (strength, "
                        + "recency, frequency, reciprocity, assessment, network), points, of max, "
                        + "points lost, why."},
        footerHeading = "%nExamples:%n",
        footer = {"  rapport score \"Anna Schmidt\"", "  rapport score 42"})
final class ScoreCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @ParentCommand
    private RapportCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "CONTACT", description = "A contact id or name.")
    private String contact;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ScoreExplanation words = new ScoreExplanation(
                app.rapport.domain.language.Bundles.english(), Locale.ENGLISH);
        try (Services services = Services.openForReading(Databases.existing(root.database()), root.user())) {
            long id = ContactArgument.resolve(services.contacts(), contact);
            Score score = services.scores().score(id)
                    .orElseThrow(() -> new CliFailure("contact " + id + " is in the trash."));
            out.println("score\t" + score.value());
            for (ScoreLine line : score.lines()) {
                String why = words.line(line);
                why = why.substring(why.indexOf(':') + 1).strip();
                out.println(String.join("\t", line.part().name().toLowerCase(Locale.ROOT),
                        Integer.toString(line.points()), Integer.toString(line.max()), Integer.toString(line.lost()),
                        why));
            }
        }
        return 0;
    }
}
