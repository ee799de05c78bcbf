package app.rapport.domain.backup;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of backup files: {@code rapport-2026-11-22T101500.db} for the database {@code rapport.db},
 * {@code -start} for the copy taken as Rapport opened it, {@code -before-restore} for the copy taken
 * before a restore, {@code -damaged} for a copy that failed SQLite's check (so the mark travels with
 * the file, and a file manager shows it too), {@code -2}, {@code -3}… when two fall in the same
 * second. The database's own name comes first so backups of several databases can share a folder
 * without mixing; the time is local, as the user reads it, and sorts as text.
 * An encrypted backup has {@link #ENCRYPTED} after that: {@code rapport-2026-11-22T101500.db.enc}.
 */
public final class BackupNames {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmmss");
    private static final String BEFORE_RESTORE = "-before-restore";
    private static final String AT_START = "-start";
    private static final String DAMAGED = "-damaged";
    /** Appended to the name of a backup that is encrypted. */
    public static final String ENCRYPTED = ".enc";

    /** What a backup's name says. */
    public record Parsed(LocalDateTime takenAt, Backup.Kind kind, boolean damaged) {
        public boolean beforeRestore() {
            return kind == Backup.Kind.BEFORE_RESTORE;
        }
    }

    private BackupNames() {
    }

    /** The stem of a database file: {@code rapport} for {@code rapport.db}. */
    public static String stemOf(String databaseFileName) {
        int dot = databaseFileName.lastIndexOf('.');
        return dot > 0 ? databaseFileName.substring(0, dot) : databaseFileName;
    }

    /** The name of a regular or before-restore backup; {@code attempt} 1 has no number. */
    public static String of(String stem, LocalDateTime takenAt, boolean beforeRestore, int attempt) {
        return of(stem, takenAt, beforeRestore ? Backup.Kind.BEFORE_RESTORE : Backup.Kind.REGULAR, false, attempt);
    }

    /** The name of a backup; {@code attempt} 1 has no number, later attempts avoid a name already taken. */
    public static String of(String stem, LocalDateTime takenAt, Backup.Kind kind, boolean damaged, int attempt) {
        return stem + "-" + STAMP.format(takenAt.withNano(0)) + marker(kind) + (damaged ? DAMAGED : "")
                + (attempt > 1 ? "-" + attempt : "") + ".db";
    }

    private static String marker(Backup.Kind kind) {
        return switch (kind) {
            case REGULAR -> "";
            case AT_START -> AT_START;
            case BEFORE_RESTORE -> BEFORE_RESTORE;
        };
    }

    /** What {@code fileName} says if it is a backup of the database with this stem. */
    public static Optional<Parsed> parse(String stem, String fileName) {
        return match(Pattern.quote(stem), fileName);
    }

    /** What {@code fileName} says if it is named like a backup of any database (a file the user chose). */
    public static Optional<Parsed> parseAny(String fileName) {
        return match(".+", fileName);
    }

    /** Whether a backup's name says it is encrypted. */
    public static boolean isEncrypted(String fileName) {
        return fileName.endsWith(ENCRYPTED);
    }

    private static Optional<Parsed> match(String stemPattern, String fileName) {
        Matcher m = Pattern.compile(stemPattern + "-(\\d{4}-\\d{2}-\\d{2}T\\d{6})(" + BEFORE_RESTORE + "|" + AT_START
                + ")?(" + DAMAGED + ")?(?:-\\d+)?\\.db(?:" + Pattern.quote(ENCRYPTED) + ")?").matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        Backup.Kind kind = m.group(2) == null ? Backup.Kind.REGULAR
                : m.group(2).equals(AT_START) ? Backup.Kind.AT_START : Backup.Kind.BEFORE_RESTORE;
        try {
            return Optional.of(new Parsed(LocalDateTime.parse(m.group(1), STAMP), kind, m.group(3) != null));
        } catch (DateTimeParseException e) {
            return Optional.empty(); // 2026-13-45: looks like ours, but is not
        }
    }
}
