package app.rapport.scenarios;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.cards.CardStatus;
import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.ties.Relationship;
import app.rapport.testing.CardsPage;
import app.rapport.testing.ContactsPage;
import app.rapport.testing.FxWait;
import app.rapport.testing.WindowScenario;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * README, Holiday cards: the rules choose, everyone left out is shown with the reason; mark cards sent,
 * received (logged as an interaction) or returned.
 */
class CardsScenarios extends WindowScenario {
    private final CardsPage cards = new CardsPage(this);

    @Test
    void theLeftOutAreShownWithTheirReasonAndAReceivedCardIsLoggedAndAReturnedOneMarked() throws Exception {
        open(s -> {
            long anna = s.contactRepository().insert(person("Anna", "Schmidt")
                    .address("Hauptstr. 5", "10115", "Berlin", "DE").build());
            long clara = s.contactRepository().insert(person("Clara", "Chen")
                    .address("Lindenweg 2", "20095", "Hamburg", "DE").build());
            long dora = s.contactRepository().insert(person("Dora", "Dahl").build()); // no address
            long emil = s.contactRepository().insert(person("Emil", "Flag")
                    .address("Ring 1", "50667", "Köln", "DE").build());
            s.relationships().saveRelationship(Relationship.empty(emil).withFlag(true, "unpaid invoice"));
            s.interactions().log(Interaction.with(InteractionType.BUSINESS, LocalDateTime.now().minusMonths(2),
                    Direction.MUTUAL, "project", anna, clara, dora, emil));
        });
        new ContactsPage(this).waitForRows(4);
        cards.newList(2);
        assertThat(cards.<app.rapport.domain.cards.LeftOut>builderList("builderLeftOut"))
                .extracting(l -> l.pick().candidate().displayName() + ": " + l.reason())
                .containsExactlyInAnyOrder("Dora Dahl: NO_ADDRESS", "Emil Flag: FLAGGED");
        cards.create();
        assertThat(cards.addressees()).containsExactlyInAnyOrder("Anna Schmidt", "Clara Chen");

        cards.click("Anna Schmidt");
        clickOn("#markReceived");
        FxWait.until(() -> cards.envelope("Anna Schmidt").envelope().status() == CardStatus.RECEIVED);
        assertThat(column("SELECT status FROM card_envelope WHERE addressee = 'Anna Schmidt'")).containsExactly("RECEIVED");
        assertThat(column("SELECT i.type || ' ' || i.direction || ' ' || substr(i.occurred_at, 1, 10) FROM interaction i"
                + " JOIN interaction_contact ic ON ic.interaction_id = i.id JOIN contact c ON c.id = ic.contact_id"
                + " WHERE c.given_name = 'Anna' AND i.type = 'CARD'"))
                .containsExactly("CARD RECEIVED " + LocalDate.now());

        cards.click("Clara Chen");
        clickOn("#markReturned");
        FxWait.until(() -> cards.envelope("Clara Chen").envelope().status() == CardStatus.RETURNED);
        assertThat(column("SELECT status || ' ' || returned_on FROM card_envelope WHERE addressee = 'Clara Chen'"))
                .containsExactly("RETURNED " + LocalDate.now());
    }
}
