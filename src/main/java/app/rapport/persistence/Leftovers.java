package app.rapport.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rapport's own hidden temporary files that a killed run left behind (a restore's prepared copy, a
 * backup or JSON export under way, a partial export beside the database), up to the database's size
 * each. Only names Rapport itself makes are touched (a dot, then a name, then the long random number
 * Java gives temporary files), and only files last changed before this run started. Those named after
 * the database (its backups' copies, its restore's prepared copy) cannot belong to another running
 * Rapport, since this one holds the database's lock; a partial export into the same folder by another
 * Rapport started earlier could, and that export then fails with its own message (nothing of the
 * user's is lost: an export leaves its target as it was).
 */
public final class Leftovers {
    private static final Logger LOG = LoggerFactory.getLogger(Leftovers.class);
    private static final String COMPANION = "(?:-journal|-wal|-shm|\\.lock)?";
    /** Java's temporary names end in a random unsigned long: nine digits or more but for 1 in 10^10. */
    private static final String RANDOM = "\\d{9,}";

    private Leftovers() {
    }

    /** Deletes the leftovers beside {@code database} and in its backups folder; logs and returns how many. */
    public static int clean(Path database) {
        return clean(database, Instant.ofEpochMilli(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()));
    }

    /** Deletes the leftovers last changed before {@code olderThan}. */
    static int clean(Path database, Instant olderThan) {
        Path file = database.toAbsolutePath();
        String name = Pattern.quote(file.getFileName().toString());
        List<Pattern> beside = List.of(
                Pattern.compile("\\.restore-(?:" + name + "-)?\\d+\\.db" + COMPANION), // RestoreCopy (and older builds')
                Pattern.compile("\\..+-" + RANDOM + "\\.db" + COMPANION),             // JSON snapshots
                Pattern.compile("\\..+-?" + RANDOM + "\\.(?:json|part|tmp|enc)"));   // outputs being written
        List<Pattern> inBackups = List.of(
                Pattern.compile("\\..+-" + RANDOM + "\\.db" + COMPANION),             // OnlineBackup.copy
                Pattern.compile("\\..+-" + RANDOM + "\\.tmp"),                        // BackupChecks
                Pattern.compile("\\..+-" + RANDOM + "\\.enc"));                       // encrypted backups being sealed
        int deleted = clean(file.getParent(), beside, olderThan, file) + clean(DataFolder.backupsOf(file), inBackups,
                olderThan, file);
        if (deleted > 0) {
            LOG.info("Deleted {} temporary files left by an earlier run", deleted);
        }
        return deleted;
    }

    private static int clean(Path folder, List<Pattern> patterns, Instant olderThan, Path database) {
        if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder)) {
            return 0; // read-only media: nothing can be left there, nor removed
        }
        int deleted = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                String n = p.getFileName().toString();
                if (p.equals(database) || patterns.stream().noneMatch(pattern -> pattern.matcher(n).matches())
                        || !Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try {
                    if (Files.getLastModifiedTime(p).toInstant().isBefore(olderThan) && Files.deleteIfExists(p)) {
                        deleted++;
                    }
                } catch (IOException e) {
                    LOG.warn("Could not delete the leftover {}", p, e);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not look for leftovers in {}", folder, e);
        }
        return deleted;
    }
}
