package app.rapport.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every "backup.…" message the code names exists, as BundleKeysTest checks for the older prefixes. */
class BackupKeysTest {
    private static final ResourceBundle BUNDLE = app.rapport.domain.language.Bundles.english();
    private static final Pattern KEY = Pattern.compile("\"(backup\\.[A-Za-z0-9.]+)\"");

    @Test
    void everyBackupKeyNamedInTheCodeExists() throws IOException {
        TreeSet<String> missing = new TreeSet<>();
        TreeSet<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(m.group(1));
                    if (!BUNDLE.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(found).contains("backup.confirm", "backup.failed", "backup.error.damaged");
        assertThat(missing).isEmpty();
    }
}
