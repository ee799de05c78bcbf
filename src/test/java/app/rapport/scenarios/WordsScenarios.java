package app.rapport.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.demo.DemoNetwork;
import app.rapport.demo.ProgressListener;
import app.rapport.domain.contacts.ContactSummary;
import app.rapport.domain.language.Bundles;
import app.rapport.domain.ties.Relationship;
import app.rapport.testing.ContactsPage;
import app.rapport.testing.FxWait;
import app.rapport.testing.WindowScenario;
import app.rapport.ui.common.ContactPicker;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every area read at 1280x720 in each language: no label, button, column header or tab shows its
 * words cut off with an ellipsis, and no text field's prompt runs past its field.
 */
class WordsScenarios extends WindowScenario {
    private static final String[] AREAS = {"contactsArea", "keepInTouchArea", "ledgerArea", "networkArea",
            "dashboardArea", "cardsArea", "matrixArea", "reviewArea"};
    private final Locale original = Locale.getDefault();

    @AfterEach
    void restoreLanguage() {
        Locale.setDefault(original);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "ru", "th"})
    void nothingIsCutOffAt1280x720(String language) throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/preferences.properties"), "language=" + language + "\n");
        open(s -> {
            DemoNetwork.fill(s.contactRepository(), 40, 6, 7, ProgressListener.NONE, () -> false);
            List<Long> orgs = s.database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT id FROM contact WHERE kind = 'ORGANISATION' ORDER BY id LIMIT 4").mapTo(Long.class).list());
            int[][] places = {{8, 3}, {2, 9}, {8, 8}, {2, 2}}; // one in each quadrant
            for (int i = 0; i < orgs.size(); i++) {
                s.cooperation().save(new app.rapport.domain.matrix.Cooperation(orgs.get(i), places[i][0],
                        places[i][1], "", "", ""));
            }
            s.relationships().saveRelationship(Relationship.empty(1).withFlag(true, "Check"));
            s.scores().recomputeAll(() -> false);
            s.dashboard().snapshot();
            s.reviews().startRound(LocalDate.now());
        });
        ContactsPage contacts = new ContactsPage(this);
        FxWait.until(() -> contacts.table().getItems().size() > 40 && contacts.table().getItems().get(0).loaded());
        interact(() -> {
            Stage stage = (Stage) contacts.table().getScene().getWindow();
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        contacts.clickRow(contacts.firstIds(1).get(0));
        ContactSummary far = contacts.table().getItems().get(contacts.table().getItems().size() / 2).summary();
        FxWait.until(() -> lookup("#givenField").tryQuery().isPresent() || lookup("#orgNameField").tryQuery().isPresent());

        SoftAssertions soft = new SoftAssertions(); // one window, every finding reported
        // shortcuts named as the keyboard labels them: Strg in German, Ctrl in the other three
        String ctrl = language.equals("de") ? "Strg" : "Ctrl";
        soft.assertThat(lookup("#searchField").queryAs(TextField.class).getPromptText()).endsWith("(" + ctrl + "+F)");
        MenuButton newButton = lookup("#newButton").queryAs(MenuButton.class);
        soft.assertThat(newButton.getItems()).extracting(MenuItem::getText).allMatch(t -> t.contains("(" + ctrl + "+"))
                .anyMatch(t -> t.endsWith(language.equals("de") ? "(Strg+Umschalt+N)" : "(Ctrl+Shift+N)"));
        soft.assertThat(lookup("#logInteraction").queryAs(Labeled.class).getText()).endsWith("(" + ctrl + "+L)");
        // the check below sees the search field's prompt and the room it has (a check that sees nothing passes)
        List<String> measured = new ArrayList<>();
        interact(() -> promptCut(lookup("#searchField").queryAs(TextField.class),
                lookup("#searchField").queryAs(TextField.class), measured, true));
        soft.assertThat(measured).as("the search prompt measured").hasSize(1);

        Set<String> cut = new LinkedHashSet<>();
        for (String area : AREAS) {
            clickOn("#" + area);
            settle();
            if (area.equals("networkArea")) {
                FxWait.until(() -> !lookup("#networkBrokers").queryAs(ListView.class).getItems().isEmpty());
                interact(() -> lookup("#networkBrokers").queryAs(ListView.class).getSelectionModel().select(0));
                // an introduction path to someone in the middle of the list
                interact(() -> lookup("#networkPathTo").queryAs(ContactPicker.class).selectedProperty().set(far));
                FxWait.until(() -> !lookup("#networkPath").queryAs(Labeled.class).getText().isEmpty());
                settle();
            }
            if (area.equals("reviewArea")) {
                // the letter keys Review answers to, in the user's words
                Labeled legend = lookup("#keysLegend").tryQuery().map(Labeled.class::cast).orElse(null);
                soft.assertThat(legend).as("Review's key legend").isNotNull();
                if (legend != null) {
                    soft.assertThat(legend.isVisible()).isTrue();
                    soft.assertThat(legend.getText())
                            .isEqualTo(Bundles.of(Locale.forLanguageTag(language)).getString("review.keys"))
                            .contains("L ", "C ", "T ", "A ", "O ", "S ", "R ", "N ", "Esc");
                }
            }
            for (String where : truncated()) {
                cut.add(language + " " + area + ": " + where);
            }
        }
        soft.assertThat(cut).as("words cut off").isEmpty();
        soft.assertAll();
    }

    /** Waits until the area on screen has its answers: no "Loading…" shown in it, then a layout pass. */
    private void settle() throws Exception {
        FxWait.until(() -> lookup(".loading-placeholder").queryAll().stream().noneMatch(WordsScenarios::onScreen));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** In a scene and not inside a hidden part of it (a tab not chosen keeps its content, hidden). */
    private static boolean onScreen(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The shown, clipped texts in every window of the application, as "shown ≠ whole". */
    private List<String> truncated() {
        List<String> found = new ArrayList<>();
        interact(() -> {
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && w.getScene() != null) {
                    collect(w.getScene().getRoot(), found);
                }
            }
        });
        return found;
    }

    private static void collect(Node node, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof TableRow<?>) {
            return; // a row of the contacts list: its cells hold the user's data, not the interface's words
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && shown.getStyleClass().contains("text")
                        && !labeled.getText().equals(shown.getText())
                        && shown.getText().endsWith(labeled.getEllipsisString())) {
                    found.add("\"" + shown.getText() + "\" for \"" + labeled.getText() + "\" ("
                            + labeled.getClass().getSimpleName() + (labeled.getId() == null ? "" : " #" + labeled.getId())
                            + ")");
                }
            }
        }
        if (node instanceof TextField field && field.getPromptText() != null && !field.getPromptText().isEmpty()
                && field.getText().isEmpty()) {
            promptCut(field, field, found, false);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }

    /** A prompt is drawn clipped, without an ellipsis: wider than the clip around it means cut off. */
    private static void promptCut(TextField field, Node node, List<String> found, boolean always) {
        Rectangle clip = null;
        for (Node n = node.getParent(); n != null && clip == null && n != field.getParent(); n = n.getParent()) {
            clip = n.getClip() instanceof Rectangle r ? r : null;
        }
        if (node instanceof Text prompt && prompt.getText() != null && prompt.getText().equals(field.getPromptText())
                && prompt.isVisible() && clip != null
                && (always || prompt.getLayoutBounds().getWidth() > clip.getWidth() + 1)) {
            found.add("prompt \"" + field.getPromptText() + "\" " + Math.round(prompt.getLayoutBounds().getWidth())
                    + " px in " + Math.round(clip.getWidth()) + " px (TextField"
                    + (field.getId() == null ? "" : " #" + field.getId()) + ")");
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                promptCut(field, child, found, always);
            }
        }
    }
}
