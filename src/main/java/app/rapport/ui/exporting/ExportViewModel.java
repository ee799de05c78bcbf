package app.rapport.ui.exporting;

import app.rapport.io.encryption.EncryptedFile;
import app.rapport.io.encryption.Passphrase;
import app.rapport.io.exporting.ContactExporter;
import app.rapport.io.exporting.CsvExport;
import app.rapport.io.exporting.ExportException;
import app.rapport.io.exporting.VCardExport;
import app.rapport.service.backup.BackupService;
import app.rapport.service.exporting.ExportSelection;
import app.rapport.service.exporting.ExportService;
import app.rapport.ui.common.DialogService.FileType;
import app.rapport.ui.common.DialogService.Words;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.NewPassphrase;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.UserMessages;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Export: contacts as vCard 4.0, vCard 3.0 or CSV (all, or those with a tag), or everything as a JSON
 * backup, optionally encrypted with a passphrase typed twice. The file is written off the UI thread,
 * whole or not at all.
 */
public final class ExportViewModel {
    public enum Format {
        VCARD4("vcf"), VCARD3("vcf"), CSV("csv"), JSON("json");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    private final ExportService exports;
    private final BackupService backups;
    private final TaskRunner runner;
    private final ObjectProperty<Format> format = new SimpleObjectProperty<>(Format.VCARD4);
    private final StringProperty tag = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty onlyShown = new javafx.beans.property.SimpleBooleanProperty();
    private java.util.concurrent.Callable<long[]> shownIds = () -> new long[0];
    private final ReadOnlyObjectWrapper<String> errorKey = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.BooleanProperty encrypt = new javafx.beans.property.SimpleBooleanProperty();
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty passphraseRepeat = new SimpleStringProperty("");

    public ExportViewModel(ExportService exports, BackupService backups, TaskRunner runner) {
        this.exports = exports;
        this.backups = backups;
        this.runner = runner;
    }

    /** Whether the full backup will be encrypted (JSON chosen and the box ticked). */
    public boolean encrypts() {
        return format.get() == Format.JSON && encrypt.get();
    }

    /**
     * Checks what can be checked before a file is chosen: an encrypted backup's passphrase, typed
     * twice. False (and {@link #errorKeyProperty()} says why) when it will not do.
     */
    public boolean readyToChooseFile() {
        String problem = encrypts() ? NewPassphrase.problem(passphrase.get(), passphraseRepeat.get()) : null;
        errorKey.set(problem);
        return problem == null;
    }

    /** The file name offered: {@code rapport.vcf}, {@code rapport.json}, {@code rapport.json.enc} when encrypted. */
    public String suggestedFileName() {
        return "rapport." + format.get().extension() + (encrypts() ? EncryptedFile.EXTENSION : "");
    }

    /**
     * Checks the form, asks for the file to write (named and typed for the format, {@code .enc} when
     * encrypted), and writes it; {@code onDone} gets what was written in words. Nothing is asked while
     * the passphrases will not do, and Cancel writes nothing.
     */
    public void chooseFileAndExport(DialogService dialogs, Consumer<Words> onDone) {
        if (!readyToChooseFile()) {
            return;
        }
        Format f = format.get();
        dialogs.saveFile(Words.of("cards.save.title"), suggestedFileName(),
                        FileType.of(Words.of("export.format." + f.name()), encrypts() ? "enc" : f.extension()))
                .ifPresent(target -> export(target, count -> {
                    String name = target.getFileName().toString();
                    onDone.accept(count < 0 ? Words.of("export.done.backup", name) : Words.of("export.done", count, name));
                }));
    }

    /** Writes {@code target}; {@code onWritten} gets how many contacts (-1 for a full backup). */
    public void export(Path target, IntConsumer onWritten) {
        if (!readyToChooseFile()) {
            return;
        }
        Passphrase key = encrypts() ? Passphrase.of(passphrase.get()) : null;
        Format chosen = format.get();
        String onlyTag = tag.get() == null ? "" : tag.get().strip();
        boolean shown = onlyShown.get();
        java.util.concurrent.Callable<long[]> ids = shownIds;
        runner.run(() -> {
            if (chosen == Format.JSON) {
                if (key == null) {
                    backups.exportJson(target);
                } else {
                    try {
                        backups.exportJson(target, key);
                    } finally {
                        key.close();
                    }
                }
                return -1;
            }
            ExportSelection selection = shown ? ExportSelection.ids(ids.call())
                    : onlyTag.isEmpty() ? ExportSelection.all() : ExportSelection.tag(onlyTag);
            return exports.export(selection, exporter(chosen), target);
        }, count -> {
            errorKey.set(null);
            onWritten.accept(count);
        }, failure -> errorKey.set(keyFor(failure)));
    }

    private static ContactExporter exporter(Format f) {
        return switch (f) {
            case VCARD4 -> VCardExport.v4();
            case VCARD3 -> VCardExport.v3();
            case CSV -> new CsvExport();
            case JSON -> throw new IllegalArgumentException("JSON is a backup");
        };
    }

    static String keyFor(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ExportException e) {
                return "export.error." + e.reason().name();
            }
            if (t instanceof app.rapport.service.backup.BackupException) {
                return "export.error.FAILED";
            }
        }
        return UserMessages.keyFor(failure);
    }

    public ObjectProperty<Format> formatProperty() {
        return format;
    }

    /**
     * The contacts the list shows (its search and filters), read off the UI thread when exporting.
     */
    public void setShownIds(java.util.concurrent.Callable<long[]> ids) {
        shownIds = ids;
    }

    /** Export only the contacts the list shows. */
    public javafx.beans.property.BooleanProperty onlyShownProperty() {
        return onlyShown;
    }

    /** Encrypt the full backup with a passphrase. */
    public javafx.beans.property.BooleanProperty encryptProperty() {
        return encrypt;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty passphraseRepeatProperty() {
        return passphraseRepeat;
    }

    public StringProperty tagProperty() {
        return tag;
    }

    public ReadOnlyObjectProperty<String> errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }
}
