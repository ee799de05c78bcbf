package app.rapport.persistence.backup;

import app.rapport.persistence.PrivateFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backups that passed SQLite's check, remembered in a small text file in the backups folder
 * ({@code rapport-checked.txt} for {@code rapport.db}): one line per file with its size and time of last
 * change, so a file changed since is checked again. Kept beside the backups rather than in the
 * database, which may be the damaged one, or replaced by a restore. Losing this file costs one
 * check per backup, nothing else.
 */
final class BackupChecks {
    private static final Logger LOG = LoggerFactory.getLogger(BackupChecks.class);

    private final Path file;

    BackupChecks(Path folder, String stem) {
        this.file = folder.resolve(stem + "-checked.txt");
    }

    /** True when {@code backup} was recorded good as it is now. */
    synchronized boolean isGood(Path backup) {
        String key = fingerprint(backup);
        return key != null && key.equals(read().get(backup.getFileName().toString()));
    }

    /** Records {@code backup} as good; forgets entries of files no longer in {@code present}. */
    synchronized void recordGood(Path backup, Set<String> present) {
        String key = fingerprint(backup);
        if (key == null) {
            return;
        }
        Map<String, String> entries = read();
        entries.keySet().retainAll(present);
        entries.put(backup.getFileName().toString(), key);
        StringBuilder text = new StringBuilder();
        entries.forEach((name, k) -> text.append(name).append('\t').append(k).append('\n'));
        Path temp = null;
        try {
            temp = PrivateFiles.tempBeside(file, ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            PrivateFiles.moveIntoPlace(temp, file);
            temp = null;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not remember the check of {}; it will be checked again", backup.getFileName(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    LOG.warn("Could not delete {}", temp, e);
                }
            }
        }
    }

    private Map<String, String> read() {
        Map<String, String> entries = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return entries;
        } catch (IOException e) {
            LOG.warn("Could not read {}; backups will be checked again", file, e);
            return entries;
        }
        for (String line : lines) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                entries.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return entries;
    }

    private static String fingerprint(Path backup) {
        try {
            return Files.size(backup) + "\t" + Files.getLastModifiedTime(backup).toMillis();
        } catch (IOException e) {
            return null;
        }
    }
}
