package app.rapport.ui.sync;

import app.rapport.io.sync.CardDavAccount;
import app.rapport.io.sync.CardDavClient;
import app.rapport.io.sync.CardDavException;
import app.rapport.io.sync.SecretId;
import app.rapport.io.sync.SecretStore;
import app.rapport.io.sync.SecretStoreException;
import app.rapport.service.sync.NoSuchAddressBookException;
import app.rapport.service.sync.SyncPreview;
import app.rapport.service.sync.SyncReport;
import app.rapport.service.sync.SyncService;
import app.rapport.ui.common.DialogService.Words;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.UserMessages;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Sync dialog: the server, user, password and address book; Preview says what a sync would do, Sync does it
 * (the counted deletes only when the user ticks their box). The password stays in memory unless the user asks to
 * keep it in this computer's keyring; never in the database.
 */
public final class SyncViewModel {
    private final SyncService sync;
    private final TaskRunner runner;
    private final Supplier<SecretStore> keyring;
    private final StringProperty server = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty book = new SimpleStringProperty("");
    private final BooleanProperty keepPassword = new SimpleBooleanProperty();
    private final BooleanProperty confirmDeletes = new SimpleBooleanProperty();
    private final BooleanProperty working = new SimpleBooleanProperty();
    private final ObjectProperty<SyncPreview> preview = new SimpleObjectProperty<>();
    private final ObjectProperty<List<Words>> summary = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<Words> error = new SimpleObjectProperty<>();
    private final BooleanBinding canPreview;
    private final BooleanBinding deletesCounted = Bindings.createBooleanBinding(() -> preview.get() != null
            && preview.get().deletesHere() + preview.get().deletesOnServer() > 0, preview);
    private final javafx.beans.property.IntegerProperty openConflicts = new javafx.beans.property.SimpleIntegerProperty();
    private Runnable onSynced = () -> { };

    /** @param keyring this computer's credential store, asked for only when the user keeps the password there */
    public SyncViewModel(SyncService sync, TaskRunner runner, Supplier<SecretStore> keyring) {
        this.sync = sync;
        this.runner = runner;
        this.keyring = keyring;
        canPreview = Bindings.createBooleanBinding(() -> !working.get() && !server.get().isBlank()
                && !user.get().isBlank() && !password.get().isEmpty() && !book.get().isBlank(),
                working, server, user, password, book);
        // another server, user or book: the preview no longer says what Sync would do
        for (StringProperty p : List.of(server, user, password, book)) {
            p.addListener((obs, old, now) -> preview.set(null));
        }
    }

    /** Called after a sync wrote to Rapport, for the window to show the changes. */
    public void setOnSynced(Runnable onSynced) {
        this.onSynced = onSynced;
    }

    /** Counts the conflicts that wait for the user's choice, of every account (the file's, no server asked). */
    public void refreshConflicts() {
        runner.run(() -> sync.openConflicts().size(), openConflicts::set, failure -> { });
    }

    /** After a choice in the Conflicts dialog: the count again, and the window shows the contact as it now is. */
    public void conflictsResolved() {
        refreshConflicts();
        onSynced.run();
    }

    /** Reads both sides and says what a sync would do; nothing is written. */
    public void preview() {
        URI address = address();
        if (address == null) {
            return;
        }
        String serverUrl = address.toString();
        String name = user.get().strip();
        String secret = password.get();
        String bookName = book.get().strip();
        boolean keep = keepPassword.get();
        start();
        runner.run(() -> {
            CardDavClient client = new CardDavClient(CardDavAccount.of(address, name, secret));
            SyncPreview found = sync.preview(serverUrl, name, bookName, client);
            return new Previewed(found, keep && !kept(serverUrl, name, secret));
        }, done -> {
            working.set(false);
            preview.set(done.preview());
            List<Words> words = new ArrayList<>(previewWords(done.preview()));
            if (done.keyringFailed()) {
                words.add(Words.of("sync.keyringFailed"));
            }
            summary.set(words);
        }, this::failed);
    }

    private record Previewed(SyncPreview preview, boolean keyringFailed) {
    }

    /** Does what the preview said; the counted deletes only when {@link #confirmDeletesProperty()} is ticked. */
    public void sync() {
        SyncPreview shown = preview.get();
        if (shown == null) {
            return;
        }
        boolean confirmed = confirmDeletes.get();
        start();
        runner.run(() -> sync.run(shown, confirmed), report -> {
            working.set(false);
            preview.set(null);
            summary.set(reportWords(report, shown, confirmed));
            onSynced.run();
            refreshConflicts();
        }, this::failed);
    }

