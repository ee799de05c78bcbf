package app.rapport.cli;

import static app.rapport.cli.Cli.rapport;
import static app.rapport.testing.ContactBuilder.person;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.app.Services;
import app.rapport.cli.Cli.Result;
import app.rapport.domain.interactions.Direction;
import app.rapport.domain.interactions.Interaction;
import app.rapport.domain.interactions.InteractionType;
import app.rapport.persistence.DataFolder;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command that writes a file the user names refuses the open database (by any name), its
 * working files, its backups and any other Rapport database, and leaves the database byte for byte
 * as it was; devices and pipes are written in place; links are written through.
 */
class OutputGuardCliTest {
    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void seed() {
        System.setProperty(DataFolder.OVERRIDE_PROPERTY, dir.resolve("data").toString());
        db = dir.resolve("rapport.db").toAbsolutePath();
        try (Services s = Services.open(db)) {
            long anna = s.contactRepository().insert(person("Anna", "Schmidt")
                    .address("Hauptstr. 5", "10115", "Berlin", "DE").build());
            long clara = s.contactRepository().insert(person("Clara", "Chen")
                    .address("Lindenweg 2", "20095", "Hamburg", "DE").build());
            s.interactions().log(Interaction.with(InteractionType.BUSINESS, LocalDateTime.now().minusMonths(1),
                    Direction.MUTUAL, "", anna, clara));
        }
        Result built = rapport("cards", "build", "--name", "Holiday 2026", "--db", db.toString());
        assertThat(built.code()).as(built.err()).isZero();
    }

    @AfterEach
    void clear() {
        System.clearProperty(DataFolder.OVERRIDE_PROPERTY);
    }

    /** Every command line that writes a file the user names, with {@code OUT} where the file goes. */
    static Stream<List<String>> writers() {
        return Stream.of(
                List.of("export", "--format", "csv", "--out", "OUT"),
                List.of("export", "--format", "vcard", "--out", "OUT"),
                List.of("export", "--format", "json", "--out", "OUT"),
                List.of("graph", "export", "--format", "graphml", "--out", "OUT"),
                List.of("graph", "export", "--format", "png", "--size", "300x200", "--out", "OUT"),
                List.of("brief", "Anna Schmidt", "--out", "OUT"),
                List.of("cards", "pdf", "--name", "Holiday 2026", "--layout", "list", "--out", "OUT"),
                List.of("cards", "pdf", "--name", "Holiday 2026", "--layout", "avery-l7160", "--out", "OUT"),
                List.of("cards", "csv", "--name", "Holiday 2026", "--out", "OUT"),
                List.of("backup", "--out", "OUT"),
                List.of("backup", "--format", "json", "--out", "OUT"));
    }

