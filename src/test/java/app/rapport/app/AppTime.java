package app.rapport.app;

import app.rapport.service.backup.BackupScheduler;
import java.time.Clock;
import java.time.Duration;

/**
 * For window scenarios: the clock the services of a database opened from now on read, and how often
 * its daily backup asks that clock whether a day has passed (see {@link Services}).
 */
public final class AppTime {
    private AppTime() {
    }

    public static void use(Clock clock, Duration backupCheck) {
        Services.appClock = clock;
        Services.backupCheck = backupCheck;
    }

    /** The system's clock, asked every half hour, as outside the tests. */
    public static void reset() {
        Services.appClock = Clock.systemUTC();
        Services.backupCheck = BackupScheduler.CHECK;
    }
}
