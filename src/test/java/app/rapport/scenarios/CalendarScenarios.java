package app.rapport.scenarios;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.testing.FxWait;
import app.rapport.testing.WindowScenario;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Window;
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

    @Test
    void theDatabaseItselfIsRefusedInWordsAndTheDialogGrowsToShowThem() throws Exception {
        open(s -> s.contactRepository().insert(person("Anna", "Schmidt").build()));
        clickOn("#calendarAction");
        waitForText("#file", "No calendar file yet: choose where it goes.");
        answerFilePrompts(dbFile);
        clickOn("#choose");
        FxWait.until(() -> lookup("#error").queryAs(Label.class).isVisible());
        assertThat(lookup("#error").queryAs(Label.class).getText()).isEqualTo("That file is the database Rapport has open. Nothing was written; choose another file.");
        Button close = lookup((Node n) -> n instanceof Button b && "Close".equals(b.getText())).queryButton();
        // the words pushed Close below the dialog's edge before the dialog was fitted to them again
        FxWait.until(() -> {
            Bounds b = close.localToScreen(close.getBoundsInLocal());
            Window w = close.getScene().getWindow();
            return b != null && b.getMaxY() <= w.getY() + w.getHeight();
        });
        assertThat(column("SELECT count(*) FROM contact")).containsExactly(1);
        assertThat(column("SELECT count(*) FROM setting WHERE key = 'calendar.file'")).containsExactly(0);
        try (var in = Files.newInputStream(dbFile)) {
            assertThat(new String(in.readNBytes(15), java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("SQLite format 3");
        }
    }
}
