package app.rapport.ui.sync;

import app.rapport.domain.sync.SyncAccount;
import app.rapport.domain.sync.SyncRun;
import app.rapport.io.sync.CardDavException;
import app.rapport.io.sync.SecretId;
import app.rapport.io.sync.SecretStore;
import app.rapport.io.sync.SecretStoreException;
import app.rapport.service.sync.NoSuchAddressBookException;
import app.rapport.service.sync.StalePreviewException;
import app.rapport.service.sync.SyncCancelledException;
import app.rapport.service.sync.SyncChoices;
import app.rapport.service.sync.SyncLogin;
import app.rapport.service.sync.SyncPreview;
import app.rapport.service.sync.SyncProgress;
import app.rapport.service.sync.SyncReport;
import app.rapport.service.sync.SyncService;
import app.rapport.ui.common.DialogService.Words;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.common.UserMessages;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Sync dialog: the server, user, password and address book, filled in from the account used last (its password
 * from this computer's keyring when the user kept it there); which tags' contacts go out and how often Rapport syncs
 * by itself. Preview says what a sync would do, Sync does it (the counted deletes only when the user ticks their
 * box), with its progress and a Stop; the account's last runs are listed from the sync log. A certificate no
 * authority vouches for is refused until the user trusts it by its fingerprint. The password stays in memory unless
 * the user asks to keep it in the keyring; never in the database.
 */
public final class SyncViewModel {
    /** How many of the account's last runs the dialog lists. */
    static final int LOG_SHOWN = 5;

    private final SyncService sync;
    private final TaskRunner runner;
    private final Supplier<SecretStore> keyring;
    private final Callable<List<String>> allTags;
    private final StringProperty server = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty book = new SimpleStringProperty("");
    private final BooleanProperty keepPassword = new SimpleBooleanProperty();
    private final IntegerProperty autoMinutes = new SimpleIntegerProperty();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<String> outTags = FXCollections.observableArrayList();
    private final BooleanProperty confirmDeletes = new SimpleBooleanProperty();
    private final BooleanProperty working = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final SimpleDoubleProperty progress = new SimpleDoubleProperty(-1);
    private final ObjectProperty<SyncPreview> preview = new SimpleObjectProperty<>();
    private final ObjectProperty<List<Words>> summary = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<Words> error = new SimpleObjectProperty<>();
    private final StringProperty untrustedCertificate = new SimpleStringProperty();
    private final ObjectProperty<List<LogLine>> log = new SimpleObjectProperty<>(List.of());
    private final BooleanBinding canPreview;
    private final BooleanBinding canFindBooks;
    private final BooleanBinding deletesCounted = Bindings.createBooleanBinding(() -> preview.get() != null
            && preview.get().deletesHere() + preview.get().deletesOnServer() > 0, preview);
    private final ObservableList<String> books = FXCollections.observableArrayList();
    private final ObjectProperty<List<Long>> undoable = new SimpleObjectProperty<>(List.of());
    private final AtomicBoolean stopAsked = new AtomicBoolean();
    /** The certificate the account trusts, or the user trusted just now; null: only what the JDK trusts. */
    private String trustedCertificate;
    /** Whether the password of the account shown was kept in the keyring, so that unticking forgets it. */
    private boolean passwordWasKept;
    private final javafx.beans.property.IntegerProperty openConflicts = new javafx.beans.property.SimpleIntegerProperty();
    private Runnable onSynced = () -> { };

    /** One run of the log in words: what it did, and (or null) what waits or why it stopped. */
    public record LogLine(Words what, Words more) {
    }

    /**
     * @param keyring this computer's credential store, asked for only when the user keeps the password there
     * @param allTags the tags the user has, to choose from (read off the FX thread)
     */
    public SyncViewModel(SyncService sync, TaskRunner runner, Supplier<SecretStore> keyring,
            Callable<List<String>> allTags) {
        this.sync = sync;
        this.runner = runner;
        this.keyring = keyring;
        this.allTags = allTags;
        canPreview = Bindings.createBooleanBinding(() -> !working.get() && !server.get().isBlank()
                && !user.get().isBlank() && !password.get().isEmpty() && !book.get().isBlank(),
                working, server, user, password, book);
        canFindBooks = Bindings.createBooleanBinding(() -> !working.get() && !server.get().isBlank()
                && !user.get().isBlank() && !password.get().isEmpty(), working, server, user, password);
        // another server, user, book or choice of contacts: the preview no longer says what Sync would do
        for (StringProperty p : List.of(server, user, password, book)) {
            p.addListener((obs, old, now) -> preview.set(null));
        }
        outTags.addListener((javafx.collections.ListChangeListener<String>) c -> preview.set(null));
        // a certificate trusted is this server's: another address asks again
        server.addListener((obs, old, now) -> {
            trustedCertificate = null;
            untrustedCertificate.set(null);
        });
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

    /** Fills the dialog from the account used last, its password from the keyring if kept there, and its log. */
    public void load() {
        working.set(true);
        runner.remote(() -> {
            List<String> all = allTags.call();
            Optional<SyncAccount> last = sync.lastUsed();
            if (last.isEmpty()) {
                return new Loaded(all, null, Set.of(), null, false, List.of());
            }
            SyncAccount account = last.get();
            String kept = null;
            boolean keyringFailed = false;
            if (account.passwordKept()) {
                try {
                    kept = keyring.get().read(SecretId.forAccount(account.serverUrl(), account.userName()))
                            .map(SyncViewModel::wiped).orElse(null);
                } catch (SecretStoreException e) {
                    keyringFailed = true;
                }
            }
            return new Loaded(all, account, sync.outTags(account.id()), kept, keyringFailed,
                    sync.log(account.id(), LOG_SHOWN));
        }, loaded -> {
            working.set(false);
            tags.setAll(loaded.tags());
            SyncAccount account = loaded.account();
            // the user who began typing before the account was read keeps what they typed
            boolean untouched = server.get().isBlank() && user.get().isBlank() && book.get().isBlank();
            if (account != null && untouched) {
                server.set(account.serverUrl());
                user.set(account.userName());
                book.set(account.bookLabel());
                trustedCertificate = account.trustedCertificate();
                keepPassword.set(account.passwordKept());
                passwordWasKept = account.passwordKept();
                autoMinutes.set(account.autoMinutes());
                outTags.setAll(loaded.outTags().stream().filter(loaded.tags()::contains).sorted().toList());
                if (loaded.password() != null) {
                    password.set(loaded.password());
                }
                log.set(logLines(loaded.runs()));
            }
            if (loaded.keyringFailed()) {
                summary.set(List.of(Words.of("sync.keyringUnread")));
            }
        }, this::failed);
    }

    private record Loaded(List<String> tags, SyncAccount account, Set<String> outTags, String password,
            boolean keyringFailed, List<SyncRun> runs) {
    }

    /** Reads both sides and says what a sync would do; nothing is written but the user's choices for the account. */
    public void preview() {
        URI address = address();
        if (address == null) {
            return;
        }
        SyncLogin login = new SyncLogin(address.toString(), user.get().strip(), password.get(), trustedCertificate);
        String bookName = book.get().strip();
        boolean keep = keepPassword.get();
        boolean forget = !keep && passwordWasKept;
        SyncChoices choices = new SyncChoices(keep, autoMinutes.get(), Set.copyOf(outTags));
        start();
        runner.remote(() -> {
            SyncPreview found = sync.preview(login, bookName, choices);
            // asked for once: finding the store asks the operating system whether a keyring answers
            SecretStore store = keep || forget ? keyring.get() : null;
            boolean keyringFailed = keep ? !kept(store, login) : forget && !forgotten(store, login);
            boolean sessionOnly = keep && !keyringFailed && !store.keepsAfterExit();
            return new Previewed(found, keyringFailed, sessionOnly, sync.log(found.account().id(), LOG_SHOWN));
        }, done -> {
            working.set(false);
            passwordWasKept = keep;
            preview.set(done.preview());
            log.set(logLines(done.runs()));
            List<Words> words = new ArrayList<>(previewWords(done.preview()));
            if (done.keyringFailed()) {
                words.add(Words.of(keep ? "sync.keyringFailed" : "sync.keyringNotForgotten"));
            }
            if (done.sessionOnly()) {
                // no keyring answers here (or none Rapport can reach on this system): say how long it is kept
                words.add(Words.of("sync.keyringSessionOnly"));
            }
            summary.set(words);
        }, this::failed);
    }

    private record Previewed(SyncPreview preview, boolean keyringFailed, boolean sessionOnly, List<SyncRun> runs) {
    }

    /** Asks the server which address books the user has, for the user to pick one; none are kept. */
    public void findBooks() {
        URI address = address();
        if (address == null) {
            return;
        }
        SyncLogin login = new SyncLogin(address.toString(), user.get().strip(), password.get(), trustedCertificate);
        start();
        runner.remote(() -> sync.books(login), found -> {
            working.set(false);
            books.setAll(found);
            if (found.isEmpty()) {
                summary.set(List.of(Words.of("sync.books.none")));
            }
        }, this::failed);
    }

    /** Trusts the certificate the server showed (its fingerprint was on screen) and previews again. */
    public void trustCertificate() {
        String shown = untrustedCertificate.get();
        if (shown == null) {
            return;
        }
        trustedCertificate = shown;
        untrustedCertificate.set(null);
        preview();
    }

    /** Does what the preview said; the counted deletes only when {@link #confirmDeletesProperty()} is ticked. */
    public void sync() {
        SyncPreview shown = preview.get();
        if (shown == null) {
            return;
        }
        boolean confirmed = confirmDeletes.get();
        start();
        running.set(true);
        stopAsked.set(false);
        progress.set(-1);
        SyncProgress heard = new SyncProgress() {
            @Override
            public void written(int done, int total) {
                runner.onUiThread(() -> progress.set(total == 0 ? -1 : (double) done / total));
            }

            @Override
            public boolean cancelled() {
                return stopAsked.get();
            }
        };
        long accountId = shown.account().id();
        runner.remote(() -> sync.run(shown, confirmed, heard, false), report -> {
            ran();
            summary.set(reportWords(report, shown, confirmed));
            undoable.set(report.trashedHere());
            reloadLog(accountId);
            onSynced.run();
            refreshConflicts();
        }, failure -> {
            ran();
            if (failure instanceof SyncCancelledException) {
                preview.set(null);
                summary.set(List.of(Words.of("sync.stopped")));
            } else {
                failed(failure);
            }
            reloadLog(accountId);
        });
    }

    /**
     * Brings back from the trash the contacts the last run deleted here; the next sync puts them on the server
     * again.
     */
    public void undoDeletes() {
        List<Long> ids = undoable.get();
        if (ids.isEmpty()) {
            return;
        }
        start();
        runner.run(() -> sync.undoDeletes(ids), back -> {
            working.set(false);
            summary.set(List.of(Words.of("sync.undone", back)));
            onSynced.run();
        }, this::failed);
    }

    /** Asks the run under way to stop before its next write; nothing is changed in Rapport then. */
    public void stop() {
        stopAsked.set(true);
    }

    private void ran() {
        working.set(false);
        running.set(false);
        progress.set(-1);
        preview.set(null);
    }

    private void reloadLog(long accountId) {
        runner.run(() -> sync.log(accountId, LOG_SHOWN), runs -> log.set(logLines(runs)), this::failed);
    }

    /** The address as typed, or null with the error said when it is not one Rapport can use. */
    private URI address() {
        try {
            return SyncLogin.address(server.get());
        } catch (IllegalArgumentException e) {
            error.set(Words.of("sync.error.address"));
            return null;
        }
    }

    /** Keeps the password in the keyring; false when the keyring refused (the sync goes on without it). */
    private static boolean kept(SecretStore store, SyncLogin login) {
        char[] chars = login.password().toCharArray();
        try {
            store.store(SecretId.forAccount(login.serverUrl(), login.user()), chars);
            return true;
        } catch (SecretStoreException e) {
            return false;
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /** Forgets the password kept in the keyring; false when the keyring did not answer. */
    private static boolean forgotten(SecretStore store, SyncLogin login) {
        try {
            store.delete(SecretId.forAccount(login.serverUrl(), login.user()));
            return true;
        } catch (SecretStoreException e) {
            return false;
        }
    }

    private static String wiped(char[] secret) {
        try {
            return new String(secret);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private void start() {
        undoable.set(List.of());
        working.set(true);
        error.set(null);
        untrustedCertificate.set(null);
        summary.set(List.of());
    }

    private void failed(Throwable failure) {
        working.set(false);
        preview.set(null);
        error.set(wordsFor(failure));
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CardDavException e && e.reason() == CardDavException.Reason.CERTIFICATE_REFUSED) {
                untrustedCertificate.set(e.certificateSha256());
            }
        }
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

    /** The log's runs in words, newest first. */
    static List<LogLine> logLines(List<SyncRun> runs) {
        List<LogLine> lines = new ArrayList<>(runs.size());
        for (SyncRun run : runs) {
            Date when = Date.from(run.finishedAt());
            String how = run.automatic() ? "auto" : "asked";
            lines.add(switch (run.outcome()) {
                case DONE -> new LogLine(Words.of("sync.log.done", when, how, run.addedHere(), run.changedHere(),
                        run.deletedHere(), run.addedOnServer(), run.changedOnServer(), run.deletedOnServer()),
                        run.conflicts() + run.waiting() > 0
                                ? Words.of("sync.log.waiting", run.conflicts(), run.waiting()) : null);
                case FAILED -> new LogLine(Words.of("sync.log.failed", when, how),
                        Words.of(run.failure() == null ? "error.unexpected" : "sync.error." + run.failure()));
                case CANCELLED -> new LogLine(Words.of("sync.log.stopped", when, how), null);
            });
        }
        return lines;
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
            if (t instanceof StalePreviewException) {
                return Words.of("sync.error.stale");
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

    /** Minutes between automatic syncs while the window is open; 0: only when asked. */
    public IntegerProperty autoMinutesProperty() {
        return autoMinutes;
    }

    /** The intervals offered, in minutes (0: only when asked). */
    public List<Integer> autoMinuteChoices() {
        return SyncChoices.AUTO_MINUTES;
    }

    /** The address books the server said the user has (after {@link #findBooks()}), by name. */
    public ObservableList<String> books() {
        return books;
    }

    /** Every tag the user has, to choose which go out. */
    public ObservableList<String> tags() {
        return tags;
    }

    /** The tags whose contacts go out; empty: every contact. */
    public ObservableList<String> outTags() {
        return outTags;
    }

    /** Do the deletes the preview counted. */
    public BooleanProperty confirmDeletesProperty() {
        return confirmDeletes;
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working;
    }

    /** A run is under way: it can be stopped. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** The share of the run's writes on the server done, 0 to 1; -1 while that is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** Whether Preview can go: everything typed, nothing under way. */
    public BooleanBinding canPreviewBinding() {
        return canPreview;
    }

    /** Whether Find can ask the server for the address books: server, user and password typed, nothing under way. */
    public BooleanBinding canFindBooksBinding() {
        return canFindBooks;
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

    /** The fingerprint of the certificate the server showed and nobody vouches for; null when there is none. */
    public ReadOnlyStringProperty untrustedCertificateProperty() {
        return untrustedCertificate;
    }

    /** The contacts the last run moved to the trash, which Undo brings back; empty when there is nothing to undo. */
    public ReadOnlyObjectProperty<List<Long>> undoableProperty() {
        return undoable;
    }

    /** The account's last runs, newest first. */
    public ReadOnlyObjectProperty<List<LogLine>> logProperty() {
        return log;
    }
}
