package app.rapport.ui.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.matrix.Quadrant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Matrix area's words exist: every quadrant's name and next step, and every matrix key the code names. */
class MatrixWordsTest {
    private static final ResourceBundle BUNDLE = app.rapport.domain.language.Bundles.english();

    @Test
    void everyQuadrantHasItsNameAndNextStep() {
        for (Quadrant q : Quadrant.values()) {
            assertThat(BUNDLE.containsKey("matrix.quadrant." + q.name())).as(q.name()).isTrue();
            assertThat(BUNDLE.getString("matrix.next." + q.name())).as(q.name()).isNotBlank();
        }
    }

    @Test
    void everyMatrixKeyInTheCodeExists() throws IOException {
        Pattern key = Pattern.compile("\"(matrix\\.[A-Za-z0-9.]+)\"");
        TreeSet<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/app/rapport"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).endsWith(".") && !BUNDLE.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
