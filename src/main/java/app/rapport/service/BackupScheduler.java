package app.rapport.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a backup soon after the database opens and then once a day while Rapport runs, on a daemon
 * thread of its own (never the FX thread). Whether a day has passed is asked of the clock every
 * half hour rather than waiting 24 hours, so a laptop that slept still backs up when it wakes.
 * A failure is logged and reported once until a backup succeeds again; it never stops the app. An
 * empty database is not backed up.
 */
public final class BackupScheduler implements AutoCloseable {
    public static final Duration EVERY = Duration.ofDays(1);
    /** Not at once: the first seconds belong to showing the contacts. */
    public static final Duration FIRST_AFTER = Duration.ofSeconds(30);
    private static final Duration CHECK = Duration.ofMinutes(30);
    private static final Logger LOG = LoggerFactory.getLogger(BackupScheduler.class);

    private final BackupService backups;
    private final Clock clock;
    private final Consumer<Throwable> onFailure;
    private final ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "rapport-backup");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });
    private Instant last; // on the backup thread only
    private boolean failing;

    public BackupScheduler(BackupService backups, Clock clock, Consumer<Throwable> onFailure) {
        this.backups = backups;
        this.clock = clock;
        this.onFailure = onFailure;
        // closing drops the backups still waiting, but lets one under way finish (no interrupt mid-file)
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        thread.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
    }

    public void start() {
        start(FIRST_AFTER);
    }

    void start(Duration firstAfter) {
        thread.schedule(this::backUp, firstAfter.toMillis(), TimeUnit.MILLISECONDS);
        thread.scheduleWithFixedDelay(this::backUpIfDue, firstAfter.plus(CHECK).toMillis(), CHECK.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Backs up when a day has passed since the last backup this scheduler took. */
    void backUpIfDue() {
        if (last == null || !clock.instant().isBefore(last.plus(EVERY))) {
            backUp();
        }
    }

    void backUp() {
        try {
            if (backups.isEmpty()) {
                // a new or wiped database: daily empty copies would push the last good ones out of the rotation
                LOG.info("Nothing to back up yet");
                return;
            }
            backups.backUp();
            last = clock.instant();
            failing = false;
        } catch (RuntimeException e) {
            LOG.error("The scheduled backup failed", e);
            if (!failing) {
                failing = true;
                try {
                    onFailure.accept(e);
                } catch (RuntimeException reportFailed) {
                    LOG.warn("Reporting the failed backup failed", reportFailed);
                }
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
