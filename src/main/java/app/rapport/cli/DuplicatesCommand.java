package app.rapport.cli;

import app.rapport.app.Services;
import app.rapport.service.duplicates.DuplicatePair;
import app.rapport.service.importing.Matcher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code rapport duplicates}: the pairs of contacts that may be one, by the import's matching rules, one
 * line each; {@code --not-duplicate ID ID} remembers that two are not.
 */
@Command(name = "duplicates",
        description = {
                "Lists the pairs of contacts that may be one person or organisation, compared by the same rules "
                        + "as an import (the same vCard UID or email is strong evidence; a phone number or a name "
                        + "alone is weak; a different name, birthday, email domain or employer counts against), "
                        + "highest score first, one line each:",
                "  pair: ID NAME | ID NAME | score N | EVIDENCE, ...",
                "then \"pairs: N\". A score of " + Matcher.MERGE_AT + " or more is strong evidence; from "
                        + Matcher.POSSIBLE_AT + " it is a possible duplicate. A person is never paired with an "
                        + "organisation. Pairs marked as not duplicates are not listed.",
                "Merge a pair in the window (Find duplicates…)."},
        footerHeading = "%nExamples:%n",
        footer = {"  rapport duplicates", "  rapport duplicates --not-duplicate 12 40"})
final class DuplicatesCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;
    @ParentCommand
    private RapportCommand root;
    @Spec
    private CommandSpec spec;

    @Option(names = "--not-duplicate", arity = "2", paramLabel = "ID",
            description = "Remembers that the two contacts (by id) are not duplicates; they are never listed again.")
    private List<Long> notDuplicate;

    @Override
    public Integer call() {
        Path file = Databases.existing(root.database());
        PrintWriter out = spec.commandLine().getOut();
        if (notDuplicate != null) {
            long a = notDuplicate.get(0);
            long b = notDuplicate.get(1);
            if (a == b) {
                throw new ParameterException(spec.commandLine(), "--not-duplicate needs two different contacts.");
            }
            try (Services services = Services.openKeepingOrder(file, root.user())) {
                for (long id : List.of(a, b)) {
                    if (services.contacts().find(id).isEmpty()) {
                        throw new CliFailure("there is no contact " + id + ".");
                    }
                }
                services.duplicates().notDuplicate(a, b);
            }
            out.println("not a duplicate: " + Math.min(a, b) + " " + Math.max(a, b));
            return 0;
        }
        List<DuplicatePair> pairs;
        try (Services services = Services.openForReading(file, root.user())) {
            pairs = services.duplicates().find();
        }
        for (DuplicatePair p : pairs) {
            out.println("pair: " + p.firstId() + " " + plain(p.firstName()) + " | " + p.secondId() + " "
                    + plain(p.secondName()) + " | score " + p.match().score() + " | "
                    + p.match().found().stream().map(f -> plain(ImportReport.words(f))).collect(Collectors.joining(", ")));
        }
        out.println("pairs: " + pairs.size());
        return 0;
    }

    /** One line whatever a name holds. */
    private static String plain(String s) {
        return s.replaceAll("\\p{Cntrl}+", " ");
    }
}
