package app.rapport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Users have never seen our own documents: no window text and no command-line help names them
 * ("the card playbook", "Artikel 002", "статья 002", an issue number).
 */
class NoInternalReferencesTest {
    private static final Pattern OURS = Pattern.compile(
            "(?i)\\bseed\\s*0\\d\\d|artikel\\s*0\\d\\d|стать[яи]\\s*0\\d\\d|บทความ\\s*0\\d\\d|\\bissue[\\s-]*\\d+|PRODUCT\\.md|SCORING\\.md");

    @Test
    void noBundleTextNamesOurDocuments() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/app/rapport/i18n"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (!line.startsWith("#") && OURS.matcher(line).find()) {
                        found.add(f.getFileName() + ": " + line);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void noCommandHelpNamesOurDocuments() {
        List<String> found = new ArrayList<>();
        for (List<String> command : commands(new CommandLine(new RapportCommand(app.rapport.domain.language.UserContext.of(java.util.Locale.US))),
                new ArrayList<>())) {
            List<String> args = new ArrayList<>(command);
            args.add("--help");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            RapportCommand.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            String help = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
            assertThat(help).as("help of %s", command).isNotBlank();
            if (OURS.matcher(help).find()) {
                found.add(String.join(" ", command));
            }
        }
        assertThat(found).isEmpty();
    }

    /** Every command's path below the root, the root's own as the empty list. */
    private static List<List<String>> commands(CommandLine line, List<String> path) {
        List<List<String>> all = new ArrayList<>();
        all.add(List.copyOf(path));
        line.getSubcommands().forEach((name, sub) -> {
            if (!sub.getCommandSpec().name().equals(name)) {
                return; // an alias
            }
            List<String> deeper = new ArrayList<>(path);
            deeper.add(name);
            all.addAll(commands(sub, deeper));
        });
        return all;
    }
}
