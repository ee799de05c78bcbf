package app.rapport.cli;

import static app.rapport.cli.Cli.rapport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.rapport.cli.Cli.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands that only read write nothing: the file's checksum stays, no file appears beside it, and a
 * database on read-only media can still be searched and exported; commands that write say plainly
 * that the disk cannot be written.
 */
class ReadingCommandsTest {
    @TempDir
    Path dir;
    Path db;
    /** A read-only bind mount of {@code dir/media}, when this test may mount (root on Linux). */
    Path mounted;

    @BeforeEach
    void demo() {
        db = dir.resolve("media/rapport.db");
        Result r = rapport("--db", db.toString(), "demo", "--people", "30", "--orgs", "4", "--seed", "5");
        assertThat(r.code()).as(r.err()).isZero();
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            run("umount", mounted.toString());
        }
    }

    private static String hash(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static boolean run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    private static final List<List<String>> READING = List.of(
            List.of("search", "a"), List.of("stats"), List.of("due"), List.of("graph", "brokers"),
            List.of("review"), List.of("matrix"));

    @Test
    void readingCommandsLeaveTheFileByteIdentical() throws Exception {
        String before = hash(db);
        List<String> files = namesIn(db.getParent());
        for (List<String> command : READING) {
            Result r = rapport(Stream.concat(Stream.of("--db", db.toString()), command.stream()).toArray(String[]::new));
            assertThat(r.code()).as(command + ": " + r.err()).isZero();
            assertThat(hash(db)).as(command.get(0) + " changed the file").isEqualTo(before);
        }
        Result export = rapport("--db", db.toString(), "export", "--format", "csv", "--out", dir.resolve("out.csv").toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(hash(db)).isEqualTo(before);
        assertThat(namesIn(db.getParent())).isEqualTo(files);
    }

    @Test
    void aDamagedDatabaseASearchFailsOnIsLeftByteIdentical() throws Exception {
        byte[] bytes = Files.readAllBytes(db);
        int pageSize = ((bytes[16] & 0xff) << 8) | (bytes[17] & 0xff);
        for (int i = bytes.length - 4 * pageSize; i < bytes.length - pageSize; i++) {
            bytes[i] = (byte) 0x5A;
        }
        Files.write(db, bytes);
        String before = hash(db);
        Result r = rapport("--db", db.toString(), "search", "a");
        assertThat(hash(db)).as("exit " + r.code() + ": " + r.err()).isEqualTo(before);
    }

    @Test
    void aDatabaseOnReadOnlyMediaCanBeReadButNotChanged() throws Exception {
        assertThat(rapport("--db", db.toString(), "cards", "build", "--name", "Holiday").code()).isZero();
        Path media = db.getParent();
        Path ro = Files.createDirectories(dir.resolve("ro"));
        // chmod does not stop root, who runs the tests in CI: a read-only bind mount stops everyone
        assumeTrue(run("mount", "--bind", media.toString(), ro.toString()), "cannot bind-mount here (not root?)");
        mounted = ro;
        assumeTrue(run("mount", "-o", "remount,bind,ro", ro.toString()), "cannot remount read-only here");
        Path file = ro.resolve("rapport.db");
        assertThat(Files.isWritable(file)).as("really read-only").isFalse();
        String before = hash(file);

        Result search = rapport("--db", file.toString(), "search", "a");
        assertThat(search.code()).as(search.err()).isZero();
        assertThat(search.lines()).isNotEmpty();
        Result stats = rapport("--db", file.toString(), "stats");
        assertThat(stats.code()).as(stats.err()).isZero();
        assertThat(stats.out()).contains("people: 30");
        Path csv = dir.resolve("out.csv");
        Result export = rapport("--db", file.toString(), "export", "--format", "csv", "--out", csv.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(Files.readAllLines(csv)).hasSizeGreaterThan(30);
        Path json = dir.resolve("out.json");
        Result backup = rapport("--db", file.toString(), "export", "--format", "json", "--out", json.toString());
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(Files.readString(json)).contains("\"rapport-backup\"");
        Path labels = dir.resolve("labels.pdf");
        Result printed = rapport("--db", file.toString(), "cards", "pdf", "--name", "Holiday", "--layout", "list",
                "--out", labels.toString());
        assertThat(printed.code()).as("the holiday-card list prints from read-only media: " + printed.err()).isZero();
        assertThat(labels).isNotEmptyFile();

        Result imported = rapport("--db", file.toString(), "import",
                Path.of("src/test/resources/app/rapport/io/importing/vcard40.vcf").toAbsolutePath().toString(), "--yes");
        assertThat(imported.code()).isEqualTo(1);
        assertThat(imported.err()).isEqualTo("rapport: " + file + " is on a disk that cannot be written; commands that only "
                + "read it (search, stats, export) still work. To change it, copy it to a writable folder first.\n");
        assertThat(hash(file)).isEqualTo(before);
    }
}
