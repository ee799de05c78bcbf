package app.rapport.scenarios;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.keepintouch.DueReason;
import app.rapport.testing.ContactsPage;
import app.rapport.testing.FxWait;
import app.rapport.testing.KeepInTouchPage;
import app.rapport.testing.WindowScenario;
import java.time.LocalDate;
import java.time.LocalDateTime;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * README, Keep in touch: "who is overdue or due this week, ranked by urgency, with birthdays …; log, snooze or
 * open from each row. Logging an interaction takes a contact off the list at once."
 */
class KeepInTouchScenarios extends WindowScenario {
    private final KeepInTouchPage kit = new KeepInTouchPage(this);

    @Test
    void theOverdueComeFirstThenBirthdaysAndEachRowLogsSnoozesOrOpens() throws Exception {
        LocalDate inThreeDays = LocalDate.now().plusDays(3);
        open(s -> {
            monthlyCadence(s, person("Anna", "Schmidt").build(), 90);
            monthlyCadence(s, person("Boris", "Ivanov").build(), 40);
            s.contactRepository().insert(person("Clara", "Chen")
                    .birthday(inThreeDays.getMonthValue(), inThreeDays.getDayOfMonth(), null).build());
            monthlyCadence(s, person("Dora", "Dahl").build(), 2); // not due: not listed
        });
        ContactsPage contacts = new ContactsPage(this).waitForRows(4);
        kit.open();
        FxWait.until(() -> kit.names().size() == 3);
        assertThat(kit.names().subList(0, 2)).containsExactly("Anna Schmidt", "Boris Ivanov");
        assertThat(kit.row("Clara Chen").reason()).isEqualTo(DueReason.BIRTHDAY);

        kit.press("Boris Ivanov", KeepInTouchPage.SNOOZE);
        FxWait.until(() -> !kit.names().contains("Boris Ivanov"));
        assertThat(column("SELECT snoozed_until FROM relationship r JOIN contact c ON c.id = r.contact_id"
                + " WHERE c.given_name = 'Boris'")).containsExactly(LocalDate.now().plusWeeks(1).toString());

        kit.press("Anna Schmidt", KeepInTouchPage.LOG);
        FxWait.until(() -> lookup("#logNote").tryQuery().isPresent()
                && lookup("#logNote").queryAs(TextField.class).isFocused());
        typeInto("#logNote", "caught up on the move");
        clickOn("#logSave");
        FxWait.until(() -> kit.names().equals(java.util.List.of("Clara Chen")));
        assertThat(column("SELECT count(*) FROM interaction WHERE note = 'caught up on the move'")).containsExactly(1);

        kit.press("Clara Chen", KeepInTouchPage.OPEN);
        FxWait.until(() -> lookup("#givenField").tryQuery().isPresent()
                && "Clara".equals(contacts.field("givenField").getText()));
        assertThat(contacts.table().getSelectionModel().getSelectedItem().summary().displayName()).isEqualTo("Clara Chen");
    }

    @Test
    void aCadenceByTagPutsItsContactsOnTheListOnceTheDialogCloses() throws Exception {
        open(s -> {
            long carla = s.contactRepository().insert(person("Carla", "Rossi").tag("client").build());
            s.interactions().log(Interaction.with(InteractionType.MEETING, LocalDateTime.now().minusMonths(5),
                    Direction.MUTUAL, "", carla));
        });
        new ContactsPage(this).waitForRows(1);
        kit.open();
        FxWait.until(() -> lookup("#keepInTouchTable").tryQuery().isPresent());
        assertThat(kit.names()).isEmpty();

        clickOn("#tagCadences");
        FxWait.until(() -> lookup("#tagCadenceTable").tryQuery().isPresent()
                && !lookup("#tagCadenceTable").queryAs(TableView.class).getItems().isEmpty());
        clickOn("client");
        typeInto("#tagCadenceAmount", "0");
        clickOn("#tagCadenceSet");
        waitForText("#tagCadenceError", "Keep in touch every 1 day or more, or choose no cadence.");
        interact(() -> lookup("#tagCadenceAmount").queryAs(TextField.class).setText(""));
        typeInto("#tagCadenceAmount", "3");
        type(KeyCode.ENTER); // Enter in the amount does not close the dialog
        clickOn("#tagCadenceSet");
        FxWait.until(() -> lookup("3 months").tryQuery().isPresent());
        assertThat(column("SELECT count(*) FROM tag_cadence")).containsExactly(1);

        clickOn("Close");
        FxWait.until(() -> lookup("#tagCadenceTable").tryQuery().isEmpty());
        kit.waitForNames("Carla Rossi");
    }
}
