package app.rapport.cli;

import app.rapport.app.LanguagePreference;
import app.rapport.app.Services;
import app.rapport.domain.cards.BuilderOptions;
import app.rapport.domain.cards.CardList;
import app.rapport.domain.cards.CardListSummary;
import app.rapport.domain.cards.CardPick;
import app.rapport.domain.cards.CardRule;
import app.rapport.domain.cards.CardSelection;
import app.rapport.domain.cards.Envelope;
import app.rapport.domain.cards.LeftOut;
import app.rapport.domain.cards.Recipient;
import app.rapport.io.cards.CardListCsv;
import app.rapport.service.SaveOutcome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rapport cards}: build card lists, print what is on them, mark cards, write CSV and PDF. */
@Command(name = "cards",
        description = "Card lists: about 50 people, a card each, a call two weeks later.",
        subcommands = {CardsCommand.Build.class, CardsCommand.ListCommand.class, CardsCommand.Mark.class,
                CardsCommand.Csv.class, CardsPdfCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
                "  rapport cards build --name \"Holiday 2026\" --limit 50",
                "  rapport cards list",
                "  rapport cards list --name \"Holiday 2026\"",
                "  rapport cards mark --name \"Holiday 2026\" --sent \"Anna Schmidt\" 42",
                "  rapport cards pdf --name \"Holiday 2026\" --layout avery-l7160 --out labels.pdf"})
final class CardsCommand implements Callable<Integer> {
    @Mixin
    private HelpOption help;

