package app.rapport.cli;

import app.rapport.app.Services;
import app.rapport.domain.contacts.ContactKind;
import app.rapport.domain.contacts.ContactQuery;
import app.rapport.domain.contacts.ContactSummary;
import app.rapport.domain.contacts.SortField;
import app.rapport.service.contacts.ContactService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code rapport search}: the contacts list's search, printed one tab-separated line per contact. */
@Command(name = "search",
        description = {
                "Prints the contacts that match, sorted by name, one per line with tab-separated fields: "
                        + "id, kind (person or organisation), name, organisation, email, phone.",
                "Every word must match part of a name, organisation, title, email, phone number, tag, "
                        + "address or note. Case and accents do not matter: muller finds Müller."},
        footerHeading = "%nExamples:%n",
        footer = {
                "  rapport search müller",
                "  rapport search --tag client --kind organisation",
                "  rapport search anna berlin --limit 10"})
final class SearchCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @ParentCommand
    private RapportCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "QUERY", arity = "0..*",
            description = "Words to look for; without any, every contact matches.")
    private List<String> words = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
            description = "Print at most this many contacts (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--kind", paramLabel = "KIND", converter = KindConverter.class,
            description = "Only people or only organisations: person or organisation.")
    private ContactKind kind;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only contacts with this tag.")
    private String tag;

    @Option(names = "--archived", description = "Include archived contacts.")
    private boolean archived;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1.");
        }
        Path file = Databases.existing(root.database());
        ContactQuery query = new ContactQuery(String.join(" ", words), kind, tag, archived, SortField.NAME, true);
        try (Services services = Services.openForReading(file, root.user())) {
            ContactService contacts = services.contacts();
            long[] ids = contacts.search(query);
            List<ContactSummary> shown = contacts.summaries(Arrays.copyOf(ids, Math.min(limit, ids.length)));
            PrintWriter out = spec.commandLine().getOut();
            shown.forEach(s -> out.println(line(s)));
        }
        return 0;
    }

    static String line(ContactSummary s) {
        return String.join("\t", Long.toString(s.id()), kindName(s.kind()), field(s.displayName()),
                field(s.organisation()), field(s.email()), field(s.phone()));
    }

    static String kindName(ContactKind kind) {
        return kind == ContactKind.PERSON ? "person" : "organisation";
    }

    /** A tab or line break inside a value would split the line for whoever reads it. */
    static String field(String value) {
        return value == null ? "" : value.replaceAll("[\\t\\r\\n]+", " ");
    }

    /** Reads "person" or "organisation", forgiving case, plurals and the American spelling. */
    static final class KindConverter implements ITypeConverter<ContactKind> {
        @Override
        public ContactKind convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "person", "people", "persons" -> ContactKind.PERSON;
                case "organisation", "organisations", "organization", "organizations", "org", "orgs" ->
                        ContactKind.ORGANISATION;
                default -> throw new TypeConversionException("expected person or organisation, not '" + value + "'");
            };
        }
    }
}