    private Result run(List<String> command, Path out) {
        List<String> args = new ArrayList<>(List.of("--db", db.toString()));
        command.forEach(a -> args.add(a.equals("OUT") ? out.toString() : a));
        return rapport(args.toArray(String[]::new));
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            digest.update(in.readAllBytes());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Runs {@code command} into {@code out}; it must fail with {@code words} and leave the database as it was. */
    private void refused(List<String> command, Path out, String words) throws Exception {
        String before = sha256(db);
        Result r = run(command, out);
        assertThat(r.code()).as(command + " " + r.out()).isEqualTo(1);
        assertThat(r.err()).as(String.valueOf(command)).startsWith("rapport: cannot write ").contains(words)
                .doesNotContain("Exception").hasLineCount(1);
        assertThat(sha256(db)).as(command + " left the database as it was").isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("writers")
    void theOpenDatabaseIsRefusedByItsNameAHardLinkAndASymbolicLink(List<String> command) throws Exception {
        Path hard = Files.createLink(dir.resolve("hard.db"), db);
        Path soft = Files.createSymbolicLink(dir.resolve("soft.db"), db);
        for (Path out : List.of(db, hard, soft)) {
            refused(command, out, "that file is the database Rapport has open. Nothing was written");
        }
        assertThat(Files.isSymbolicLink(soft)).isTrue();
        assertThat(Files.isSameFile(hard, db)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("writers")
    void itsWorkingFilesAreRefused(List<String> command) throws Exception {
        for (String suffix : List.of("-wal", "-shm", "-journal", ".lock")) {
            Path companion = Path.of(db + suffix);
            byte[] before = Files.exists(companion) ? Files.readAllBytes(companion) : null;
            refused(command, companion, "one of the working files SQLite keeps beside a Rapport database");
            if (before == null) {
                assertThat(companion).as("nothing made under the name %s", companion).doesNotExist();
            } else {
                assertThat(Files.readAllBytes(companion)).isEqualTo(before);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("writers")
    void theBackupsFolderAndOtherRapportDatabasesAreRefused(List<String> command) throws Exception {
        Result backup = rapport("--db", db.toString(), "backup");
        assertThat(backup.code()).as(backup.err()).isZero();
        Path taken = Path.of(backup.out().strip());
        String takenSha = sha256(taken);
        refused(command, taken, "that folder holds Rapport\u2019s backups");
        refused(command, taken.resolveSibling("new.csv"), "that folder holds Rapport\u2019s backups");
        assertThat(taken.resolveSibling("new.csv")).doesNotExist();

        Path elsewhere = Files.copy(taken, dir.resolve("old-copy.db"));
        refused(command, elsewhere, "that file is a Rapport database or backup");
        assertThat(sha256(taken)).isEqualTo(takenSha);
        assertThat(sha256(elsewhere)).isEqualTo(takenSha);
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "vcard", "json"})
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void devNullStaysADeviceAndTakesTheExport(String format) throws Exception {
        Path devNull = nullDevice();
        Result r = rapport("--db", db.toString(), "export", "--format", format, "--out", devNull.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("written to " + devNull);
        assertThat(fileType(devNull)).isEqualTo(CHARACTER_DEVICE);
    }

    /**
     * /dev/null, except for root: root may replace /dev/null itself (the old code did, and the whole
     * machine lost its /dev/null), so it gets a null device of its own in the test's folder.
     */
    private Path nullDevice() throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            return Path.of("/dev/null");
        }
        Path own = dir.resolve("null");
        Process mknod = new ProcessBuilder("mknod", own.toString(), "c", "1", "3").inheritIO().start();
        assertThat(mknod.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(mknod.exitValue()).isZero();
        return own;
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "json"})
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aPipeStaysAPipeAndItsReaderGetsTheBytes(String format) throws Exception {
        Path pipe = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(mkfifo.exitValue()).isZero();
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(pipe)) {
                return in.readAllBytes();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            Result r = rapport("--db", db.toString(), "export", "--format", format, "--out", pipe.toString());
            assertThat(r.code()).as(r.err()).isZero();
            String received = new String(read.get(30, TimeUnit.SECONDS), UTF_8);
            assertThat(received).contains("Schmidt").contains("Chen");
            assertThat(fileType(pipe)).isEqualTo(FIFO);
        } finally {
            if (!read.isDone() && fileType(pipe) == FIFO) {
                Files.newOutputStream(pipe).close(); // lets a reader still waiting for a writer finish
            }
        }
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws Exception {
        Path real = Files.writeString(dir.resolve("real.csv"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real.getFileName());
        Result r = rapport("--db", db.toString(), "export", "--format", "csv", "--out", link.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("Schmidt");
    }

    @ParameterizedTest
    @MethodSource("writers")
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void everyOutputIsReadableByItsOwnerOnly(List<String> command) throws Exception {
        Path out = dir.resolve("out.file");
        Result r = run(command, out);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
    }

    @Test
    void anExistingFileIsReplacedWholeAndBecomesPrivate() throws Exception {
        Path out = Files.writeString(dir.resolve("contacts.csv"), "an older export");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r--r--"));
        Result r = rapport("--db", db.toString(), "export", "--format", "csv", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out)).contains("Schmidt").doesNotContain("older");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".contacts.csv"));
        }
    }

    private static final int CHARACTER_DEVICE = 0020000;
    private static final int FIFO = 0010000;

    private static int fileType(Path file) throws Exception {
        return (Integer) Files.getAttribute(file, "unix:mode") & 0170000;
    }
}
