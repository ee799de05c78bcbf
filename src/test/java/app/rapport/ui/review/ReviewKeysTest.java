package app.rapport.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.review.ReviewReason;
import app.rapport.ui.review.ReviewViewModel.CadenceChoice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every "review.…" message the code names exists, as BundleKeysTest checks for the older prefixes. */
class ReviewKeysTest {
    private static final ResourceBundle BUNDLE = app.rapport.domain.language.Bundles.english();
    private static final Pattern KEY = Pattern.compile("\"(review\\.[A-Za-z0-9.]+)\"");

    @Test
    void everyReviewKeyNamedInTheCodeExists() throws IOException {
        TreeSet<String> missing = new TreeSet<>();
        TreeSet<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    if (key.endsWith(".") || key.equals("review.months") || key.equals("review.place")) {
                        continue; // a prefix, or a setting's name
                    }
                    found.add(key);
                    if (!BUNDLE.containsKey(key)) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(found).contains("review.progress", "review.archived", "review.end.text");
        assertThat(missing).isEmpty();
    }

    @Test
    void everyReasonAndCadenceChoiceHasItsWords() {
        for (ReviewReason r : ReviewReason.values()) {
            assertThat(BUNDLE.containsKey("review.reason." + r.name())).as(r.name()).isTrue();
        }
        for (CadenceChoice c : CadenceChoice.values()) {
            assertThat(BUNDLE.containsKey("review.cadence." + c.name())).as(c.name()).isTrue();
        }
    }
}