    @ParentCommand
    private RapportCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: build, list, mark, csv or pdf.");
    }

    Path database() {
        return Databases.existing(root.database());
    }

    app.rapport.domain.language.UserContext user() {
        return root.user();
    }

    static CardList named(Services services, String name) {
        return services.cards().findByName(name)
                .orElseThrow(() -> new CliFailure("there is no card list called " + name.strip() + "."));
    }

    static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }

    @Command(name = "build",
            description = {"Builds a card list by the card rules and prints its envelopes, one per line: "
                    + "envelope id, addressee, salutation, address. Then prints who was left out and why, "
                    + "one per line: 'left-out', contact id, name, reason.",
                    "Without rule options it takes clients and referrers of the last 12 months and recent "
                            + "prospects; people at one address share an envelope."})
    static final class Build implements Callable<Integer> {
        @Mixin
        private HelpOption help;
        @ParentCommand
        private CardsCommand cards;
        @Spec
        private CommandSpec spec;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The new list's name.")
        private String name;
        @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
                description = "At most this many people (default: ${DEFAULT-VALUE}).")
        private int limit;
        @Option(names = "--occasion", paramLabel = "TEXT", defaultValue = "Holiday",
                description = "The occasion (default: ${DEFAULT-VALUE}).")
        private String occasion;
        @Option(names = "--year", paramLabel = "YYYY", description = "The year (default: this year).")
        private Integer year;
        @Option(names = "--rules", paramLabel = "RULE", split = ",",
                description = "Rules to use, comma-separated: clients, referrers, prospects "
                        + "(default: all three). --tag and --min-score add their own.")
        private List<String> rules;
        @Option(names = "--tag", paramLabel = "TAG", description = "Also everyone with this tag.")
        private String tag;
        @Option(names = "--min-score", paramLabel = "0-100",
                description = "Only relationships with at least this social-capital score (see 'rapport score').")
        private Integer minScore;
        @Option(names = "--dry-run", description = "Print who would be on the list; write nothing.")
        private boolean dryRun;
        @Option(names = "--language", paramLabel = "LANG", defaultValue = "en",
                description = "Word the envelopes in this language: en, de, ru or th (default: ${DEFAULT-VALUE}).")
        private String language;

        @Override
        public Integer call() {
            if (limit < 1 || limit > BuilderOptions.MAX_LIMIT) {
                throw new ParameterException(spec.commandLine(), "--limit must be between 1 and "
                        + BuilderOptions.MAX_LIMIT + ".");
            }
            if (minScore != null && (minScore < 0 || minScore > 100)) {
                throw new ParameterException(spec.commandLine(), "--min-score must be between 0 and 100.");
            }
            Locale wording = Locale.forLanguageTag(language.strip().toLowerCase(Locale.ROOT));
            if (!LanguagePreference.supported(wording)) {
                throw new ParameterException(spec.commandLine(), "--language must be en, de, ru or th.");
            }
            BuilderOptions options = new BuilderOptions(rules(), tag == null ? "" : tag,
                    minScore == null ? 0 : minScore, limit);
            PrintWriter out = spec.commandLine().getOut();
            try (Services services = Services.openKeepingOrder(cards.database(), cards.user())) {
                services.wordCardsIn(wording);
                CardSelection selection = services.cards().preview(options);
                int theYear = year == null ? LocalDate.now().getYear() : year;
                if (dryRun) {
                    services.cards().households(selection.chosen()).forEach(h -> out.println(String.join("\t", "-",
                            clean(h.addressee()), clean(h.salutation()), clean(h.address().oneLine()))));
                } else {
                    SaveOutcome<CardList> outcome = services.cards().create(new CardList(0, name, occasion, theYear),
                            selection.chosen().stream().map(CardPick::candidate).toList());
                    if (!outcome.ok()) {
                        throw new CliFailure(problem(outcome.problems().get(0).messageKey(), name));
                    }
                    services.cards().envelopes(outcome.saved().id()).forEach(e -> out.println(line(e)));
                }
                for (LeftOut l : selection.leftOut()) {
                    out.println(String.join("\t", "left-out", Long.toString(l.pick().id()),
                            clean(l.pick().candidate().displayName()),
                            l.reason().name().toLowerCase(Locale.ROOT).replace('_', '-')));
                }
            }
            return 0;
        }

        private Set<CardRule> rules() {
            Set<CardRule> set = EnumSet.noneOf(CardRule.class);
            List<String> chosen = rules == null ? List.of("clients", "referrers", "prospects") : rules;
            for (String r : chosen) {
                switch (r.strip().toLowerCase(Locale.ROOT)) {
                    case "clients" -> set.add(CardRule.CLIENTS);
                    case "referrers" -> set.add(CardRule.REFERRERS);
                    case "prospects" -> set.add(CardRule.PROSPECTS);
                    case "" -> { }
                    default -> throw new ParameterException(spec.commandLine(), "Unknown rule '" + r
                            + "': use clients, referrers or prospects.");
                }
            }
            if (tag != null && !tag.isBlank()) {
                set.add(CardRule.TAG);
            }
            if (minScore != null) {
                set.add(CardRule.MIN_SCORE);
            }
            return set;
        }

        private static String problem(String key, String name) {
            return switch (key) {
                case "cards.problem.nameTaken" -> "a card list called " + name.strip() + " exists already.";
                case "cards.problem.nameEmpty" -> "give the list a name.";
                case "cards.problem.year" -> "the year must be between 1900 and 9999.";
                case "cards.problem.empty" -> "no contact matched the rules; nothing was written.";
                default -> "the list could not be made (" + key + ").";
            };
        }
    }

    static String line(Envelope e) {
        return String.join("\t", Long.toString(e.id()), clean(e.addressee()), clean(e.salutation()),
                clean(e.address().oneLine()), e.status().name().toLowerCase(Locale.ROOT),
                e.recipients().stream().map(Recipient::name).map(CardsCommand::clean).collect(Collectors.joining(", ")));
    }

    @Command(name = "list",
            description = {"Without --name: every card list, one per line: name, occasion, year, envelopes, "
                    + "planned, sent, received, returned.",
                    "With --name: that list's envelopes, one per line: envelope id, addressee, salutation, "
                            + "address, status (planned, sent, received, returned), recipients."})
    static final class ListCommand implements Callable<Integer> {
        @Mixin
        private HelpOption help;
        @ParentCommand
        private CardsCommand cards;
        @Spec
        private CommandSpec spec;

        @Option(names = "--name", paramLabel = "NAME", description = "The list to print.")
        private String name;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Services services = Services.openForReading(cards.database(), cards.user())) {
                if (name == null) {
                    for (CardListSummary s : services.cards().lists()) {
                        out.println(String.join("\t", clean(s.name()), clean(s.list().occasion()),
                                Integer.toString(s.list().year()), Integer.toString(s.envelopes()),
                                Integer.toString(s.planned()), Integer.toString(s.sent()),
                                Integer.toString(s.received()), Integer.toString(s.returned())));
                    }
                } else {
                    services.cards().envelopes(named(services, name).id()).forEach(e -> out.println(line(e)));
                }
            }
            return 0;
        }
    }

    @Command(name = "mark",
            description = {"Marks the cards of the named contacts sent, received or returned undeliverable, "
                    + "and prints each envelope changed, one per line as in 'cards list'.",
                    "Sent schedules a follow-up call (14 days by default; a setting) that appears in Keep in "
                            + "touch, and logs the card; received logs the card they sent. A household's "
                            + "envelope is marked once for all at that address."})
    static final class Mark implements Callable<Integer> {
        @Mixin
        private HelpOption help;
        @ParentCommand
        private CardsCommand cards;
        @Spec
        private CommandSpec spec;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The card list.")
        private String name;

        @ArgGroup(exclusive = true, multiplicity = "1")
        private Event event;

        static final class Event {
            @Option(names = "--sent", description = "I sent their card.")
            boolean sent;
            @Option(names = "--received", description = "They sent me a card.")
            boolean received;
            @Option(names = "--returned", description = "The card came back undeliverable.")
            boolean returned;
        }

        @Parameters(arity = "1..*", paramLabel = "CONTACT", description = "Contact ids or names.")
        private List<String> contacts;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Services services = Services.openKeepingOrder(cards.database(), cards.user())) {
                CardList list = named(services, name);
                List<Envelope> envelopes = services.cards().envelopes(list.id());
                List<Long> ids = new ArrayList<>();
                for (String c : contacts) {
                    long contactId = ContactArgument.resolve(services.contacts(), c);
                    Envelope envelope = envelopes.stream()
                            .filter(e -> e.recipients().stream().anyMatch(r -> r.contactId() == contactId))
                            .findFirst().orElseThrow(() -> new CliFailure(c.strip() + " is not on the list "
                                    + list.name() + "."));
                    if (!ids.contains(envelope.id())) {
                        ids.add(envelope.id());
                    }
                }
                if (event.sent) {
                    services.cards().markSent(ids);
                } else if (event.received) {
                    services.cards().markReceived(ids);
                } else {
                    services.cards().markReturned(ids);
                }
                services.cards().envelopes(list.id()).stream().filter(e -> ids.contains(e.id()))
                        .forEach(e -> out.println(line(e)));
            }
            return 0;
        }
    }

    @Command(name = "csv",
            description = "Writes the list as CSV for mail merge (UTF-8, one envelope per row, the address in "
                    + "columns) and prints the file's path.")
    static final class Csv implements Callable<Integer> {
        @Mixin
        private HelpOption help;
        @ParentCommand
        private CardsCommand cards;
        @Spec
        private CommandSpec spec;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The card list.")
        private String name;
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV file to write.")
        private Path out;

        @Override
        public Integer call() {
            Databases.checkOutput(cards.database(), out);
            try (Services services = Services.openForReading(cards.database(), cards.user())) {
                List<Envelope> envelopes = services.cards().envelopes(named(services, name).id());
                if (envelopes.isEmpty()) {
                    throw new CliFailure("the list " + name.strip() + " has no envelopes; nothing was written.");
                }
                services.documents().writeCardCsv(out, envelopes);
            } catch (app.rapport.io.exporting.ExportException e) {
                throw new CliFailure(ExportCommand.message(e));
            }
            spec.commandLine().getOut().println(out.toAbsolutePath());
            return 0;
        }
    }
}
