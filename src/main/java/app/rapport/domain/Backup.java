package app.rapport.domain;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;

/** One backup file of the database: when it was taken (local time, from its name) and its size in bytes. */
public record Backup(Path file, LocalDateTime takenAt, boolean beforeRestore, long size) {
    /**
     * Newest first. Within one second the later backup has the longer name ({@code …100000.db},
     * then {@code …100000-2.db}, {@code …100000-10.db}).
     */
    public static final Comparator<Backup> NEWEST_FIRST = Comparator.comparing(Backup::takenAt)
            .thenComparingInt((Backup b) -> b.file().getFileName().toString().length())
            .thenComparing(b -> b.file().getFileName().toString())
            .reversed();

    /** Encrypted with the backups' passphrase: restoring it asks for that passphrase. */
    public boolean encrypted() {
        return BackupNames.isEncrypted(file.getFileName().toString());
    }
}
