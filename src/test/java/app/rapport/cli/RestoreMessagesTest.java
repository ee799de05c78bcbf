package app.rapport.cli;

import static app.rapport.cli.Cli.rapport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.rapport.cli.Cli.Result;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed restore says which file is at fault, and never calls a good backup damaged. */
class RestoreMessagesTest {
    @TempDir
    Path dir;
    Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            run("umount", mounted.toString());
        }
    }

    private static boolean run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    private static String hash(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static void demo(Path db, int people) {
        Result r = rapport("--db", db.toString(), "demo", "--people", "" + people, "--orgs", "10", "--seed", "11");
        assertThat(r.code()).as(r.err()).isZero();
    }

    private static Path jsonOf(Path db, Path json) {
        Result r = rapport("--db", db.toString(), "export", "--format", "json", "--out", json.toString());
        assertThat(r.code()).as(r.err()).isZero();
        return json;
    }

    @Test
    void aHandEditedDateIsRefusedNamingTheRecordAndField() throws Exception {
        Path source = dir.resolve("source.db");
        demo(source, 20);
        String text = Files.readString(jsonOf(source, dir.resolve("backup.json")));
        // the first contact row: [id,"PERSON",...] with its created_at replaced
        Matcher created = Pattern.compile("\"(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z)\"").matcher(text);
        assertThat(created.find()).isTrue();
        Path edited = dir.resolve("edited.json");
        Files.writeString(edited, text.substring(0, created.start()) + "\"not-a-date\"" + text.substring(created.end()));

        Path db = dir.resolve("rapport.db");
        demo(db, 5);
        String before = hash(db);
        Result r = rapport("--db", db.toString(), "restore", edited.toString(), "--yes");
        assertThat(r.code()).as(r.out()).isEqualTo(1);
        assertThat(r.err()).startsWith("rapport: " + edited + " holds a value Rapport cannot use (")
                .containsPattern("\\((\\w+) id \\d+, field \\w+_at: \"not-a-date\" is not a date and time")
                .endsWith("; nothing was changed. Correct it or use another backup.\n");
        assertThat(hash(db)).isEqualTo(before);
        assertThat(rapport("--db", db.toString(), "search", "a").code()).isZero();
    }

    @Test
    void aWrongTypeInANumberColumnIsRefusedToo() throws Exception {
        Path source = dir.resolve("source.db");
        demo(source, 10);
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var backup = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(jsonOf(source, dir.resolve("b.json")).toFile());
        for (var table : backup.get("tables")) {
            if (table.get("name").asText().equals("contact")) {
                int archived = 0;
                while (!table.get("columns").get(archived).asText().equals("archived")) {
                    archived++;
                }
                ((com.fasterxml.jackson.databind.node.ArrayNode) table.get("rows").get(0)).set(archived, "yes");
            }
        }
        Path edited = dir.resolve("edited.json");
        mapper.writeValue(edited.toFile(), backup);
        Path db = dir.resolve("rapport.db");
        Result r = rapport("--db", db.toString(), "restore", edited.toString(), "--yes");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).containsPattern("\\(contact id \\d+, field archived: \"yes\" is not a whole number\\)");
    }

    @Test
    void aBackupThatIsOpenInAnotherRapportIsNamedNotTheDatabase() throws Exception {
        Path other = dir.resolve("other.db");
        demo(other, 5);
        Path db = dir.resolve("rapport.db");
        demo(db, 5);
        try (app.rapport.persistence.Database open = app.rapport.persistence.Database.open(other)) {
            Result r = rapport("--db", db.toString(), "restore", other.toString(), "--yes");
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).isEqualTo("rapport: " + other + " is open in another Rapport; close it and try again.\n");
        }
    }

    @Test
    void restoringAGoodBackupOnAFullDiskSaysTheDiskIsFullAndTheBackupIsFine() throws Exception {
        Path json = jsonOf(prepared(dir.resolve("source.db"), 600), dir.resolve("backup.json"));
        Path disk = Files.createDirectories(dir.resolve("disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", disk.toString()), "cannot mount a tmpfs here (not root?)");
        mounted = disk;
        Path db = disk.resolve("rapport.db");
        demo(db, 5);
        fillLeaving(disk, 800 * 1024); // room for the schema, not for the rows: where a full disk was called a damaged backup
        String before = hash(db);
        List<String> files = namesIn(disk);

        Result r = rapport("--db", db.toString(), "restore", json.toString(), "--yes");
        assertThat(r.code()).as(r.out()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("rapport: the disk holding " + disk + " is full, so " + json + " could not be restored. "
                + "The backup itself is fine and nothing was changed; free some space and try again.\n");
        assertThat(hash(db)).isEqualTo(before);
        assertThat(namesIn(disk)).as("no temporary file left").isEqualTo(files);

        Files.delete(disk.resolve("filler"));
        Result again = rapport("--db", db.toString(), "restore", json.toString(), "--yes");
        assertThat(again.code()).as("the same backup restores once there is room: " + again.err()).isZero();
    }

    private static Path prepared(Path db, int people) {
        demo(db, people);
        return db;
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Fills the disk with one file, then gives back {@code free} bytes. */
    private static void fillLeaving(Path disk, int free) throws IOException {
        Path filler = disk.resolve("filler");
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            // the disk is full
        }
        try (var channel = java.nio.channels.FileChannel.open(filler, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(Math.max(0, channel.size() - free));
        }
    }
}
