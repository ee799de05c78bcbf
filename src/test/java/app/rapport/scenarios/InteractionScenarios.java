package app.rapport.scenarios;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.domain.interactions.TimelineEntry;
import app.rapport.testing.ContactsPage;
import app.rapport.testing.FxWait;
import app.rapport.testing.WindowScenario;
import java.time.LocalDateTime;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.Test;

/** README, Interactions: "…on a timeline per contact… Change or delete with Undo"; Keyboard: Ctrl+Z. */
class InteractionScenarios extends WindowScenario {
    private static final String DELETE = app.rapport.domain.language.Bundles.english().getString("timeline.delete");

    @SuppressWarnings("unchecked")
    private List<String> timelineNotes() {
        return ((ListView<TimelineEntry>) lookup("#timelineList").queryAs(ListView.class)).getItems().stream()
                .map(TimelineEntry::note).toList();
    }

    /** The message at the top of the window, or "" when none is showing. */
    private String toast() {
        return lookup((Node n) -> n instanceof NotificationPane).tryQuery().map(n -> (NotificationPane) n)
                .filter(NotificationPane::isShowing).map(NotificationPane::getText).orElse("");
    }

    @Test
    void ctrlZBringsBackADeletedInteractionAndItsMessageGoes() throws Exception {
        long[] anna = new long[1];
        open(s -> {
            anna[0] = s.contactRepository().insert(person("Anna", "Schmidt").build());
            s.interactions().log(Interaction.with(InteractionType.CALL, LocalDateTime.now().minusDays(3),
                    Direction.MUTUAL, "asked about the move", anna[0]));
            s.interactions().log(Interaction.with(InteractionType.MEETING, LocalDateTime.now().minusDays(1),
                    Direction.MUTUAL, "lunch at the fair", anna[0]));
        });
        ContactsPage contacts = new ContactsPage(this).waitForRows(1);
        contacts.clickRow(anna[0]);
        FxWait.until(() -> lookup("#detailTabs").tryQuery().isPresent()
                && !lookup("#timelineTab").queryAs(Node.class).isDisable());
        contacts.selectTab("timelineTab");
        FxWait.until(() -> timelineNotes().equals(List.of("lunch at the fair", "asked about the move")));

        // the delete button of the newest entry, lunch, found as a screen reader names it
        clickOn(from(lookup("#timelineList").queryAs(Node.class)).lookup((javafx.scene.control.Button b) ->
                DELETE.equals(b.getAccessibleText())).queryAll().iterator().next());
        FxWait.until(() -> timelineNotes().equals(List.of("asked about the move")));
        assertThat(toast()).isEqualTo("The interaction was deleted.");
        assertThat(column("SELECT count(*) FROM interaction WHERE deleted_at IS NULL")).containsExactly(1);

        clickOn("#timelineList"); // focus in the window, not in a text field
        push(KeyCode.CONTROL, KeyCode.Z);
        FxWait.until(() -> timelineNotes().equals(List.of("lunch at the fair", "asked about the move")));
        assertThat(column("SELECT count(*) FROM interaction WHERE deleted_at IS NULL")).containsExactly(2);
        FxWait.until(() -> !toast().contains("deleted"));
    }

    @Test
    void ctrlLLogsACallTodayWithTheShownContactTypeTheNotePressEnter() throws Exception {
        long[] anna = new long[1];
        open(s -> anna[0] = s.contactRepository().insert(person("Anna", "Schmidt").build()));
        ContactsPage contacts = new ContactsPage(this).waitForRows(1);
        contacts.clickRow(anna[0]);
        contacts.waitForForm();
        contacts.selectTab("timelineTab");

        push(KeyCode.CONTROL, KeyCode.L);
        FxWait.until(() -> contacts.focused("logNote"));
        typeInto("#logNote", "asked about the move");
        push(KeyCode.ENTER);
        FxWait.until(() -> timelineNotes().equals(List.of("asked about the move")));
        assertThat(column("SELECT i.type || ' ' || substr(i.occurred_at, 1, 10) || ' ' || i.note FROM interaction i"
                + " JOIN interaction_contact ic ON ic.interaction_id = i.id WHERE ic.contact_id = ?", anna[0]))
                .containsExactly("CALL " + java.time.LocalDate.now() + " asked about the move");
    }
}
