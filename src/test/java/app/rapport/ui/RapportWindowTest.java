package app.rapport.ui;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.testing.FxWait;
import app.rapport.testing.TestDatabase;
import app.rapport.testing.WindowScenario;
import app.rapport.ui.contacts.ContactRow;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window, headless, against a real database file. */
class RapportWindowTest extends WindowScenario {
    @BeforeEach
    void start() throws Exception {
        prepareFolders();
        try (TestDatabase db = new TestDatabase(dir)) {
            db.repository().insert(person("Jürgen", "Müller").email("juergen@logistik.example").build());
        }
        startRapport();
        goToContacts();
        FxWait.until(() -> rows().size() == 1);
    }

    private TableView<ContactRow> table() {
        return lookup("#table").queryTableView();
    }

    private List<String> rows() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> names = new ArrayList<>();
            for (ContactRow row : table().getItems()) {
                names.add(row.loaded() ? row.summary().displayName() : "…");
            }
            return names;
        }).get();
    }

    private void setText(String query, String text) {
        TextField field = lookup(query).queryAs(TextField.class);
        interact(() -> {
            field.requestFocus();
            field.setText(text);
        });
    }

    private TextField emailField(int index) {
        VBox rowsBox = lookup("#emailRows").queryAs(VBox.class);
        return from(rowsBox).lookup((Node n) -> n instanceof TextField && !(n.getParent() instanceof javafx.scene.control.ComboBox)
                && n.getStyleClass().contains("text-field") && ((TextField) n).getPromptText() != null
                && ((TextField) n).getPromptText().contains("@")).nth(index).queryAs(TextField.class);
    }

    @Test
    void createsAContactWithTheKeyboardAndFindsItBySearch() throws Exception {
        push(KeyCode.CONTROL, KeyCode.N);
        FxWait.until(() -> lookup("#givenField").queryAs(TextField.class).isFocused());
        write("Anna");
        setText("#familyField", "Schröder");
        clickOn("#addEmail");
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> emailField(0).setText("anna@kanzlei.example"));
        push(KeyCode.CONTROL, KeyCode.S);

        FxWait.until(() -> rows().size() == 2 && !rows().contains("…"));
        assertThat(rows()).containsExactly("Jürgen Müller", "Anna Schröder");
        assertThat(lookup("#resultCount").queryAs(Label.class).getText()).isEqualTo("2 contacts");

        setText("#searchField", "schroder");
        FxWait.until(() -> rows().equals(List.of("Anna Schröder")));
        setText("#searchField", "Schröder");
        FxWait.until(() -> rows().equals(List.of("Anna Schröder")));
        setText("#searchField", "kanzlei");
        FxWait.until(() -> rows().equals(List.of("Anna Schröder")));
        setText("#searchField", "muller");
        FxWait.until(() -> rows().equals(List.of("Jürgen Müller")));
        assertThat(lookup("#resultCount").queryAs(Label.class).getText()).isEqualTo("1 contact matches “muller”");
    }

    @Test
    void editsASelectedContact() throws Exception {
        interact(() -> table().getSelectionModel().select(0));
        FxWait.until(() -> "Müller".equals(lookup("#familyField").queryAs(TextField.class).getText()));
        setText("#familyField", "Müller-Lüdenscheidt");
        clickOn("#saveButton");
        FxWait.until(() -> rows().equals(List.of("Jürgen Müller-Lüdenscheidt")));
        try (TestDatabaseReader reader = new TestDatabaseReader()) {
            assertThat(reader.names()).containsExactly("Jürgen Müller-Lüdenscheidt");
        }
    }

    @Test
    void deleteMovesToTrashAndUndoBringsItBack() throws Exception {
        interact(() -> {
            table().requestFocus();
            table().getSelectionModel().select(0);
        });
        push(KeyCode.DELETE);
        FxWait.until(() -> rows().isEmpty());
        assertThat(lookup(".notification-bar .label").queryAs(Label.class).getText())
                .isEqualTo("Jürgen Müller was moved to the trash.");
        interact(() -> table().requestFocus());
        push(KeyCode.CONTROL, KeyCode.Z);
        FxWait.until(() -> rows().equals(List.of("Jürgen Müller")));
    }

    @Test
    void emailWithoutAtIsRejectedWithAMessage() throws Exception {
        push(KeyCode.CONTROL, KeyCode.N);
        FxWait.until(() -> lookup("#givenField").queryAs(TextField.class).isFocused());
        write("Boris");
        clickOn("#addEmail");
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> emailField(0).setText("boris.example.com"));
        clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();

        Label error = from(lookup("#emailRows").queryAs(VBox.class)).lookup(".field-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("An email address needs an @, as in name@example.com.");
        assertThat(emailField(0).getText()).as("what the user typed stays").isEqualTo("boris.example.com");
        assertThat(rows()).containsExactly("Jürgen Müller");
    }

    /** Reads the file the app has open through its own connection (the file's lock keeps any other out). */
    private final class TestDatabaseReader implements AutoCloseable {
        private final java.sql.Connection connection;
        private final org.jdbi.v3.core.Handle handle;

        TestDatabaseReader() {
            handle = services().database().jdbi().open();
            connection = handle.getConnection();
        }

        List<String> names() throws Exception {
            List<String> names = new ArrayList<>();
            try (var rs = connection.createStatement().executeQuery(
                    "SELECT display_name FROM contact WHERE deleted_at IS NULL ORDER BY sort_name")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        }

        @Override
        public void close() {
            handle.close();
        }
    }

}
