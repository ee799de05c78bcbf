package app.rapport.scenarios;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.testing.FxWait;
import app.rapport.testing.WindowScenario;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

/** The Calendar file dialog: choose where the .ics goes, and it is written. */
class CalendarScenarios extends WindowScenario {
    @Test
    void choosingAFileWritesTheCalendarAndSaysWhen() throws Exception {
        open(s -> s.contactRepository().insert(person("Anna", "Schmidt").birthday(2, 29, null).build()));
        clickOn("#calendarAction");
        waitForText("#file", "No calendar file yet: choose where it goes.");
        Path ics = dir.resolve("rapport.ics");
        answerFilePrompts(ics);
        clickOn("#choose");
        FxWait.until(() -> lookup("#written").queryAs(Label.class).getText().startsWith("Last written: "));
        assertThat(prompted).singleElement().asString().contains("rapport.ics");
        waitForText("#file", "File: " + ics.toAbsolutePath());
        assertThat(Files.readString(ics)).contains("SUMMARY:Birthday: Anna Schmidt")
                .contains("RRULE:FREQ=YEARLY").contains("BYMONTHDAY=-1").doesNotContain("BEGIN:VALARM");

        clickOn("#alarms");
        FxWait.until(() -> Files.readString(ics).contains("BEGIN:VALARM"));
        assertThat(column("SELECT value FROM setting WHERE key = 'calendar.alarms'")).containsExactly("true");
    }
}
