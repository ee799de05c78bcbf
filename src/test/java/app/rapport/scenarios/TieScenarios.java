package app.rapport.scenarios;

import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.ties.TieType;
import app.rapport.testing.ContactsPage;
import app.rapport.testing.FxWait;
import app.rapport.testing.WindowScenario;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** README, Ties: "… read from either end ("Anna works at Acme" / "Acme employs Anna")". */
class TieScenarios extends WindowScenario {

    private static boolean filled(Node cell) {
        return cell instanceof javafx.scene.control.Labeled l && l.getText() != null && !l.getText().isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> shownTies() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> from(lookup("#tiesList").queryAs(ListView.class)).lookup(".label")
                .queryAllAs(Label.class).stream().map(Label::getText).filter(t -> t != null && t.contains(" ")).toList())
                .get();
    }

    /** Opens the tie dialog at a contact's Ties tab and picks the other end by what is typed. */
    private ContactsPage addTieTo(long at, String typed) throws Exception {
        ContactsPage contacts = new ContactsPage(this).waitForRows(2);
        contacts.clickRow(at);
        contacts.waitForForm();
        contacts.selectTab("tiesTab");
        clickOn("#addTie");
        FxWait.until(() -> lookup("#tieOther").tryQuery().isPresent());
        clickOn("#tieOther").write(typed);
        FxWait.until(() -> lookup(".contact-picker-list .list-cell").match(TieScenarios::filled).tryQuery().isPresent());
        clickOn(lookup(".contact-picker-list .list-cell").match(TieScenarios::filled).queryAs(Node.class));
        return contacts;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTieTypedAtAnnaReadsFromAcmesEndAsEmploysAndIsInTheFileOnce() throws Exception {
        long[] ids = new long[2];
        open(s -> {
            ids[0] = s.contactRepository().insert(person("Anna", "Schmidt").build());
            ids[1] = s.contactRepository().insert(organisation("Acme GmbH").build());
        });
        ContactsPage contacts = addTieTo(ids[0], "acme");
        interact(() -> lookup("#tieType").queryAs(ComboBox.class).setValue(TieType.WORKS_AT));
        clickOn("#tieSave");
        FxWait.until(() -> shownTies().contains("Anna Schmidt works at Acme GmbH"));

        contacts.clickRow(ids[1]);
        contacts.waitForForm();
        contacts.selectTab("tiesTab");
        FxWait.until(() -> shownTies().contains("Acme GmbH employs Anna Schmidt"));
        assertThat(column("SELECT from_id || ' ' || type || ' ' || to_id FROM tie"))
                .containsExactly(ids[0] + " WORKS_AT " + ids[1]);
    }

    /** Protect your capital: tying to a flagged contact warns with the reason; Cancel adds nothing. */
    @Test
    void aTieToAFlaggedContactWarnsWithTheReasonFirst() throws Exception {
        long[] ids = new long[2];
        open(s -> {
            ids[0] = s.contactRepository().insert(person("Anna", "Schmidt").build());
            ids[1] = s.contactRepository().insert(organisation("Acme GmbH").build());
            s.relationships().saveRelationship(app.rapport.domain.ties.Relationship.empty(ids[1])
                    .withFlag(true, "unpaid invoice"));
        });
        ContactsPage contacts = addTieTo(ids[0], "acme");
        clickOn("#tieSave");
        FxWait.until(() -> lookup("#flagConfirm").tryQuery().isPresent());
        javafx.scene.control.DialogPane warning = lookup("#flagConfirm").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(warning.getContentText()).contains("unpaid invoice").contains("Anna Schmidt").contains("Acme GmbH");
        clickOn(from(warning).lookup((javafx.scene.control.Button b) -> "Cancel".equals(b.getText())).queryButton());
        FxWait.until(() -> lookup("#flagConfirm").tryQuery().isEmpty());
        assertThat(column("SELECT count(*) FROM tie").get(0).toString()).isEqualTo("0");

        clickOn("#tieSave"); // the tie dialog stayed open with everything chosen
        FxWait.until(() -> lookup("#flagConfirm").tryQuery().isPresent());
        warning = lookup("#flagConfirm").queryAs(javafx.scene.control.DialogPane.class);
        clickOn(from(warning).lookup((javafx.scene.control.Button b) -> "Add the tie".equals(b.getText())).queryButton());
        FxWait.until(() -> shownTies().stream().anyMatch(t -> t.contains("Acme GmbH")));
        assertThat(column("SELECT from_id || ' ' || to_id FROM tie")).containsExactly(ids[0] + " " + ids[1]);
    }
}
