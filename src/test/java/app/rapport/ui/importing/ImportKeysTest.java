package app.rapport.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.io.importing.FileFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The import, export and merge messages named in the code exist in the bundle (BundleKeysTest checks
 * the older prefixes), and so do the keys built from enums.
 */
class ImportKeysTest {
    private static final ResourceBundle BUNDLE = app.rapport.domain.language.Bundles.english();
    private static final Pattern KEY = Pattern.compile("\"((?:import|export|merge)\\.[A-Za-z0-9.]+[A-Za-z0-9])\"");

    @Test
    void everyImportExportAndMergeKeyInTheCodeExists() throws IOException {
        TreeSet<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/app/rapport"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    if (!BUNDLE.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void keysBuiltFromEnumsExist() {
        List<String> keys = new java.util.ArrayList<>();
        for (FileFormat f : FileFormat.values()) {
            keys.add("import.format." + f.name());
        }
        for (app.rapport.service.importing.Evidence e : app.rapport.service.importing.Evidence.values()) {
            keys.add("import.evidence." + e.name());
        }
        for (app.rapport.service.importing.Matcher.Decision d : app.rapport.service.importing.Matcher.Decision.values()) {
            if (d != app.rapport.service.importing.Matcher.Decision.NEW) {
                keys.add("import.group." + d.name());
            }
        }
        for (app.rapport.domain.contacts.ContactMerge.Field f : app.rapport.domain.contacts.ContactMerge.Field.values()) {
            keys.add("import.kept." + f.name());
            keys.add("merge.kept." + f.name());
        }
        assertThat(keys).allMatch(BUNDLE::containsKey);
    }
}
