package app.rapport.domain;

/**
 * How many backups rotation keeps: the newest of each of the last {@code keepDaily} days and
 * {@code keepWeekly} weeks that have a backup, and the last {@code keepBeforeRestore} copies taken
 * just before a restore (so an unwanted restore can be undone even after more backups that day).
 */
public record BackupSettings(int keepDaily, int keepWeekly, int keepBeforeRestore) {
    public static final int DEFAULT_DAILY = 7;
    public static final int DEFAULT_WEEKLY = 4;
    public static final BackupSettings DEFAULTS = new BackupSettings(DEFAULT_DAILY, DEFAULT_WEEKLY, 3);

    public BackupSettings {
        if (keepDaily < 0 || keepWeekly < 0 || keepBeforeRestore < 0) {
            throw new IllegalArgumentException("Backup counts cannot be negative");
        }
    }
}
