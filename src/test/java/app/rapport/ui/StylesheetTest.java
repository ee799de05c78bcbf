package app.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import javafx.css.CssParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The stylesheet parses without errors: JavaFX skips the rest of a broken rule silently. */
class StylesheetTest {
    @ParameterizedTest
    @ValueSource(strings = {"rapport.css", "complex-text.css"})
    void stylesheetsHaveNoParseErrors(String name) throws IOException {
        CssParser.errorsProperty().clear();
        new CssParser().parse(getClass().getResource("/app/rapport/ui/" + name));
        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertThat(errors).isEmpty();
    }
}
