package app.rapport.scenarios;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.testing.FxWait;
import app.rapport.testing.Popups;
import app.rapport.testing.WindowScenario;
import app.rapport.ui.today.TodayViewModel.Row;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The Today area: the lanes with their counts, the daily pick, birthdays ahead, a snooze undone from its row, and catching up. */
class TodayScenarios extends WindowScenario {

    private String header(String id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> lookup(id).queryAs(TitledPane.class).getText()).get();
    }

    private Node cell(String list, String name) {
        return from(lookup(list).queryAs(ListView.class)).lookup(".list-cell").match((Node n) -> n instanceof ListCell<?> c
                && c.getItem() instanceof Row r && r.item().name().equals(name)).query();
    }

    @Test
    void theWindowOpensOnTodayWhoseLanesCountTheirRowsAndASnoozeIsUndoneFromItsRow() throws Exception {
        LocalDate today = LocalDate.now();
        openWhereItOpens(s -> {
            monthlyCadence(s, person("Anna", "Schmidt").build(), 90);
            monthlyCadence(s, person("Boris", "Ivanov").build(), 40);
            s.contactRepository().insert(person("Clara", "Chen")
                    .birthday(today.getMonthValue(), today.getDayOfMonth(), today.getYear() - 40).build());
            long dora = s.contactRepository().insert(person("Dora", "Dahl").build());
            s.keepInTouch().addFollowUp(dora, today.plusDays(3), "send the offer");
        });
        // the window opens on Today, with the morning's digest under the day
        FxWait.until(() -> lookup("#todayLaneOverdue").tryQuery().isPresent() && header("#todayLaneOverdue").equals("Overdue (2)"));
        assertThat(lookup("#todayArea").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        assertThat(lookup("#todayDigest").queryAs(Label.class).getText())
                .isEqualTo("1 birthday, no follow-ups, 2 people to reach");
        assertThat(lookup("#todayDate").queryAs(Label.class).getText())
                .contains(today.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH))
                .contains(String.valueOf(today.getYear()));
        assertThat(header("#todayLaneToday")).isEqualTo("Today (1)");
        assertThat(header("#todayLaneWeek")).isEqualTo("This week (1)");
        assertThat(lookup("#todayBirthdays").queryAs(Label.class).getText()).startsWith("Clara Chen turns 40 on ");
        assertThat(lookup("#todayBudget").queryAs(Label.class).getText()).startsWith("2 people to reach today");
        assertThat(lookup("#todayPick").queryAs(ListView.class).getItems()).hasSize(2);

        // the lane filter shows the overdue lane alone
        interact(() -> lookup("#todayLaneFilter").queryAs(javafx.scene.control.ComboBox.class).setValue("OVERDUE"));
        FxWait.until(() -> !lookup("#todayLaneToday").queryAs(TitledPane.class).isVisible());
        clickOn(from(cell("#todayListOverdue", "Boris Ivanov")).lookup("#todaySnooze").queryButton());
        FxWait.until(() -> header("#todayLaneOverdue").equals("Overdue (1)")
                && from(cell("#todayListOverdue", "Boris Ivanov")).lookup("#todayUndo").tryQuery().isPresent());
        assertThat(from(cell("#todayListOverdue", "Boris Ivanov")).lookup("#todayStatus").queryAs(Label.class).getText())
                .startsWith("Snoozed until ");
        assertThat(column("SELECT snoozed_until FROM relationship r JOIN contact c ON c.id = r.contact_id"
                + " WHERE c.given_name = 'Boris'")).containsExactly(today.plusWeeks(1).toString());

        clickOn(from(cell("#todayListOverdue", "Boris Ivanov")).lookup("#todayUndo").queryAs(Hyperlink.class));
        FxWait.until(() -> header("#todayLaneOverdue").equals("Overdue (2)")
                && from(cell("#todayListOverdue", "Boris Ivanov")).lookup("#todaySnooze").tryQuery().isPresent());
        assertThat(column("SELECT snoozed_until FROM relationship r JOIN contact c ON c.id = r.contact_id"
                + " WHERE c.given_name = 'Boris'")).containsExactly((Object) null);

        // back from a holiday: the whole overdue lane snoozed at once, and undone at once
        clickOn("#todaySnoozeAllOverdue");
        FxWait.until(() -> header("#todayLaneOverdue").equals("Overdue (0)")
                && lookup("#todayCaughtUp").queryAs(Node.class).isVisible());
        assertThat(lookup("#todayCaughtUpText").queryAs(Label.class).getText()).startsWith("2 contacts snoozed until ");
        assertThat(lookup("#todaySnoozeAllOverdue").queryAs(Node.class).isVisible()).as("nothing left to snooze").isFalse();
        assertThat(lookup("#todayPick").queryAs(Node.class).isVisible()).as("nobody left to pick").isFalse();
        assertThat(column("SELECT count(*) FROM relationship WHERE snoozed_until = ?", today.plusWeeks(1).toString()))
                .containsExactly(2);
        clickOn("#todayCaughtUpUndo");
        FxWait.until(() -> header("#todayLaneOverdue").equals("Overdue (2)")
                && !lookup("#todayCaughtUp").queryAs(Node.class).isVisible());
        assertThat(column("SELECT count(*) FROM relationship WHERE snoozed_until IS NOT NULL")).containsExactly(0);
        assertThat(lookup("#todaySnoozeAllOverdue").queryAs(Node.class).isVisible()).isTrue();
    }

    @Test
    void aLogRestartsTheCadenceAtOnceAndUndoMovesItToTheTrash() throws Exception {
        openWhereItOpens(s -> {
            monthlyCadence(s, person("Anna", "Schmidt").build(), 90);
        });
        FxWait.until(() -> lookup("#todayLaneOverdue").tryQuery().isPresent() && header("#todayLaneOverdue").equals("Overdue (1)"));
        interact(() -> lookup("#todayLaneFilter").queryAs(javafx.scene.control.ComboBox.class).setValue("OVERDUE"));
        FxWait.until(() -> !lookup("#todayLaneToday").queryAs(TitledPane.class).isVisible());

        clickOn(from(cell("#todayListOverdue", "Anna Schmidt")).lookup("#todayLog").queryButton());
        FxWait.until(() -> lookup("#logNote").tryQuery().isPresent()
                && lookup("#logNote").queryAs(javafx.scene.control.TextField.class).isFocused());
        typeInto("#logNote", "caught up on the move");
        clickOn("#logSave");
        FxWait.until(() -> header("#todayLaneOverdue").equals("Overdue (0)")
                && from(cell("#todayListOverdue", "Anna Schmidt")).lookup("#todayUndo").tryQuery().isPresent());
        assertThat(from(cell("#todayListOverdue", "Anna Schmidt")).lookup("#todayStatus").queryAs(Label.class).getText())
                .isEqualTo("Logged");

        clickOn(from(cell("#todayListOverdue", "Anna Schmidt")).lookup("#todayUndo").queryAs(Hyperlink.class));
        FxWait.until(() -> header("#todayLaneOverdue").equals("Overdue (1)"));
        assertThat(column("SELECT deleted_at IS NOT NULL FROM interaction WHERE note = 'caught up on the move'"))
                .containsExactly(1);
    }

    @Test
    void aFollowUpIsDoneAndUndoneFromItsRowAndOpenShowsTheContact() throws Exception {
        LocalDate today = LocalDate.now();
        openWhereItOpens(s -> {
            long dora = s.contactRepository().insert(person("Dora", "Dahl").build());
            s.keepInTouch().addFollowUp(dora, today, "send the offer");
            long eva = s.contactRepository().insert(person("Eva", "Engel").build());
            s.keepInTouch().addFollowUp(eva, today.minusDays(2), "return the book");
            monthlyCadence(s, person("Anna", "Schmidt").build(), 90);
        });
        FxWait.until(() -> lookup("#todayLaneToday").tryQuery().isPresent() && header("#todayLaneToday").equals("Today (2)"));
        assertThat(lookup("#todayDigest").queryAs(Label.class).getText())
                .isEqualTo("No birthdays, 2 follow-ups, 1 person to reach");

        // only the follow-ups: the cadence lane empties
        Popups.choose(this, "todayKindFilter", "Follow-up");
        FxWait.until(() -> header("#todayLaneOverdue").equals("Overdue (0)"));
        assertThat(header("#todayLaneToday")).isEqualTo("Today (2)");

        clickOn(from(cell("#todayListToday", "Dora Dahl")).lookup("#todayDone").queryButton());
        FxWait.until(() -> header("#todayLaneToday").equals("Today (1)")
                && from(cell("#todayListToday", "Dora Dahl")).lookup("#todayUndo").tryQuery().isPresent());
        assertThat(from(cell("#todayListToday", "Dora Dahl")).lookup("#todayStatus").queryAs(Label.class).getText())
                .isEqualTo("Done");
        assertThat(column("SELECT done_at IS NOT NULL FROM follow_up WHERE note = 'send the offer'")).containsExactly(1);

        clickOn(from(cell("#todayListToday", "Dora Dahl")).lookup("#todayUndo").queryAs(Hyperlink.class));
        FxWait.until(() -> header("#todayLaneToday").equals("Today (2)")
                && from(cell("#todayListToday", "Dora Dahl")).lookup("#todayDone").tryQuery().isPresent());
        assertThat(column("SELECT done_at FROM follow_up WHERE note = 'send the offer'")).containsExactly((Object) null);

        // Open: the contact in the Contacts area, the form filled
        clickOn(from(cell("#todayListToday", "Eva Engel")).lookup("#todayOpen").queryButton());
        FxWait.until(() -> lookup("#contactsArea").queryAs(javafx.scene.control.ToggleButton.class).isSelected()
                && lookup("#givenField").tryQuery().isPresent()
                && "Eva".equals(lookup("#givenField").queryAs(javafx.scene.control.TextField.class).getText()));
        assertThat(lookup("#familyField").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("Engel");
    }

    @Test
    void aTagAndASearchNarrowTheLanesAndCatchingUpSnoozesOnlyWhatIsShown() throws Exception {
        openWhereItOpens(s -> {
            for (String[] p : new String[][] {{"Anna", "Schmidt", "client"}, {"Boris", "Ivanov", "friend"},
                    {"Carla", "Rossi", "client"}}) {
                monthlyCadence(s, person(p[0], p[1]).tag(p[2]).build(), 60);
            }
        });
        FxWait.until(() -> lookup("#todayLaneOverdue").tryQuery().isPresent() && header("#todayLaneOverdue").equals("Overdue (3)"));

        Popups.choose(this, "todayTagFilter", "client");
        FxWait.until(() -> header("#todayLaneOverdue").equals("Overdue (2)"));
        assertThat(names("#todayListOverdue")).containsExactlyInAnyOrder("Anna Schmidt", "Carla Rossi");

        Popups.choose(this, "todayTagFilter", "All tags");
        FxWait.until(() -> header("#todayLaneOverdue").equals("Overdue (3)"));
        clickOn("#todaySearch");
        write("bor");
        FxWait.until(() -> header("#todayLaneOverdue").equals("Overdue (1)"));
        assertThat(names("#todayListOverdue")).containsExactly("Boris Ivanov");
        eraseText(3);
        FxWait.until(() -> header("#todayLaneOverdue").equals("Overdue (3)"));

        // back from a holiday, the clients first: only they are snoozed
        Popups.choose(this, "todayTagFilter", "client");
        FxWait.until(() -> header("#todayLaneOverdue").equals("Overdue (2)"));
        clickOn("#todaySnoozeAllOverdue");
        FxWait.until(() -> header("#todayLaneOverdue").equals("Overdue (0)"));
        assertThat(column("SELECT c.given_name FROM relationship r JOIN contact c ON c.id = r.contact_id"
                + " WHERE r.snoozed_until IS NOT NULL ORDER BY c.given_name")).containsExactly("Anna", "Carla");
        Popups.choose(this, "todayTagFilter", "All tags");
        FxWait.until(() -> header("#todayLaneOverdue").equals("Overdue (1)"));
        assertThat(names("#todayListOverdue")).containsExactly("Boris Ivanov");
    }

    private java.util.List<String> names(String list) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> lookup(list).queryAs(ListView.class).getItems().stream()
                .map(r -> ((Row) r).item().name()).toList()).get();
    }
}
