package app.rapport.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rapport's own hidden temporary files that a killed run left behind (a restore's prepared copy, a
 * backup or JSON export under way, a partial export beside the database), up to the database's size
 * each. Only names Rapport itself makes are touched, and only files older than this run and not
 * changed for an hour: another Rapport (the command line on another database in the same folder)
 * may be writing one right now.
 */
public final class Leftovers {
    /** Younger files may belong to a Rapport still running. */
    static final Duration QUIET = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(Leftovers.class);
    private static final String COMPANION = "(?:-journal|-wal|-shm|\\.lock)?";

    private Leftovers() {
    }

    /** Deletes the leftovers beside {@code database} and in its backups folder; logs and returns how many. */
    public static int clean(Path database) {
        Instant runStarted = Instant.ofEpochMilli(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
        Instant quietSince = Instant.now().minus(QUIET);
        return clean(database, runStarted.isBefore(quietSince) ? runStarted : quietSince);
    }

    /** Deletes the leftovers last changed before {@code olderThan}. */
    static int clean(Path database, Instant olderThan) {
        Path file = database.toAbsolutePath();
        String name = Pattern.quote(file.getFileName().toString());
        List<Pattern> beside = List.of(
                Pattern.compile("\\.restore-\\d+\\.db" + COMPANION),          // RestoreCopy
                Pattern.compile("\\." + name + "-\\d+\\.db" + COMPANION),     // JsonBackup's snapshot
                Pattern.compile("\\..+-\\d+\\.json"),                          // a JSON backup being written
                Pattern.compile("\\..+\\d{6,}\\.part"),                        // AtomicFile (exports)
                Pattern.compile("\\..+\\d{6,}\\.tmp"));                        // PdfFile
        List<Pattern> inBackups = List.of(
                Pattern.compile("\\..+-\\d+\\.db" + COMPANION),                // OnlineBackup.copy
                Pattern.compile("\\..+-\\d+\\.tmp"));                          // BackupChecks
        int deleted = clean(file.getParent(), beside, olderThan, file) + clean(DataFolder.backupsOf(file), inBackups,
                olderThan, file);
        if (deleted > 0) {
            LOG.info("Deleted {} temporary files left by an earlier run", deleted);
        }
        return deleted;
    }

    private static int clean(Path folder, List<Pattern> patterns, Instant olderThan, Path database) {
        if (folder == null || !Files.isDirectory(folder)) {
            return 0;
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
