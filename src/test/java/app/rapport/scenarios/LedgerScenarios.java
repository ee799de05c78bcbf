package app.rapport.scenarios;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.ledger.LedgerRow;
import app.rapport.testing.ContactsPage;
import app.rapport.testing.FxWait;
import app.rapport.testing.WindowScenario;
import java.time.LocalDateTime;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

/**
 * README, The reciprocity ledger: "at a glance per contact ("You owe Anna: 2 referrals"), and over everyone:
 * who referred business to you in the last 12 months, whom you owe most, who received without giving back."
 */
class LedgerScenarios extends WindowScenario {

    @SuppressWarnings("unchecked")
    private List<String> names(String tableId) {
        return lookup("#" + tableId).tryQuery().map(t -> ((TableView<LedgerRow>) t).getItems().stream()
                .map(LedgerRow::name).toList()).orElse(List.of());
    }

    @Test
    void theLedgerNamesWhoReferredMeWhomIOweAndWhoOnlyReceivedAndTheGlanceSaysWhatIOwe() throws Exception {
        long[] anna = new long[1];
        open(s -> {
            anna[0] = s.contactRepository().insert(person("Anna", "Schmidt").build());
            long boris = s.contactRepository().insert(person("Boris", "Ivanov").build());
            s.contactRepository().insert(person("Clara", "Chen").build());
            for (int months : new int[] {2, 5}) {
                s.interactions().log(Interaction.with(InteractionType.REFERRAL, LocalDateTime.now().minusMonths(months),
                        Direction.RECEIVED, "a new client", anna[0]));
            }
            s.interactions().log(Interaction.with(InteractionType.GIFT, LocalDateTime.now().minusMonths(1),
                    Direction.GIVEN, "wine", boris));
            s.interactions().log(Interaction.with(InteractionType.FAVOUR, LocalDateTime.now().minusMonths(3),
                    Direction.GIVEN, "read his contract", boris));
        });
        ContactsPage contacts = new ContactsPage(this).waitForRows(3);

        clickOn("#ledgerArea");
        FxWait.until(() -> names("ledgerReferred").equals(List.of("Anna Schmidt"))
                && names("ledgerOnlyReceived").equals(List.of("Boris Ivanov")));
        assertThat(names("ledgerOwe")).startsWith("Anna Schmidt");

        // double-click a row: the contact, and at a glance what I owe them
        Node row = from(lookup("#ledgerOwe").queryAs(Node.class)).lookup(".table-row-cell").match((Node n) ->
                n instanceof TableRow<?> r && r.getItem() instanceof LedgerRow l && l.name().equals("Anna Schmidt")).query();
        doubleClickOn(row);
        FxWait.until(() -> lookup("#givenField").tryQuery().isPresent()
                && "Anna".equals(contacts.field("givenField").getText()));
        contacts.waitForForm();
        contacts.selectTab("timelineTab");
        waitForText("#ledgerGlance", "You owe Anna Schmidt: 2 referrals\n"
                + "You have asked Anna Schmidt 2 times since you last gave.");
        assertThat(column("SELECT count(*) FROM interaction i JOIN interaction_contact ic ON ic.interaction_id = i.id"
                + " WHERE ic.contact_id = ? AND i.type = 'REFERRAL'", anna[0])).containsExactly(2);
    }
}
