package app.rapport.ui;

import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.keepintouch.Cadence;
import app.rapport.domain.keepintouch.DueItem;
import app.rapport.domain.ties.Relationship;
import app.rapport.domain.ties.TieType;
import app.rapport.domain.ties.TieView;
import app.rapport.testing.ContactsPage;
import app.rapport.testing.FxWait;
import app.rapport.testing.WindowScenario;
import app.rapport.ui.contacts.ContactRow;
import java.time.LocalDateTime;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Ties, the timeline with its ledger, and Keep in touch, driven through the real window. */
class RelationshipsWindowTest extends WindowScenario {
    private final ContactsPage page = new ContactsPage(this);
    long anna;
    long acme;
    long boris;

    @BeforeEach
    void start() throws Exception {
        open(s -> {
            anna = s.contactRepository().insert(person("Anna", "Schmidt").build());
            acme = s.contactRepository().insert(organisation("Acme GmbH").build());
            boris = s.contactRepository().insert(person("Boris", "Ivanov").build());
            // Boris: keep in touch every two weeks, last call two months ago, so he is overdue
            s.relationships().saveRelationship(Relationship.empty(boris).withCadence(Cadence.weeks(2)));
            s.interactions().log(Interaction.with(InteractionType.CALL, LocalDateTime.now().minusMonths(2),
                    Direction.MUTUAL, "catch-up", boris));
        });
        new ContactsPage(this).waitForRows(3);
    }

    private static boolean filled(javafx.scene.Node cell) {
        return cell instanceof javafx.scene.control.Labeled l && l.getText() != null && !l.getText().isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> tieTexts() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            ListView<TieView> list = lookup("#tiesList").queryAs(ListView.class);
            return list.getItems().stream().map(t -> t.otherName() + ":" + t.type() + ":" + t.outgoing()).toList();
        }).get();
    }

    @Test
    void aTieAddedFromTheDetailPaneIsSeenFromTheOtherContact() throws Exception {
        page.open(anna);
        page.selectTab("tiesTab");
        clickOn("#addTie");
        FxWait.until(() -> lookup("#tieOther").tryQuery().isPresent());
        clickOn("#tieOther").write("acme");
        FxWait.until(() -> lookup(".contact-picker-list .list-cell").match(RelationshipsWindowTest::filled)
                .tryQuery().isPresent());
        clickOn(lookup(".contact-picker-list .list-cell").match(RelationshipsWindowTest::filled).queryAs(javafx.scene.Node.class));
        interact(() -> lookup("#tieType").queryAs(ComboBox.class).setValue(TieType.WORKS_AT));
        clickOn("#tieSave");
        FxWait.until(() -> tieTexts().equals(List.of("Acme GmbH:WORKS_AT:true")));

        page.open(acme);
        page.selectTab("tiesTab");
        FxWait.until(() -> tieTexts().equals(List.of("Anna Schmidt:WORKS_AT:false")));
        String shown = WaitForAsyncUtils.asyncFx(() -> from(lookup("#tiesList").queryAs(ListView.class))
                .lookup(".label").queryAs(Label.class).getText()).get();
        assertThat(shown).isEqualTo("Acme GmbH employs Anna Schmidt");
    }

    @Test
    void loggingACallFromKeepInTouchTakesTheContactOffTheList() throws Exception {
        clickOn("#keepInTouchArea");
        FxWait.until(() -> lookup("#keepInTouchTable").queryAs(TableView.class).getItems().size() == 1);
        DueItem due = (DueItem) lookup("#keepInTouchTable").queryAs(TableView.class).getItems().get(0);
        assertThat(due.contactId()).isEqualTo(boris);

        clickOn("#kitLog");
        FxWait.until(() -> lookup("#logNote").tryQuery().isPresent()
                && lookup("#logNote").queryAs(TextField.class).isFocused());
        write("Asked how the project went");
        push(KeyCode.ENTER);
        FxWait.until(() -> lookup("#keepInTouchTable").queryAs(TableView.class).getItems().isEmpty());

    }

    @Test
    void theLedgerShowsWhatIOweAfterALoggedReferral() throws Exception {
        page.open(anna);
        page.selectTab("timelineTab");
        FxWait.until(() -> lookup("#ledgerGlance").queryAs(Label.class).getText()
                .equals("No favours, introductions, referrals or gifts yet."));
        push(KeyCode.CONTROL, KeyCode.L);
        FxWait.until(() -> lookup("#logType").tryQuery().isPresent());
        interact(() -> lookup("#logType").queryAs(ComboBox.class).setValue(InteractionType.REFERRAL));
        interact(() -> lookup("#logNote").queryAs(TextField.class).setText("Sent me the Kanzlei Müller project"));
        clickOn("#logSave");
        FxWait.until(() -> lookup("#ledgerGlance").queryAs(Label.class).getText()
                .equals("You owe Anna Schmidt: 1 referral"));
        assertThat(WaitForAsyncUtils.asyncFx(() -> lookup("#timelineList").queryAs(ListView.class).getItems().size())
                .get()).isEqualTo(1);
    }
}
