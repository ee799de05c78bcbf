package app.rapport.service.backup;

import app.rapport.domain.backup.Backup;
import app.rapport.service.StorageException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a backup as soon as the database opens (marked as the start-up backup: what the database
 * held before this session changed anything) and then once a day while Rapport runs, on a daemon
 * thread of its own at low priority (never the FX thread). Whether a day has passed is asked of the
 * clock every half hour rather than waiting 24 hours, so a laptop that slept still backs up when it
 * wakes. A failure, or a copy that fails SQLite's check (the database is damaged), is logged and
 * reported once until a good backup is taken again; it never stops the app. An empty database is
 * not backed up.
 */
public final class BackupScheduler implements AutoCloseable {
    public static final Duration EVERY = Duration.ofDays(1);
    /** How often the clock is asked whether a day has passed. */
    public static final Duration CHECK = Duration.ofMinutes(30);
    private static final Logger LOG = LoggerFactory.getLogger(BackupScheduler.class);

    private final BackupService backups;
    private final Clock clock;
    private final Consumer<Throwable> onFailure;
    private final Duration check;
    private final ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "rapport-backup");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });
    private Instant last; // on the backup thread only
    private boolean failing;

    public BackupScheduler(BackupService backups, Clock clock, Consumer<Throwable> onFailure) {
        this(backups, clock, onFailure, CHECK);
    }

    /** One that asks {@code clock} every {@code check} whether a day has passed. */
    public BackupScheduler(BackupService backups, Clock clock, Consumer<Throwable> onFailure, Duration check) {
        this.backups = backups;
        this.clock = clock;
        this.onFailure = onFailure;
        this.check = check;
        // closing drops the backups still waiting, but lets one under way finish (no interrupt mid-file)
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        thread.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
    }

    /**
     * Takes the start-up backup at once (the copy holds the database's connection while it reads, so a
     * change made meanwhile waits for it), then runs {@code afterStart} on the same thread (writes the
     * app keeps from the database's state before the session, like emptying old trash), then checks
     * every half hour (or every {@code check}) whether a day has passed.
     */
    public void start(Runnable afterStart) {
        thread.execute(() -> {
            if (!backUp(true)) {
                // no good copy of the state before this session: change nothing on our own initiative
                LOG.warn("No good start-up backup: the work that waits for it is left for another start");
                return;
            }
            try {
                afterStart.run();
            } catch (RuntimeException e) {
                LOG.warn("Work after the start-up backup failed", e);
            }
        });
        thread.scheduleWithFixedDelay(this::backUpIfDue, check.toMillis(), check.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Backs up when a day has passed since the last backup this scheduler took. */
    void backUpIfDue() {
        if (last == null || !clock.instant().isBefore(last.plus(EVERY))) {
            backUp(false);
        }
    }

    void backUp() {
        backUp(false);
    }

    /** @return true when a good backup was taken, or there was nothing to back up */
    boolean backUp(boolean atStart) {
        try {
            if (backups.isEmpty()) {
                // a new or wiped database: daily empty copies would push the last good ones out of the rotation
                LOG.info("Nothing to back up yet");
                return true;
            }
            Backup taken = atStart ? backups.backUpAtStart() : backups.backUp();
            last = clock.instant();
            if (taken.damaged()) {
                report(new StorageException(StorageException.Reason.CORRUPT,
                        "The backup " + taken.file().getFileName() + " fails SQLite's check"));
                return false;
            }
            failing = false;
            return true;
        } catch (RuntimeException e) {
            LOG.error("The scheduled backup failed", e);
            report(e);
            return false;
        }
    }

    private void report(RuntimeException e) {
        if (!failing) {
            failing = true;
            try {
                onFailure.accept(e);
            } catch (RuntimeException reportFailed) {
                LOG.warn("Reporting the failed backup failed", reportFailed);
            }
        }
    }

    /** Stops scheduling and waits for a backup under way, so the database can close after it. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(60, TimeUnit.SECONDS)) {
                LOG.warn("A backup was still running when the database closed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
