package app.rapport.ui.calendar;

import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.persistence.calendar.JdbiCalendarRepository;
import app.rapport.service.calendar.CalendarKeeper;
import app.rapport.service.calendar.CalendarService;
import app.rapport.service.printing.DocumentService;
import app.rapport.testing.DirectTaskRunner;
import app.rapport.testing.ScriptedDialogs;
import app.rapport.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Calendar file dialog's decisions, without a window, on a real database. */
class CalendarFileViewModelTest {
    @TempDir
    Path dir;

    TestDatabase db;
    CalendarKeeper keeper;
    ScriptedDialogs dialogs;
    CalendarFileViewModel vm;

    @BeforeEach
    void open() {
        db = new TestDatabase(dir);
        db.service().save(person("Anna", "Weber").birthday(3, 14, 1985).build());
        Clock clock = Clock.fixed(TestDatabase.NOW, ZoneOffset.UTC);
        CalendarService calendar = new CalendarService(new JdbiCalendarRepository(db.database()), db.today(),
                new DocumentService(db.briefs(), db.scores(), db.settings(), db.outputs()), clock);
        keeper = new CalendarKeeper(calendar, db.settings(), () -> Locale.GERMAN, clock);
        dialogs = new ScriptedDialogs();
        vm = new CalendarFileViewModel(keeper, new DirectTaskRunner(), dialogs);
    }

    @AfterEach
    void close() {
        keeper.close();
        db.close();
    }

    @Test
    void noFileUntilOneIsChosenThenItIsWrittenAndRemembered() throws Exception {
        vm.load();
        assertThat(vm.fileProperty().get()).isNull();
        assertThat(vm.writtenProperty().get()).isNull();

        Path chosen = dir.resolve("rapport.ics");
        dialogs.choosing(chosen);
        vm.chooseFile();
        assertThat(dialogs.asked).containsExactly("save calendar.chooseTitle rapport.ics");
        assertThat(vm.fileProperty().get()).isEqualTo(chosen.toAbsolutePath());
        assertThat(vm.writtenProperty().get()).isEqualTo(TestDatabase.NOW);
        assertThat(Files.readString(chosen)).contains("SUMMARY:Geburtstag: Anna Weber").doesNotContain("VALARM");

        CalendarFileViewModel again = new CalendarFileViewModel(keeper, new DirectTaskRunner(), new ScriptedDialogs());
        again.load();
        assertThat(again.fileProperty().get()).isEqualTo(chosen.toAbsolutePath());
    }

    @Test
    void cancellingTheChoiceChangesNothing() {
        vm.load();
        dialogs.choosing();
        vm.chooseFile();
        assertThat(vm.fileProperty().get()).isNull();
        assertThat(db.settings().calendarFile()).isEmpty();
    }

    @Test
    void turningAlarmsOnRewritesTheFileAtOnce() throws Exception {
        Path chosen = dir.resolve("rapport.ics");
        dialogs.choosing(chosen);
        vm.chooseFile();
        vm.setAlarms(true);
        assertThat(vm.alarmsProperty().get()).isTrue();
        assertThat(db.settings().calendarAlarms()).isTrue();
        assertThat(Files.readString(chosen)).contains("BEGIN:VALARM");
    }

    @Test
    void aFileThatMayNotBeWrittenIsRefusedWithTheExportWordsAndNotKept() {
        dialogs.choosing(db.file());
        vm.chooseFile();
        assertThat(vm.errorKeyProperty().get()).isEqualTo("export.error.OPEN_DATABASE");
        assertThat(vm.fileProperty().get()).isNull();
        assertThat(vm.workingProperty().get()).isFalse();
        assertThat(db.settings().calendarFile()).isEmpty();
    }

    @Test
    void stoppingForgetsTheFileButLeavesItWhereItIs() {
        Path chosen = dir.resolve("rapport.ics");
        dialogs.choosing(chosen);
        vm.chooseFile();
        vm.stop();
        assertThat(vm.fileProperty().get()).isNull();
        assertThat(Files.exists(chosen)).isTrue();
    }
}
