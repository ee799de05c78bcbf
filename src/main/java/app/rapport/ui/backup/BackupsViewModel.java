package app.rapport.ui.backup;

import app.rapport.domain.backup.Backup;
import app.rapport.io.encryption.Passphrase;
import app.rapport.service.StorageException;
import app.rapport.service.backup.BackupException;
import app.rapport.service.backup.BackupService;
import app.rapport.service.backup.RestoreOutcome;
import app.rapport.service.backup.RestorePlan;
import app.rapport.ui.common.DialogService.FileType;
import app.rapport.ui.common.DialogService.Words;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.UserMessages;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Backups dialog: the list of backups, backing up now, exporting JSON, and restoring in two
 * steps: the chosen backup is checked first ({@link #pendingRestoreProperty()} then holds what the
 * user is asked to confirm), and only {@link #confirmRestore()} replaces anything. An encrypted
 * backup first asks for its passphrase ({@link #passphraseRequestProperty()}); a wrong one says so
 * and asks again, having changed nothing. Backups can be encrypted from now on with a passphrase
 * of which only a public key is kept, so the daily backups never ask for it.
 */
public final class BackupsViewModel {
    /** A line for the status label: a message key and its arguments. */
    public record Message(String key, List<Object> args) {
        static Message of(String key, Object... args) {
            return new Message(key, List.of(args));
        }
    }

    /**
     * A restore waits for the passphrase of {@code file}; {@code wrongBefore} when the last one tried did not open it.
     */
    public record PassphraseRequest(Path file, boolean wrongBefore) {
    }

    private final BackupService backups;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Consumer<RestoreOutcome> onRestored;
    private final ObservableList<Backup> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Backup> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<String> errorKey = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Message> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RestorePlan> pendingRestore = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper restored = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper encrypting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<PassphraseRequest> passphraseRequest = new ReadOnlyObjectWrapper<>();

    /** {@code onRestored} runs on the UI thread once the data was replaced: the app reopens the database. */
    public BackupsViewModel(BackupService backups, TaskRunner runner, DialogService dialogs,
                            Consumer<RestoreOutcome> onRestored) {
        this.backups = backups;
        this.runner = runner;
        this.dialogs = dialogs;
        this.onRestored = onRestored;
    }

    public void load() {
        runner.run(() -> new Listing(backups.backups(), backups.encryptsBackups()), listing -> {
            rows.setAll(listing.backups());
            encrypting.set(listing.encrypting());
        }, this::failed);
    }

    private record Listing(List<Backup> backups, boolean encrypting) {
    }

    public void backUpNow() {
        start(Message.of("backup.working"));
        runner.run(backups::backUp, taken -> {
            finish(Message.of("backup.done", taken.file().getFileName().toString()));
            load();
        }, this::failed);
    }

    /** A backup known to be damaged is not even tried: restoring it would put the damage back. */
    public void restoreSelected() {
        if (selected.get() == null) {
            return;
        }
        if (selected.get().damaged()) {
            status.set(null);
            errorKey.set("backup.error.damagedListed");
            return;
        }
        restoreFrom(selected.get().file());
    }

    /** Checks {@code file}; when it is a usable backup, {@link #pendingRestoreProperty()} asks for a yes. */
    public void restoreFrom(Path file) {
        if (working.get()) {
            return;
        }
        start(Message.of("backup.checking"));
        runner.run(() -> backups.prepareRestore(file, null), plan -> {
            finish(null);
            pendingRestore.set(plan);
        }, failure -> askPassphraseOr(failure, file, false));
    }

    /**
     * Opens the encrypted backup {@link #passphraseRequestProperty()} asked about with {@code passphrase}
     * (cleared once tried); then the usual confirmation, or the request again when it is wrong.
     */
    public void restoreWith(Passphrase passphrase) {
        PassphraseRequest request = passphraseRequest.get();
        if (request == null || working.get()) {
            passphrase.close();
            return;
        }
        passphraseRequest.set(null);
        start(Message.of("backup.opening"));
        runner.run(() -> {
            try {
                return backups.prepareRestore(request.file(), passphrase);
            } finally {
                passphrase.close();
            }
        }, plan -> {
            finish(null);
            pendingRestore.set(plan);
        }, failure -> askPassphraseOr(failure, request.file(), true));
    }

    /** The user did not give the passphrase: nothing happens. */
    public void cancelPassphrase() {
        if (passphraseRequest.get() != null) {
            passphraseRequest.set(null);
            status.set(Message.of("backup.cancelled"));
        }
    }

    private void askPassphraseOr(Throwable failure, Path file, boolean tried) {
        if (failure instanceof BackupException be && (be.reason() == BackupException.Reason.PASSPHRASE_NEEDED
                || be.reason() == BackupException.Reason.WRONG_PASSPHRASE)) {
            working.set(false);
            status.set(null);
            errorKey.set(be.reason() == BackupException.Reason.WRONG_PASSPHRASE ? "backup.error.wrongPassphrase" : null);
            passphraseRequest.set(new PassphraseRequest(file, tried));
        } else {
            failed(failure);
        }
    }

    /**
     * Backups taken from now on are encrypted for {@code passphrase} (already checked with
     * {@link app.rapport.ui.common.NewPassphrase}; cleared once used). Setting it again changes it.
     */
    public void encryptBackups(Passphrase passphrase) {
        boolean change = encrypting.get();
        start(Message.of("backup.encryption.working"));
        runner.run(() -> {
            try {
                backups.encryptBackups(passphrase);
                return change;
            } finally {
                passphrase.close();
            }
        }, changed -> {
            encrypting.set(true);
            finish(Message.of(changed ? "backup.encryption.changed" : "backup.encryption.on"));
        }, this::failed);
    }

    /** Backups taken from now on are not encrypted; those already taken stay as they are. */
    public void stopEncrypting() {
        start(Message.of("backup.working"));
        runner.run(() -> {
            backups.stopEncryptingBackups();
            return Boolean.TRUE;
        }, done -> {
            encrypting.set(false);
            finish(Message.of("backup.encryption.off"));
        }, this::failed);
    }

    /**
     * Asks about the checked backup waiting in {@link #pendingRestoreProperty()}: what will be replaced
     * and by what; a yes restores it, anything else leaves the data as it is.
     */
    public void askToRestore() {
        RestorePlan plan = pendingRestore.get();
        if (plan == null) {
            return;
        }
        if (dialogs.confirm(RestoreConfirmation.question(plan))) {
            confirmRestore();
        } else {
            cancelRestore();
        }
    }

    /** The user said yes: back up what is there, then replace it. */
    public void confirmRestore() {
        RestorePlan plan = pendingRestore.get();
        if (plan == null) {
            return;
        }
        pendingRestore.set(null);
        start(Message.of("backup.restoring"));
        runner.run(() -> backups.restore(plan), outcome -> {
            finish(null);
            restored.set(true);
            onRestored.accept(outcome);
        }, this::failed);
    }

    public void cancelRestore() {
        RestorePlan plan = pendingRestore.get();
        if (plan == null) {
            return;
        }
        pendingRestore.set(null);
        runner.run(() -> {
            backups.cancel(plan);
            return plan;
        }, done -> status.set(Message.of("backup.cancelled")), this::failed);
    }

    /** Asks where to write the whole database as JSON, then writes it there; Cancel writes nothing. */
    public void exportJson() {
        dialogs.saveFile(Words.of("backup.chooser.export"), "rapport-" + LocalDate.now() + ".json",
                FileType.of(Words.of("backup.chooser.filter.json"), "json")).ifPresent(this::exportJson);
    }

    public void exportJson(Path file) {
        start(Message.of("backup.working"));
        runner.run(() -> {
            backups.exportJson(file);
            return file;
        }, written -> finish(Message.of("backup.exported", written.toString())), this::failed);
    }

    private void start(Message message) {
        working.set(true);
        errorKey.set(null);
        status.set(message);
    }

    private void finish(Message message) {
        working.set(false);
        status.set(message);
    }

    private void failed(Throwable failure) {
        working.set(false);
        status.set(null);
        String key = keyFor(failure);
        errorKey.set(key);
        if (GONE.equals(key)) {
            load(); // a newer backup of the same day replaced it: show what is kept now
        }
    }

    private static final String GONE = "backup.error.gone";

    /** A backup the user chose has its own words; failures of the database the usual ones. */
    static String keyFor(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.nio.file.NoSuchFileException) {
                return GONE;
            }
            if (t instanceof BackupException be) {
                return switch (be.reason()) {
                    case NOT_A_BACKUP -> "backup.error.notABackup";
                    case DAMAGED -> "backup.error.damaged";
                    case INVALID_VALUE -> "backup.error.invalidValue";
                    case TOO_NEW -> "backup.error.tooNew";
                    case NOT_EMPTY -> "backup.error.notEmpty";
                    case PASSPHRASE_NEEDED, WRONG_PASSPHRASE -> "backup.error.wrongPassphrase";
                };
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StorageException se) {
                if (se.reason() == StorageException.Reason.DISK_FULL) {
                    return "backup.error.diskFull"; // not "damaged": the backup is fine, and must not be thrown away
                }
                if (se.file().isPresent()) { // the backup being read is at fault, not the open database
                    return se.reason() == StorageException.Reason.LOCKED ? "backup.error.inUse" : "backup.error.unreadable";
                }
                break;
            }
        }
        return UserMessages.keyFor(failure);
    }

    /** The folder backups are kept in. */
    public Path folder() {
        return backups.folder();
    }

    public ObservableList<Backup> rows() {
        return rows;
    }

    public ObjectProperty<Backup> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RestorePlan> pendingRestoreProperty() {
        return pendingRestore.getReadOnlyProperty();
    }

    /** Whether backups taken from now on are encrypted. */
    public ReadOnlyBooleanProperty encryptingProperty() {
        return encrypting.getReadOnlyProperty();
    }

    /** Set while a restore waits for a passphrase: the view asks for it. */
    public ReadOnlyObjectProperty<PassphraseRequest> passphraseRequestProperty() {
        return passphraseRequest.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty restoredProperty() {
        return restored.getReadOnlyProperty();
    }
}
