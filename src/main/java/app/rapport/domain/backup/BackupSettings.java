package app.rapport.domain.backup;

/**
 * How many backups rotation keeps: the newest of each of the last {@code keepDaily} days and
 * {@code keepWeekly} weeks that have a good backup, the last {@code keepBeforeRestore} copies taken
 * just before a restore (so an unwanted restore can be undone even after more backups that day), and
 * the last {@code keepAtStart} copies taken as Rapport opened the database (what it held before each
 * of the last sessions changed anything).
 */
public record BackupSettings(int keepDaily, int keepWeekly, int keepBeforeRestore, int keepAtStart) {
    public static final int DEFAULT_DAILY = 7;
    public static final int DEFAULT_WEEKLY = 4;
    public static final int DEFAULT_AT_START = 7;
    public static final BackupSettings DEFAULTS = new BackupSettings(DEFAULT_DAILY, DEFAULT_WEEKLY, 3, DEFAULT_AT_START);

    public BackupSettings {
        if (keepDaily < 0 || keepWeekly < 0 || keepBeforeRestore < 0 || keepAtStart < 0) {
            throw new IllegalArgumentException("Backup counts cannot be negative");
        }
    }

    public BackupSettings(int keepDaily, int keepWeekly, int keepBeforeRestore) {
        this(keepDaily, keepWeekly, keepBeforeRestore, DEFAULT_AT_START);
    }
}
