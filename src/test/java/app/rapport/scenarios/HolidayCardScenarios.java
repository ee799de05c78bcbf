package app.rapport.scenarios;

import static app.rapport.testing.ContactBuilder.organisation;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.testing.ContactsPage;
import app.rapport.testing.FxWait;
import app.rapport.testing.WindowScenario;
import app.rapport.ui.cards.EnvelopeRow;
import java.time.LocalDateTime;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

/** README, Holiday cards: "People at one address share an envelope ("Anna &amp; Boris Ivanov")…". */
class HolidayCardScenarios extends WindowScenario {

    @Test
    @SuppressWarnings("unchecked")
    void colleaguesAtOneOfficeGetACardEachAndAFamilyAtHomeShareOne() throws Exception {
        open(s -> {
            s.contactRepository().insert(organisation("Acme Inc.")
                    .address("work", "1600 Market St", "80202", "Denver", "US").build());
            long emily = s.contactRepository().insert(person("Emily", "King")
                    .address("work", "1600 Market St", "80202", "Denver", "US").build());
            long ethan = s.contactRepository().insert(person("Ethan", "Cooper")
                    .address("work", "1600 Market St.", "80202", "Denver", "US").build());
            // the office entered as "other" for two of one name: still Acme's address, still no household
            long olivia = s.contactRepository().insert(person("Olivia", "Carter")
                    .address("other", "1600 Market St", "80202", "Denver", "US").build());
            long liam = s.contactRepository().insert(person("Liam", "Carter")
                    .address("other", "1600 Market St", "80202", "Denver", "US").build());
            long anna = s.contactRepository().insert(person("Anna", "Ivanov")
                    .address("Hauptstr. 5", "10115", "Berlin", "DE").build());
            long boris = s.contactRepository().insert(person("Boris", "Ivanov")
                    .address("Hauptstr. 5", "10115", "Berlin", "DE").build());
            s.interactions().log(Interaction.with(InteractionType.BUSINESS, LocalDateTime.now().minusMonths(2),
                    Direction.MUTUAL, "project", emily, ethan, olivia, liam, anna, boris));
        });
        new ContactsPage(this).waitForRows(7);

        clickOn("#cardsArea");
        FxWait.until(() -> lookup("#newList").tryQuery().isPresent());
        clickOn("#newList");
        FxWait.until(() -> lookup("#builderChosen").tryQuery().isPresent()
                && lookup("#builderChosen").queryAs(ListView.class).getItems().size() == 6);
        clickOn("#builderCreate");
        TableView<EnvelopeRow> envelopes = lookup("#envelopeTable").queryAs(TableView.class);
        FxWait.until(() -> lookup("#builderChosen").tryQuery().isEmpty() && !envelopes.getItems().isEmpty());

        assertThat(envelopes.getItems()).extracting(e -> e.envelope().addressee())
                .containsExactlyInAnyOrder("Emily King", "Ethan Cooper", "Olivia Carter", "Liam Carter",
                        "Anna & Boris Ivanov");
        assertThat(column("SELECT addressee FROM card_envelope ORDER BY addressee"))
                .containsExactly("Anna & Boris Ivanov", "Emily King", "Ethan Cooper", "Liam Carter", "Olivia Carter");
    }
}
