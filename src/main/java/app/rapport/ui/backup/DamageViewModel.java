package app.rapport.ui.backup;

import app.rapport.domain.backup.Backup;
import app.rapport.io.exporting.ContactExporter;
import app.rapport.io.exporting.VCardExport;
import app.rapport.service.backup.BackupService;
import app.rapport.service.backup.RestoreOutcome;
import app.rapport.service.exporting.ExportService;
import app.rapport.ui.common.DialogService.FileType;
import app.rapport.ui.common.DialogService.Words;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What the window offers when the database is damaged: restore the last good backup (through the
 * usual restore, which keeps what is there first), save what can still be read, or quit.
 */
public final class DamageViewModel {
    private final BackupService backups;
    private final ExportService exports;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final BackupsViewModel restore;
    private final ReadOnlyObjectWrapper<Backup> lastGood = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper searched = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<BackupsViewModel.Message> status = new ReadOnlyObjectWrapper<>();

    /** {@code onRestored} runs on the UI thread once the data was replaced: the app reopens the database. */
    public DamageViewModel(BackupService backups, ExportService exports, TaskRunner runner, DialogService dialogs,
                           Consumer<RestoreOutcome> onRestored) {
        this.backups = backups;
        this.exports = exports;
        this.runner = runner;
        this.dialogs = dialogs;
        this.restore = new BackupsViewModel(backups, runner, dialogs, onRestored);
    }

    /** Looks for the newest backup that passed SQLite's check (each file is checked once, then remembered). */
    public void load() {
        runner.run(backups::lastGood, found -> {
            lastGood.set(found.orElse(null));
            searched.set(true);
        }, failure -> searched.set(true));
    }

    /** Starts the usual restore of the last good backup: checked, then confirmed, then replaced. */
    public void restoreLastGood() {
        if (lastGood.get() != null) {
            restore.restoreFrom(lastGood.get().file());
        }
    }

    /** Asks where to save what can be read (a vCard file), then saves it there; Cancel saves nothing. */
    public void saveReadable() {
        dialogs.saveFile(Words.of("cards.save.title"), "rapport-" + LocalDate.now() + ".vcf",
                        FileType.of(Words.of("damage.save.type"), "vcf"))
                .ifPresent(target -> saveReadable(VCardExport.v4(), target));
    }

    /** Saves every contact that can be read to {@code target}; says how many were saved and skipped. */
    public void saveReadable(ContactExporter format, Path target) {
        working.set(true);
        status.set(BackupsViewModel.Message.of("damage.saving"));
        runner.run(() -> exports.exportReadable(format, target), salvage -> {
            working.set(false);
            status.set(BackupsViewModel.Message.of("damage.saved", salvage.written(), target.toString(),
                    salvage.skipped()));
        }, failure -> {
            working.set(false);
            status.set(BackupsViewModel.Message.of("damage.saveFailed", target.toString()));
        });
    }

    /** The restore under way: its question, its progress, its errors. */
    public BackupsViewModel restore() {
        return restore;
    }

    public ReadOnlyObjectProperty<Backup> lastGoodProperty() {
        return lastGood.getReadOnlyProperty();
    }

    /** True once the search for a good backup is over (found or not). */
    public ReadOnlyBooleanProperty searchedProperty() {
        return searched.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BackupsViewModel.Message> statusProperty() {
        return status.getReadOnlyProperty();
    }
}
