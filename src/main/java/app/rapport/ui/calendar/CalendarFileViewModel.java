package app.rapport.ui.calendar;

import app.rapport.io.exporting.ExportException;
import app.rapport.service.calendar.CalendarKeeper;
import app.rapport.service.calendar.CalendarKeeper.State;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.DialogService.FileType;
import app.rapport.ui.common.DialogService.Words;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.UserMessages;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Calendar file dialog: where the calendar file is kept (the user chooses the file), alarms on or off,
 * when it was last written; each change writes the file at once, off the UI thread.
 */
public final class CalendarFileViewModel {
    public static final String SUGGESTED_NAME = "rapport.ics";

    private final CalendarKeeper keeper;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final BooleanProperty alarms = new SimpleBooleanProperty();
    private final ObjectProperty<Instant> written = new SimpleObjectProperty<>();
    private final StringProperty errorKey = new SimpleStringProperty();
    private final BooleanProperty working = new SimpleBooleanProperty();

    public CalendarFileViewModel(CalendarKeeper keeper, TaskRunner runner, DialogService dialogs) {
        this.keeper = keeper;
        this.runner = runner;
        this.dialogs = dialogs;
    }

    public void load() {
        work(keeper::state);
    }

    /** Asks where the file goes and writes it there; it is kept up to date from then on. */
    public void chooseFile() {
        dialogs.saveFile(Words.of("calendar.chooseTitle"), SUGGESTED_NAME,
                        FileType.of(Words.of("calendar.fileType"), "ics"))
                .ifPresent(chosen -> {
                    boolean withAlarms = alarms.get();
                    work(() -> keeper.keep(chosen, withAlarms));
                });
    }

    /** Alarms on or off: the file, when there is one, is written again at once. */
    public void setAlarms(boolean on) {
        alarms.set(on);
        Path kept = file.get();
        if (kept != null) {
            work(() -> keeper.keep(kept, on));
        }
    }

    public void writeNow() {
        work(keeper::write);
    }

    /** No calendar file any more; the file already written stays where it is. */
    public void stop() {
        work(keeper::stop);
    }

    private void work(Callable<State> job) {
        working.set(true);
        errorKey.set(null);
        runner.run(job, this::show, failure -> {
            working.set(false);
            errorKey.set(keyFor(failure));
        });
    }

    private void show(State state) {
        working.set(false);
        file.set(state.file().orElse(null));
        alarms.set(state.alarms());
        written.set(state.written().orElse(null));
    }

    static String keyFor(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ExportException e) {
                return "export.error." + e.reason().name();
            }
        }
        return UserMessages.keyFor(failure);
    }

    /** The file kept up to date; null when none is chosen. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    public ReadOnlyBooleanProperty alarmsProperty() {
        return alarms;
    }

    /** When the file was last written; null when never. */
    public ReadOnlyObjectProperty<Instant> writtenProperty() {
        return written;
    }

    /** The bundle key of what went wrong; null when nothing did. */
    public ReadOnlyStringProperty errorKeyProperty() {
        return errorKey;
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working;
    }
}
