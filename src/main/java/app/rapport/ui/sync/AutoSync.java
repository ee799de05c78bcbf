package app.rapport.ui.sync;

import app.rapport.domain.sync.SyncAccount;
import app.rapport.io.sync.CardDavException;
import app.rapport.io.sync.SecretId;
import app.rapport.io.sync.SecretStore;
import app.rapport.io.sync.SecretStoreException;
import app.rapport.service.sync.StalePreviewException;
import app.rapport.service.sync.SyncCancelledException;
import app.rapport.service.sync.SyncReport;
import app.rapport.service.sync.SyncService;
import app.rapport.ui.common.DialogService.Words;
import app.rapport.ui.common.TaskRunner;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Syncs the accounts the user set to sync by themselves: once soon after the window opens and then every few
 * minutes, as each account asks, with the password kept in the keyring. Such a run does no deletes (they wait for
 * the user in the Sync dialog) and keeps Rapport's value of a conflict, as a run asked for does; what it did, or
 * why it did not finish, goes to the status bar in words and to the sync log. The window calls {@link #tick} (FX
 * thread); the runs go on the task runner's remote lane, one at a time, and none while the Sync dialog is open.
 */
public final class AutoSync {
    private final SyncService sync;
    private final TaskRunner runner;
    private final Supplier<SecretStore> keyring;
    private final Clock clock;
    private final Consumer<List<Words>> say;
    private final Runnable onSynced;
    private boolean running;
    private boolean paused;

    /**
     * @param say      shows the words of what the runs did, one message a run
     * @param onSynced called when a run changed something here, for the window to show it
     */
    public AutoSync(SyncService sync, TaskRunner runner, Supplier<SecretStore> keyring, Clock clock,
            Consumer<List<Words>> say, Runnable onSynced) {
        this.sync = sync;
        this.runner = runner;
        this.keyring = keyring;
        this.clock = clock;
        this.say = say;
        this.onSynced = onSynced;
    }

    /** While the Sync dialog is open, its user runs the syncs. */
    public void setPaused(boolean paused) {
        this.paused = paused;
    }

    /**
     * Runs the accounts due now, or at start every account set to sync by itself.
     *
     * @return whether runs were started (false: one is still under way, the dialog is open, or none is due)
     */
    public boolean tick(boolean atStart) {
        if (running || paused) {
            return false;
        }
        running = true;
        Instant now = clock.instant();
        runner.remote(() -> {
            List<Ran> ran = new ArrayList<>();
            for (SyncAccount account : sync.accounts()) {
                if (account.autoMinutes() > 0 && (atStart || account.autoDue(now))) {
                    ran.add(run(account));
                }
            }
            return ran;
        }, ran -> {
            running = false;
            boolean changed = false;
            for (Ran r : ran) {
                if (!r.words().isEmpty()) {
                    say.accept(r.words());
                }
                changed |= r.changedHere();
            }
            if (changed) {
                onSynced.run();
            }
        }, failure -> {
            running = false;
            say.accept(List.of(Words.of(app.rapport.ui.common.UserMessages.keyFor(failure))));
        });
        return true;
    }

    /** What one account's run did, in words. */
    private record Ran(List<Words> words, boolean changedHere) {
    }

    /** One account's run, off the FX thread. */
    private Ran run(SyncAccount account) {
        String host = host(account);
        Optional<char[]> password = Optional.empty();
        if (account.passwordKept()) {
            try {
                password = keyring.get().read(SecretId.forAccount(account.serverUrl(), account.userName()));
            } catch (SecretStoreException e) {
                password = Optional.empty();
            }
        }
        if (password.isEmpty()) {
            return new Ran(List.of(Words.of("sync.auto.noPassword", host)), false);
        }
        char[] secret = password.get();
        try {
            SyncService.Automatic ran = sync.runAutomatically(account, new String(secret));
            SyncReport r = ran.report();
            List<Words> words = new ArrayList<>();
            words.add(Words.of("sync.auto.done", host, r.addedHere(), r.changedHere(), r.addedOnServer(),
                    r.changedOnServer()));
            if (ran.deletesWaiting() > 0) {
                words.add(Words.of("sync.auto.deletesWaiting", ran.deletesWaiting()));
            }
            if (!r.conflicts().isEmpty()) {
                words.add(Words.of("sync.done.conflicts", r.conflicts().size()));
            }
            return new Ran(words, r.addedHere() + r.changedHere() > 0);
        } catch (CardDavException e) {
            return new Ran(List.of(Words.of("sync.auto.failed", host), SyncViewModel.wordsFor(e)), false);
        } catch (StalePreviewException | SyncCancelledException e) {
            // another run of the account finished meanwhile: it did the work
            return new Ran(List.of(), false);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private static String host(SyncAccount account) {
        try {
            String host = URI.create(account.serverUrl()).getHost();
            return host == null ? account.serverUrl() : host;
        } catch (IllegalArgumentException e) {
            return account.serverUrl();
        }
    }
}
