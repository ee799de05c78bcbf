package app.rapport.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeftoversTest {
    @TempDir
    Path dir;

    private Path file(String name, Instant modified) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "x");
        Files.setLastModifiedTime(p, FileTime.from(modified));
        return p;
    }

    private List<String> names() throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void deletesOnlyOurOwnTemporariesFromBeforeThisRun() throws Exception {
        Instant old = Instant.parse("2026-11-01T10:00:00Z");
        Instant runStarted = Instant.parse("2026-11-22T10:00:00Z");
        Instant fresh = Instant.parse("2026-11-22T10:00:05Z");
        Path db = file("rapport.db", old);
        file("rapport.db-wal", old);
        file("rapport.db.lock", old);
        // a killed restore, backup, JSON export and vCard export left these
        file(".restore-8812395871234.db", old);
        file(".restore-8812395871234.db-journal", old);
        file(".restore-8812395871234.db.lock", old);
        file(".rapport.db-9912345678.db", old);
        file(".restore-rapport.db-123456789012.db", old);
        file(".contacts.json-5512345678.json", old);
        file(".contacts.vcf4455667788.part", old);
        file("backups/.rapport-2026-11-21T101500.db-7712345678.db", old);
        file("backups/.rapport-2026-11-21T101500.db-7712345678.db-journal", old);
        // ours, but written after this run started: maybe another Rapport at work
        file(".restore-1234567.db", fresh);
        file("backups/.rapport-2026-11-22T101500.db-1234567.db", fresh);
        // not ours, or not temporary
        file(".hidden-notes.txt", old);
        file(".my-2024.db", old); // a hidden database of the user's, not a temporary name
        file(".restore-notes.db", old);
        file("song.part", old);
        file("backups/rapport-2026-11-21T101500.db", old);
        file("backups/rapport-checked.txt", old);

        assertThat(Leftovers.clean(db, runStarted)).isEqualTo(9);
        assertThat(names()).containsExactly(
                ".hidden-notes.txt", ".my-2024.db", ".restore-1234567.db", ".restore-notes.db",
                "backups/.rapport-2026-11-22T101500.db-1234567.db", "backups/rapport-2026-11-21T101500.db",
                "backups/rapport-checked.txt", "rapport.db", "rapport.db-wal", "rapport.db.lock", "song.part");
    }
}
