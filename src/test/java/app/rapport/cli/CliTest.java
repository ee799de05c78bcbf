package app.rapport.cli;

import static app.rapport.cli.Cli.rapport;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.app.Services;
import app.rapport.cli.Cli.Result;
import app.rapport.demo.DemoNetwork;
import app.rapport.domain.Text;
import app.rapport.domain.contacts.Contact;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest {
    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("rapport.db").toAbsolutePath();
    }

    private void demo(int people, int orgs, long seed) {
        Result r = rapport("--db", db().toString(), "demo", "--people", "" + people, "--orgs", "" + orgs,
                "--seed", "" + seed);
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void demoThenStatsPrintsTheCounts() {
        Result demo = rapport("demo", "--people", "300", "--orgs", "30", "--seed", "7", "--db", db().toString());
        assertThat(demo.code()).isZero();
        assertThat(demo.out()).isEqualTo("demo: 300 people and 30 organisations written to " + db() + "\n");
        assertThat(demo.err()).isEmpty();

        List<Contact> expected = DemoNetwork.generate(300, 30, 7);
        Set<String> tags = new HashSet<>();
        expected.forEach(c -> tags.addAll(c.tags()));
        Result stats = rapport("stats", "--db", db().toString());
        assertThat(stats.code()).isZero();
        assertThat(stats.err()).isEmpty();
        assertThat(stats.lines()).hasSize(23);
        assertThat(stats.lines().subList(0, 8)).containsExactly(
                "people: 300",
                "organisations: 30",
                "archived: " + expected.stream().filter(Contact::archived).count(),
                "in trash: 0",
                "tags: " + tags.size(),
                "emails: " + expected.stream().mapToInt(c -> c.emails().size()).sum(),
                "phones: " + expected.stream().mapToInt(c -> c.phones().size()).sum(),
                "addresses: " + expected.stream().mapToInt(c -> c.addresses().size()).sum());
        assertThat(stats.lines().get(8)).matches("ties: [1-9]\\d*");
        assertThat(stats.lines().get(9)).matches("interactions: [1-9]\\d*");
        assertThat(stats.lines().get(10)).matches("overdue: [1-9]\\d*");
        assertThat(stats.lines().get(11)).matches("due this week: \\d+");
        assertThat(stats.lines().get(12)).isEqualTo("database: " + db());
        assertThat(stats.lines().subList(13, 23)).allMatch(l -> l.matches("indicator [a-z-]+: \\d+(\\.\\d)?%?"));
        assertThat(stats.lines().get(13)).matches("indicator kept-in-touch: \\d+%");
        // contacts overdue by cadence; the keep-in-touch count above also counts overdue follow-ups
        assertThat(Long.parseLong(stats.lines().get(14).replace("indicator overdue: ", "")))
                .isPositive().isLessThanOrEqualTo(Long.parseLong(stats.lines().get(10).replace("overdue: ", "")));
        // scores are not computed by the command line's demo: the average is 0 until the window or scoring ran
        assertThat(stats.lines().get(21)).isEqualTo("indicator average-score: 0.0");
    }

    @Test
    void dueListsTheKeepInTouchItemsMostUrgentFirst() {
        demo(300, 30, 7);
        Result due = rapport("--db", db().toString(), "due", "--limit", "5");
        assertThat(due.code()).as(due.err()).isZero();
        assertThat(due.err()).isEmpty();
        assertThat(due.lines()).hasSize(5).allSatisfy(line -> {
            String[] fields = line.split("\t", -1);
            assertThat(fields).hasSize(5);
            assertThat(fields[0]).matches("\\d+");
            assertThat(fields[1]).isNotBlank();
            assertThat(fields[2]).isIn("cadence", "birthday", "follow-up");
            assertThat(fields[3]).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(fields[4]).matches("-?\\d+");
        });
        // everything overdue, and nothing else, is what stats counts as overdue
        Result all = rapport("--db", db().toString(), "due", "--days", "0", "--limit", "100000");
        long overdue = all.lines().stream().filter(l -> Long.parseLong(l.split("\t")[4]) > 0).count();
        String overdueLine = rapport("--db", db().toString(), "stats").lines().stream()
                .filter(l -> l.startsWith("overdue: ")).findFirst().orElseThrow();
        assertThat(overdueLine).isEqualTo("overdue: " + overdue);
    }

    @Test
    void dueRefusesABadLimit() {
        demo(20, 5, 1);
        Result r = rapport("--db", db().toString(), "due", "--limit", "0");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("rapport: --limit must be at least 1.");
    }

    @Test
    void searchFindsANameWithAndWithoutItsDiacritics() {
        Contact german = DemoNetwork.generate(300, 30, 7).stream()
                .filter(c -> c.isPerson() && !c.archived() && c.displayName().matches(".*[äöüß].*"))
                .findFirst().orElseThrow();
        String typed = german.name().given() + " " + german.name().family();
        demo(300, 30, 7);

        for (String query : List.of(typed, Text.fold(typed), typed.toUpperCase())) {
            Result r = rapport("search", query, "--limit", "1000", "--db", db().toString());
            assertThat(r.code()).isZero();
            assertThat(r.err()).isEmpty();
            assertThat(r.lines()).as(query).anySatisfy(line -> {
                String[] fields = line.split("\t", -1);
                assertThat(fields).hasSize(6);
                assertThat(fields[0]).matches("\\d+");
                assertThat(fields[1]).isEqualTo("person");
                assertThat(fields[2]).isEqualTo(german.displayName());
                assertThat(fields[3]).isEqualTo(german.organisation());
                assertThat(fields[4]).isEqualTo(german.emails().get(0).address());
            });
        }
    }

    @Test
    void searchWithoutAMatchPrintsNothingAndSucceeds() {
        demo(50, 10, 3);
        Result r = rapport("search", "zzqqxxyy", "--db", db().toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void searchFiltersByKindAndTagAndStopsAtTheLimit() {
        demo(200, 30, 3);
        Result orgs = rapport("--db", db().toString(), "search", "--kind", "organisation", "--limit", "5");
        assertThat(orgs.lines()).hasSize(5).allMatch(l -> l.split("\t")[1].equals("organisation"));

        Result clients = rapport("--db", db().toString(), "search", "--tag", "client", "--kind", "person");
        assertThat(clients.lines()).isNotEmpty().hasSizeLessThanOrEqualTo(50)
                .allMatch(l -> l.split("\t")[1].equals("person"));
    }

    @Test
    void archivedContactsAreFoundOnlyWhenAskedFor() {
        demo(300, 30, 7);
        Contact archived = DemoNetwork.generate(300, 30, 7).stream().filter(c -> c.isPerson() && c.archived())
                .findFirst().orElseThrow();
        String email = archived.emails().get(0).address();
        assertThat(rapport("--db", db().toString(), "search", email).lines()).isEmpty();
        assertThat(rapport("--db", db().toString(), "search", email, "--archived").lines())
                .anyMatch(l -> l.contains("\t" + archived.displayName() + "\t"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "search", "stats", "due"})
    void everyCommandExplainsItself(String command) {
        Result r = rapport(command, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Usage: rapport " + command).contains("--db=FILE").contains("--help");
        assertThat(r.err()).isEmpty();
    }

    /** Every command and subcommand, as picocli knows them: its help, and no warning of picocli's on the way. */
    @Test
    void everyCommandAndSubcommandExplainsItselfWithoutAWarning() {
        java.util.List<java.util.List<String>> paths = new java.util.ArrayList<>();
        commands(new picocli.CommandLine(new RapportCommand(app.rapport.domain.language.UserContext.of(java.util.Locale.UK))),
                java.util.List.of(), paths);
        assertThat(paths).contains(java.util.List.of("sync"), java.util.List.of("graph", "export"));
        java.io.PrintStream before = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            for (java.util.List<String> path : paths) {
                java.util.List<String> args = new java.util.ArrayList<>(path);
                args.add("--help");
                Result r = rapport(args.toArray(String[]::new));
                assertThat(r.code()).as(String.join(" ", path)).isZero();
                assertThat(r.out()).as(String.join(" ", path)).startsWith("Usage: rapport " + String.join(" ", path));
                assertThat(r.err()).as(String.join(" ", path)).isEmpty();
            }
        } finally {
            System.setErr(before);
        }
        assertThat(warnings.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
    }

    private static void commands(picocli.CommandLine command, java.util.List<String> path,
                                 java.util.List<java.util.List<String>> into) {
        command.getSubcommands().forEach((name, sub) -> {
            if (!"help".equals(name)) {
                java.util.List<String> here = new java.util.ArrayList<>(path);
                here.add(name);
                into.add(here);
                commands(sub, here, into);
            }
        });
    }

    @Test
    void theRootCommandListsItsCommandsAndVersion() {
        Result help = rapport("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("demo", "search", "stats", "Examples:");
        Result version = rapport("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("rapport ");
    }

    @Test
    void wrongArgumentsAreUsageErrors() {
        Result unknown = rapport("stats", "--bogus");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).startsWith("rapport: Unknown option: '--bogus'")
                .contains("Try 'rapport stats --help'");

        assertThat(rapport().code()).isEqualTo(2);
        assertThat(rapport("demo", "--people", "-1", "--db", db().toString()).code()).isEqualTo(2);
        assertThat(rapport("search", "--limit", "0", "--db", db().toString()).code()).isEqualTo(2);
        assertThat(rapport("search", "--kind", "robot", "--db", db().toString()).code()).isEqualTo(2);
        assertThat(db()).doesNotExist();
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftAsItWas() throws Exception {
        Path notes = dir.resolve("notes.txt").toAbsolutePath();
        Files.writeString(notes, "Call Anna about the Leipzig fair.\nBring the brochure.\n", UTF_8);
        byte[] before = Files.readAllBytes(notes);

        for (String command : List.of("stats", "search", "demo")) {
            Result r = rapport(command, "--db", notes.toString());
            assertThat(r.code()).as(command).isEqualTo(1);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).isEqualTo("rapport: " + notes + " is not a Rapport database.\n");
        }
        assertThat(Files.readAllBytes(notes)).isEqualTo(before);
    }

    @Test
    void demoRefusesADatabaseThatAlreadyHoldsContactsUnlessForced() {
        demo(40, 5, 1);
        Result again = rapport("demo", "--people", "40", "--orgs", "5", "--db", db().toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.out()).isEmpty();
        assertThat(again.err()).isEqualTo("rapport: " + db() + " already holds 45 contacts; add --force to add the "
                + "demo network to them.\n");
        assertThat(rapport("stats", "--db", db().toString()).lines()).contains("people: 40");

        Result forced = rapport("demo", "--people", "40", "--orgs", "5", "--seed", "2", "--force", "--db", db().toString());
        assertThat(forced.code()).isZero();
        assertThat(rapport("stats", "--db", db().toString()).lines()).contains("people: 80", "organisations: 10");
    }

    @Test
    void readingCommandsDoNotCreateAMissingDatabase() {
        Result r = rapport("stats", "--db", db().toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("rapport: there is no database at " + db() + ".\n");
        assertThat(db()).doesNotExist();
    }

    @Test
    void aDatabaseOpenElsewhereIsReportedInPlainWords() {
        try (Services open = Services.open(db())) {
            Result r = rapport("stats", "--db", db().toString());
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).isEqualTo("rapport: " + db() + " is open in another Rapport; close it and try again.\n");
        }
    }
}
