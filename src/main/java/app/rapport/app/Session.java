package app.rapport.app;

import app.rapport.demo.DemoMatrix;
import app.rapport.demo.DemoNetwork;
import app.rapport.domain.language.UserContext;
import app.rapport.persistence.DataFolder;
import app.rapport.service.DataChanges;
import app.rapport.service.StorageException;
import app.rapport.service.backup.BackupException;
import app.rapport.service.backup.RestoreOutcome;
import app.rapport.ui.common.TaskRunner;
import app.rapport.ui.welcome.WelcomeViewModel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open database and what changes it as a whole: opening (in the background), the demo, restore
 * (the same file opened afresh), the user's language, and the signal that its data changed. It holds
 * no window; it tells its {@link Listener} (the window) what happened, on the FX thread.
 */
final class Session {
    /** What the window does when the session changes. */
    interface Listener {
        /** {@code services} is the database now worked on ({@code demo}: the demo's). */
        void using(Services services, boolean demo);

        /** The database is open and ready; {@code greet}: it is empty and not the demo. */
        void opened(boolean greet);

        /** The database goes (restore): nothing of it may stay clickable. */
        void closing();

        /** A restore finished and the database reopened. */
        void restored(RestoreOutcome outcome);

        /** The file cannot be used. */
        void cannotOpen(Path file, Throwable failure);

        /** The daily backup failed (already logged). */
        void backupFailed(Throwable failure);

        /** Work ran into a damaged database (said once per opened database). */
        void damaged();

        /** The window's language is now {@code language}. */
        void languageChanged(Locale language);
    }

    private static final Logger LOG = LoggerFactory.getLogger(Session.class);
    private static final long DEMO_SEED = 2026;

    private final DataFolder folder;
    private final Path startDatabase;
    private final TaskRunner runner;
    private final DataChanges changes = new DataChanges();
    private Listener listener;
    /** Written on the FX thread; read by background scoring to stop when another database is opened. */
    private volatile Services services;
    private volatile Services preparedDemo;
    private boolean demo;
    /** The damage message is shown (once per opened database). */
    private boolean damageShown;
    /** Where the language chosen in Settings is kept, on this computer. */
    private final LanguagePreference preference;
    /** Who the window works for: the language it speaks and names sort in, the user's country; replaced on a change. */
    private volatile UserContext user;
    /** The language chosen in Settings, or null for the computer's. */
    private Locale chosenLanguage;

    /**
     * @param user who the window starts working for
     * @param chosenLanguage the one chosen in Settings, or null for the computer's
     */
    Session(DataFolder folder, Path startDatabase, TaskRunner runner, LanguagePreference preference, UserContext user,
            Locale chosenLanguage) {
        this.folder = folder;
        this.startDatabase = startDatabase;
        this.runner = runner;
        this.preference = preference;
        this.user = user;
        this.chosenLanguage = chosenLanguage;
    }

    void setListener(Listener listener) {
        this.listener = listener;
    }

    /** What the window works on now (null before a database is open and while one reopens). */
    Services services() {
        return services;
    }

    boolean demo() {
        return demo;
    }

    Locale language() {
        return user.language();
    }

    /** Who the window works for now. */
    UserContext user() {
        return user;
    }

    /** The language chosen in Settings, or null for the computer's. */
    Locale chosenLanguage() {
        return chosenLanguage;
    }

    /** Told of every change to the open database's data that more than one area shows. */
    DataChanges changes() {
        return changes;
    }

    /** Opens the database the app was started with. */
    void openStart() {
        open(startDatabase, false);
    }

    /** Opens a database off the FX thread; an empty one (not the demo) is greeted first. */
    private void open(Path file, boolean demo) {
        UserContext opening = user; // names sort in the window's language, numbers are read in the user's country
        runner.run(() -> {
            Services s = Services.open(file, opening);
            try {
                Runnable emptyOldTrash = () -> {
                    int purged = s.contacts().emptyOldTrash();
                    if (purged > 0) {
                        LOG.info("Emptied {} contacts from the trash", purged);
                    }
                };
                if (demo) {
                    emptyOldTrash.run();
                } else {
                    // the start-up backup first, before anything (old trash included) changes; it holds the
                    // connection while it copies, so a change the user makes meanwhile waits for it
                    s.startBackupSchedule(f -> runner.onUiThread(() -> listener.backupFailed(f)), emptyOldTrash);
                }
                return new Opened(s, s.contacts().isEmpty());
            } catch (RuntimeException e) {
                s.close();
                throw e;
            }
        }, opened -> {
            LOG.info("Database ready {} ms after the JVM started", uptime());
            use(opened.services(), demo);
            listener.opened(!demo && opened.empty());
        }, failure -> listener.cannotOpen(file, failure));
    }

    private record Opened(Services services, boolean empty) {
    }

    private void use(Services next, boolean demo) {
        Services previous = services;
        services = next;
        damageShown = false;
        this.demo = demo;
        if (previous != null && previous != next) {
            close(previous);
        }
        listener.using(next, demo);
    }

