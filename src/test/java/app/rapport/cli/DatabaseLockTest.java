package app.rapport.cli;

import static app.rapport.cli.Cli.rapport;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.cli.Cli.Result;
import app.rapport.launch.Launcher;
import app.rapport.persistence.Database;
import app.rapport.testing.DatabaseContents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One open database, one user of it, whatever name a second one uses: a real second process (a child
 * JVM running the command line) reaching the file through a hard link or a symbolic link while this
 * test holds it open is refused and changes nothing, and gets in once it is closed.
 */
class DatabaseLockTest {
    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void demo() {
        db = dir.resolve("rapport.db");
        Result r = rapport("--db", db.toString(), "demo", "--people", "40", "--orgs", "5", "--seed", "7");
        assertThat(r.code()).as(r.err()).isZero();
    }

    record Child(int code, String out, String err) {
    }

    /** {@code rapport ARGS} in a JVM of its own, as a second Rapport started by the user would be. */
    private Child child(String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-Djava.awt.headless=true",
                "-Drapport.data.dir=" + dir.resolve("child-data"), "-cp", classPath, Launcher.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("child.out");
        Path err = dir.resolve("child.err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the child Rapport did not finish: " + command);
        }
        return new Child(p.exitValue(), Files.readString(out, UTF_8), Files.readString(err, UTF_8));
    }

    private static String integrity(Path file) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             var rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void aSecondProcessThroughAHardLinkIsRefusedWhileTheDatabaseIsOpen() throws Exception {
        Path hard = Files.createLink(dir.resolve("hard.db"), db);
        Path cards = Path.of("src/test/resources/app/rapport/io/importing/vcard40.vcf").toAbsolutePath();
        try (Database open = Database.open(db)) {
            Map<String, List<List<Object>>> before = DatabaseContents.of(open);

            Child stats = child("--db", hard.toString(), "stats");
            assertThat(stats.code()).as(stats.out()).isEqualTo(1);
            assertThat(stats.err()).isEqualTo("rapport: " + hard + " is open in another Rapport; close it and try again.\n");

            Child imported = child("--db", hard.toString(), "import", cards.toString(), "--yes");
            assertThat(imported.code()).as(imported.out()).isEqualTo(1);
            assertThat(imported.err()).contains("is open in another Rapport");

            assertThat(DatabaseContents.of(open)).isEqualTo(before);
            assertThat(Files.exists(dir.resolve("hard.db-wal"))).as("no second write-ahead log beside the link").isFalse();
        }
        assertThat(integrity(db)).isEqualTo("ok");
        Child later = child("--db", hard.toString(), "stats");
        assertThat(later.code()).as("free once closed: " + later.err()).isZero();
        assertThat(later.out()).contains("people: 40");
    }

    @Test
    void restoreThroughASymbolicLinkIsRefusedWhileTheDatabaseIsOpen() throws Exception {
        Path json = dir.resolve("backup.json");
        assertThat(rapport("--db", db.toString(), "export", "--format", "json", "--out", json.toString()).code()).isZero();
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path link = Files.createSymbolicLink(elsewhere.resolve("link.db"), db);
        try (Database open = Database.open(db)) {
            open.jdbi().useHandle(h -> h.execute("UPDATE contact SET notes = 'changed since the backup'"));
            Map<String, List<List<Object>>> before = DatabaseContents.of(open);

            Child restore = child("--db", link.toString(), "restore", json.toString(), "--yes");
            assertThat(restore.code()).as(restore.out()).isEqualTo(1);
            assertThat(restore.err()).isEqualTo("rapport: " + link + " is open in another Rapport; close it and try again.\n");

            assertThat(DatabaseContents.of(open)).as("the open database did not switch data").isEqualTo(before);
        }
        assertThat(integrity(db)).isEqualTo("ok");
    }

    @Test
    void theSameFileUnderAnotherNameIsRefusedInTheSameProcessToo() throws Exception {
        Path hard = Files.createLink(dir.resolve("hard.db"), db);
        Path link = Files.createSymbolicLink(dir.resolve("link.db"), db);
        try (Database open = Database.open(db)) {
            for (Path other : List.of(hard, link, dir.resolve("sub/../rapport.db"))) {
                Files.createDirectories(dir.resolve("sub"));
                Result r = rapport("--db", other.toString(), "search", "a");
                assertThat(r.code()).as(other + ": " + r.out()).isEqualTo(1);
                assertThat(r.err()).contains("is open in another Rapport; close it and try again.");
            }
        }
    }

    @Test
    void restoringTheDatabaseOntoItselfThroughALinkIsRefusedAsTheDatabase() throws Exception {
        Path hard = Files.createLink(dir.resolve("hard.db"), db);
        Result r = rapport("--db", db.toString(), "restore", hard.toString(), "--yes");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("rapport: " + hard + " is the database itself; choose a backup.\n");
    }

    /**
     * The lock is a POSIX record lock, which the process loses when it closes any descriptor of the file:
     * attempts in this process to open, restore from or import the open file under another name must be
     * refused without reading it, and another process must still be kept out afterwards.
     */
    @Test
    void refusedAttemptsInThisProcessDoNotReleaseTheLock() throws Exception {
        Path hard = Files.createLink(dir.resolve("hard.db"), db);
        Path other = dir.resolve("other.db");
        try (Database open = Database.open(db)) {
            assertThat(rapport("--db", hard.toString(), "stats").err()).contains("is open in another Rapport");
            assertThat(rapport("--db", hard.toString(), "search", "a").err()).contains("is open in another Rapport");
            assertThat(rapport("--db", other.toString(), "restore", hard.toString(), "--yes").err())
                    .contains(hard + " is open in another Rapport");
            Result imported = rapport("--db", other.toString(), "import", hard.toString(), "--yes");
            assertThat(imported.out()).contains("problem: hard.db: ");
            var backups = new app.rapport.persistence.backup.SqliteBackupStore(open);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> backups.prepare(hard))
                    .isInstanceOf(app.rapport.service.backup.BackupException.class).hasMessageContaining("the open database itself");

            Child stats = child("--db", hard.toString(), "stats");
            assertThat(stats.err()).as("still locked for other processes").contains("is open in another Rapport");
            assertThat(stats.code()).isEqualTo(1);
        }
    }
}
