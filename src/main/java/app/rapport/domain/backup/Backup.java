package app.rapport.domain.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;

/**
 * One backup file of the database: when it was taken (local time, from its name), why, whether it
 * passed SQLite's check, and its size in bytes.
 */
public record Backup(Path file, LocalDateTime takenAt, Kind kind, Health health, long size) {

    /** Why the backup was taken; each kind is kept by a rule of its own (see {@link BackupRotation}). */
    public enum Kind {
        /** daily, or Back up now */
        REGULAR,
        /** as Rapport opened the database: what it held before this session changed anything */
        AT_START,
        /** just before a restore replaced the data */
        BEFORE_RESTORE
    }

    /** What SQLite's check of the copy said. */
    public enum Health {
        /** checked and sound: it counts as a good backup */
        GOOD,
        /** a copy of a damaged database: never counted as a good backup */
        DAMAGED,
        /** not checked yet (taken by an older Rapport): checked before rotation may count it */
        UNCHECKED
    }

    /**
     * Newest first. Within one second the later backup has the longer name ({@code …100000.db},
     * then {@code …100000-2.db}, {@code …100000-10.db}).
     */
    public static final Comparator<Backup> NEWEST_FIRST = Comparator.comparing(Backup::takenAt)
            .thenComparingInt((Backup b) -> b.file().getFileName().toString().length())
            .thenComparing(b -> b.file().getFileName().toString())
            .reversed();

    public boolean beforeRestore() {
        return kind == Kind.BEFORE_RESTORE;
    }

    public boolean good() {
        return health == Health.GOOD;
    }

    public boolean damaged() {
        return health == Health.DAMAGED;
    }

    public Backup withHealth(Health checked) {
        return new Backup(file, takenAt, kind, checked, size);
    }

    public Backup withFile(Path moved) {
        return new Backup(moved, takenAt, kind, health, size);
    }

    /** Encrypted with the backups' passphrase: restoring it asks for that passphrase. */
    public boolean encrypted() {
        return BackupNames.isEncrypted(file.getFileName().toString());
    }
}