    /** The address as typed, or null with the error said when it is not one Rapport can use. */
    private URI address() {
        try {
            URI uri = new URI(server.get().strip());
            CardDavAccount.of(uri, user.get().strip(), "");
            return uri;
        } catch (URISyntaxException | IllegalArgumentException e) {
            error.set(Words.of("sync.error.address"));
            return null;
        }
    }

    /** Keeps the password in the keyring; false when the keyring refused (the sync goes on without it). */
    private boolean kept(String serverUrl, String name, String secret) {
        char[] chars = secret.toCharArray();
        try {
            keyring.get().store(SecretId.forAccount(serverUrl, name), chars);
            return true;
        } catch (SecretStoreException e) {
            return false;
        } finally {
            java.util.Arrays.fill(chars, '\0');
        }
    }

    private void start() {
        working.set(true);
        error.set(null);
        summary.set(List.of());
    }

    private void failed(Throwable failure) {
        working.set(false);
        preview.set(null);
        error.set(wordsFor(failure));
    }

    static List<Words> previewWords(SyncPreview p) {
        List<Words> words = new ArrayList<>();
        words.add(Words.of("sync.preview.counts", p.addedHere(), p.changedHere(), p.addedOnServer(),
                p.changedOnServer()));
        if (p.deletesHere() + p.deletesOnServer() > 0) {
            words.add(Words.of("sync.preview.deletes", p.deletesHere(), p.deletesOnServer()));
        }
        if (!p.conflicts().isEmpty()) {
            words.add(Words.of("sync.preview.conflicts", p.conflicts().size()));
        }
        return words;
    }

    static List<Words> reportWords(SyncReport r, SyncPreview p, boolean deletesConfirmed) {
        List<Words> words = new ArrayList<>();
        words.add(Words.of("sync.done.counts", r.addedHere(), r.changedHere(), r.addedOnServer(), r.changedOnServer(),
                r.deletedHere(), r.deletedOnServer()));
        if (!deletesConfirmed && p.deletesHere() + p.deletesOnServer() > 0) {
            words.add(Words.of("sync.done.deletesWaiting", p.deletesHere(), p.deletesOnServer()));
        }
        // the report counts the deletes here left unconfirmed among what is left; they are said above
        int changedMeanwhile = r.leftForNextRun() - (deletesConfirmed ? 0 : p.deletesHere());
        if (changedMeanwhile > 0) {
            words.add(Words.of("sync.done.left", changedMeanwhile));
        }
        if (!r.conflicts().isEmpty()) {
            words.add(Words.of("sync.done.conflicts", r.conflicts().size()));
        }
        return words;
    }

    static Words wordsFor(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CardDavException e) {
                return e.reason() == CardDavException.Reason.CERTIFICATE_REFUSED && e.certificateSha256() != null
                        ? Words.of("sync.error.CERTIFICATE_FINGERPRINT", e.certificateSha256())
                        : Words.of("sync.error." + e.reason().name());
            }
            if (t instanceof NoSuchAddressBookException e) {
                return Words.of("sync.error.noBook", String.join(", ", e.paths()));
            }
        }
        return Words.of(UserMessages.keyFor(failure));
    }

    public StringProperty serverProperty() {
        return server;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty bookProperty() {
        return book;
    }

    /** Keep the password in this computer's keyring (asked for only when ticked). */
    public BooleanProperty keepPasswordProperty() {
        return keepPassword;
    }

    /** Do the deletes the preview counted. */
    public BooleanProperty confirmDeletesProperty() {
        return confirmDeletes;
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working;
    }

    /** Whether Preview can go: everything typed, nothing under way. */
    public BooleanBinding canPreviewBinding() {
        return canPreview;
    }

    /** Whether the preview counted deletes, which wait for {@link #confirmDeletesProperty()}. */
    public BooleanBinding deletesCountedBinding() {
        return deletesCounted;
    }

    /** The preview Sync would carry out; null until there is one (and again after the sync or a change typed). */
    public ReadOnlyObjectProperty<SyncPreview> previewProperty() {
        return preview;
    }

    /** What the preview or the sync found, in words to show one per line. */
    public ReadOnlyObjectProperty<List<Words>> summaryProperty() {
        return summary;
    }

    /** The conflicts waiting for the user's choice (0 until counted). */
    public javafx.beans.property.ReadOnlyIntegerProperty openConflictsProperty() {
        return openConflicts;
    }

    /** What went wrong, in words; null when nothing did. */
    public ReadOnlyObjectProperty<Words> errorProperty() {
        return error;
    }
}
