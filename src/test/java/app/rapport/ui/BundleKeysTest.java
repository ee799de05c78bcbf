package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.contacts.OrgKind;
import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.ties.TieType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message the code asks for exists in the English bundle, so no user ever sees a raw key. */
class BundleKeysTest {
    private static final ResourceBundle BUNDLE = app.rapport.domain.language.Bundles.english();
    private static final Pattern LITERAL_KEY = Pattern.compile(
            "(?:i18n\\.(?:get|format)\\(|\"%)?\"((?:error|contacts|editor|welcome|status|ties|timeline|ledger|log|kit|rel|"
                    + "flag|details|picker|area|app|principle|cadence|month|label)\\.[A-Za-z0-9.]+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9.]+)\"");

    @Test
    void everyKeyNamedInTheCodeExists() throws IOException {
        TreeSet<String> missing = new TreeSet<>();
        for (Path file : files(Path.of("src/main/java"), ".java")) {
            Matcher m = LITERAL_KEY.matcher(Files.readString(file));
            while (m.find()) {
                String key = m.group(1);
                if (!key.endsWith(".") && !key.startsWith("app.rapport.") && !BUNDLE.containsKey(key)) {
                    missing.add(key + " (" + file.getFileName() + ")");
                }
            }
        }
        for (Path file : files(Path.of("src/main/resources"), ".fxml")) {
            Matcher m = FXML_KEY.matcher(Files.readString(file));
            while (m.find()) {
                if (!BUNDLE.containsKey(m.group(1))) {
                    missing.add(m.group(1) + " (" + file.getFileName() + ")");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumShownToTheUserHasItsWords() {
        List<String> keys = new ArrayList<>();
        for (TieType t : TieType.values()) {
            keys.add("tieType." + t.name());
            keys.add("tie." + t.name() + ".forward");
            keys.add("tie." + t.name() + ".reverse");
        }
        for (InteractionType t : InteractionType.values()) {
            keys.add("interactionType." + t.name());
        }
        for (Direction d : Direction.values()) {
            keys.add("direction." + d.name());
        }
        for (OrgKind k : OrgKind.values()) {
            keys.add("orgKind." + k.name());
        }
        assertThat(keys).allMatch(BUNDLE::containsKey);
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }
}
