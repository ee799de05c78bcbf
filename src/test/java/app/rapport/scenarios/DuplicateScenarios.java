package app.rapport.scenarios;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.testing.FxWait;
import app.rapport.testing.WindowScenario;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * docs/IMPORT.md, "Finding duplicates later": an address book that grew over years holds Anna twice (typed
 * by hand, then from a phone's export) and a family sharing one address; the user finds the pairs, says
 * the family are two people, and merges Anna, keeping both her emails.
 */
class DuplicateScenarios extends WindowScenario {

    @Test
    void theUserFindsThePairsMarksOneNotADuplicateAndMergesTheOther() throws Exception {
        open(s -> {
            s.settings().setHomeCountry("DE");
            s.contactRepository().insert(person("Anna", "Weber").email("anna@weber.example").build());
            s.contactRepository().insert(person("Jan", "Müller").email("info@mueller.example").build());
            s.contactRepository().insert(person("Anna", "Weber").email("ANNA@weber.example")
                    .email("a.weber@studio.example").build());
            s.contactRepository().insert(person("Eva", "Müller").email("info@mueller.example").build());
            // a couple on one landline: not a pair at all
            s.contactRepository().insert(person("Boris", "Ivanov").phone("+49 30 7654321").build());
            s.contactRepository().insert(person("Olga", "Ivanova").phone("030 7654321").build());
        });

        clickOn("#findDuplicatesAction");
        FxWait.until(() -> pairs().size() == 2);
        assertThat(pairs()).containsExactly(
                "Anna Weber \u2014 Anna Weber \u00b7 same email anna@weber.example; same name Anna Weber \u00b7 score 90",
                "Jan Müller \u2014 Eva Müller \u00b7 same email info@mueller.example; different names Jan Müller / Eva Müller"
                        + " \u00b7 score 30");

        clickOn(cell("Jan Müller"));
        clickOn("#notDuplicateButton");
        FxWait.until(() -> pairs().size() == 1);
        assertThat(column("SELECT a.display_name || ' / ' || b.display_name FROM not_duplicate n"
                + " JOIN contact a ON a.id = n.contact_low JOIN contact b ON b.id = n.contact_high"))
                .containsExactly("Jan Müller / Eva Müller");

        clickOn(cell("Anna Weber"));
        clickOn("#mergePairButton");
        FxWait.until(() -> lookup("#swapButton").tryQuery().isPresent()
                && !lookup("#mergeButton").queryButton().isDisabled());
        clickOn("#mergeButton");
        FxWait.until(() -> lookup("#emptyLabel").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(lookup("#emptyLabel").queryAs(Label.class).getText()).isEqualTo("No duplicates found.");
        assertThat(column("SELECT count(*) FROM contact WHERE display_name = 'Anna Weber'")).containsExactly(1);
        assertThat(column("SELECT lower(e.address) FROM contact_email e JOIN contact c ON c.id = e.contact_id"
                + " WHERE c.display_name = 'Anna Weber' ORDER BY 1"))
                .containsExactly("a.weber@studio.example", "anna@weber.example");
        clickOn("#closeButton");
        FxWait.until(() -> lookup("#pairList").tryQuery().isEmpty());
    }

    /** The pairs as the list shows them. */
    private List<String> pairs() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> lookup("#pairList").tryQuery()
                .filter(Node::isVisible)
                .map(list -> from(list).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                        .filter(c -> !c.isEmpty() && c.getText() != null).map(ListCell::getText).toList())
                .orElse(List.of())).get();
    }

    private Node cell(String startingWith) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> from(lookup("#pairList").queryAs(ListView.class)).lookup(".list-cell")
                .queryAllAs(ListCell.class).stream()
                .filter(c -> !c.isEmpty() && c.getText() != null && c.getText().startsWith(startingWith))
                .map(c -> (Node) c).findFirst().orElseThrow()).get();
    }
}