    /** Runs off the FX thread: opens the demo file and fills it the first time; {@link #useDemo} shows it. */
    void prepareDemo(LongConsumer written) {
        UserContext preparing = user;
        Services prepared = Services.open(folder.demoDatabase(), preparing);
        try {
            // a preparation stopped part way (the app was closed or killed) is finished, not shown half made
            var unfinished = prepared.settings().unfinishedDemo().flatMap(DemoNetwork.Unfinished::parse);
            if (unfinished.isPresent() || prepared.contacts().isEmpty()) {
                if (unfinished.isPresent()) {
                    DemoNetwork.resume(prepared.contactRepository(), unfinished.get(), preparing.language(),
                            (done, total) -> written.accept(done), () -> false);
                } else {
                    DemoNetwork.fill(prepared.contactRepository(), (int) WelcomeViewModel.DEMO_PEOPLE,
                            (int) WelcomeViewModel.DEMO_ORGANISATIONS, DEMO_SEED, DemoNetwork.REFERENCE,
                            preparing.language(), (done, total) -> written.accept(done), () -> false);
                }
                DemoMatrix.fill(prepared.contacts(), prepared.cooperation(), DEMO_SEED);
                prepared.settings().clearUnfinishedDemo();
            }
            preparedDemo = prepared;
        } catch (RuntimeException e) {
            prepared.close();
            throw e;
        }
    }

    /** The demo prepared is the database worked on now. */
    void useDemo() {
        use(preparedDemo, true);
        preparedDemo = null;
    }

    /** Back from the demo to the user's own database. */
    void leaveDemo() {
        open(startDatabase, false);
    }

    /** After a restore the same file opens afresh through the usual path, so no view or cache shows the old data. */
    void reopenAfterRestore(RestoreOutcome outcome) {
        Services restored = services;
        services = null;
        listener.closing();
        runner.run(() -> {
            restored.close();
            return null;
        }, closed -> {
            open(restored.file(), demo);
            listener.restored(outcome);
        }, failure -> listener.cannotOpen(restored.file(), failure));
    }

    /**
     * Settings ▸ language: the choice is kept (a file, written off the FX thread), names re-sorted and new
     * envelopes worded in it; then the user context is replaced by one speaking it and the window is told
     * to speak it. The user's country stays.
     *
     * @param chosen the language chosen, or null for the computer's
     */
    void chooseLanguage(Locale chosen, Consumer<Throwable> onFailure) {
        Services open = services;
        UserContext before = user;
        runner.run(() -> {
            preference.choose(chosen);
            UserContext next = before.withLanguage(preference.locale());
            if (open != null) {
                open.use(next); // names re-sorted, new envelopes and merged notes worded in the new language
            }
            return next;
        }, next -> {
            chosenLanguage = chosen;
            user = next;
            listener.languageChanged(next.language());
        }, onFailure::accept);
    }

    /**
     * Recomputes every score in the background once the list is up (queued after its first page), unless
     * they were computed today already, so the list's Score column and the map's node sizes reflect today;
     * {@code onUpdated} hears how many were computed.
     */
    void rescore(IntConsumer onUpdated) {
        Services scored = services;
        // once a day is enough: opening the same database again the same day costs nothing. The list is
        // not reloaded afterwards (that would take the form from someone who had just begun typing); the
        // Score column shows the new values with the next search, sort or change.
        runner.run(() -> scored.scores().isStale() ? scored.scores().recomputeAll(() -> services != scored) : -1,
                count -> {
                    if (services != scored) {
                        return;
                    }
                    if (count >= 0) {
                        onUpdated.accept(count);
                    }
                    // the day's indicators are kept even when the Dashboard is not opened: no gaps in history
                    runner.run(() -> scored.dashboard().snapshot(), values -> { },
                            failure -> LOG.warn("Keeping today's indicators failed", failure));
                }, failure -> LOG.warn("Scoring failed", failure));
    }

    /** Any background work that ran into a damaged database: said once per opened database. */
    void watchForDamage(Throwable failure) {
        if (services != null && !damageShown && isDamage(failure)) {
            listener.damaged();
        }
    }

    /** The damage is shown to the user now (from the watch or from a failed backup's message). */
    void damageShown() {
        damageShown = true;
    }

    /**
     * Whether the open database's own storage failed for {@code reason}; a backup the user chose that
     * failed is not the database's failure (it says so itself).
     */
    static boolean hasReason(Throwable failure, StorageException.Reason reason) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BackupException) {
                return false;
            }
            if (t instanceof StorageException se) {
                return se.reason() == reason;
            }
        }
        return false;
    }

    static boolean isDamage(Throwable failure) {
        return hasReason(failure, StorageException.Reason.CORRUPT);
    }

    /** The app ends: the database closes after the work queued before (the window's place, say). */
    void close() {
        Services last = services;
        if (last != null) {
            // the workspace's clocks (automatic sync, the calendar file) stop before the runner does
            listener.closing();
            runner.run(() -> {
                last.close();
                return null;
            }, done -> { }, failure -> { });
        }
    }

    /** Milliseconds since the JVM started, for the start-up lines of the log. */
    static long uptime() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
    }

    private void close(Services previous) {
        runner.run(() -> {
            previous.close();
            return null;
        }, done -> { }, failure -> LOG.warn("Closing {} failed", previous.file(), failure));
    }
}
