package app.rapport.faults;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * Files that are not a whole Rapport database, given to every command that would write to one: each is
 * refused with one plain line on stderr and a non-zero exit, and the file is left byte for byte as it
 * was, so the user (or a recovery tool) still has everything it held.
 */
@Tag("faults")
class DamagedFileTest {
    private static final int PAGE = 4096;

    private static Fixtures fixtures;

    @BeforeAll
    static void makeFixtures() throws Exception {
        fixtures = Fixtures.get();
    }

    /** A way to spoil a copy of a good database (or to make a file that never was one). */
    private interface Damage {
        void apply(Path file) throws Exception;
    }

    private static final Damage TRUNCATED = f -> {
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(raf.length() / 2);
        }
    };
    private static final Damage GARBAGE_PAGES = f -> {
        byte[] garbage = new byte[PAGE * 8];
        new Random(12).nextBytes(garbage);
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.seek(PAGE * 2L); // after the header and the schema's first page: the header still says SQLite
            raf.write(garbage);
        }
    };
    private static final Damage TEXT = f -> Files.writeString(f, "name,email\nAnna,anna@example.com\n", UTF_8);
    private static final Damage ZERO_LENGTH = f -> Files.write(f, new byte[0]);

    private static final List<List<String>> COMMANDS = List.of(
            List.of("stats"),
            List.of("import", "--yes", "{vcard}"),
            List.of("backup"),
            List.of("export", "--format", "csv", "--out", "{dir}/out.csv"),
            List.of("export", "--format", "json", "--out", "{dir}/out.json"),
            List.of("demo", "--people", "10", "--orgs", "2"));

    @TestFactory
    Stream<DynamicTest> aTruncatedDatabaseIsRefusedAndLeftAsItWas() {
        return everyCommand("truncated database", TRUNCATED);
    }

    @TestFactory
    Stream<DynamicTest> aTextFileIsRefusedAndLeftAsItWas() {
        return everyCommand("text file", TEXT);
    }

    /** Today each command but backup refuses with the right words, but opening writes the header first. */
    @TestFactory
    Stream<DynamicTest> aDatabaseWithGarbagePagesIsRefusedAndLeftAsItWas() {
        return everyCommand("database with garbage pages", GARBAGE_PAGES);
    }

    /**
     * A zero-length file holds nothing to lose: it is what {@code touch} makes, and SQLite's own tools take
     * it as an empty database. A command that would refuse a file that does not exist yet (every one that
     * only reads) refuses it too, in one line, leaving it empty; a command that makes a new database
     * (import, demo) makes it there, with the same words, exit code and data as on a new file.
     */
    @TestFactory
    Stream<DynamicTest> aZeroLengthFileIsTakenAsANewDatabase() {
        return COMMANDS.stream().map(command -> {
            String name = "zero-length file: " + String.join(" ", command).replace("{vcard}", "contacts.vcf")
                    .replace("{dir}/", "");
            return DynamicTest.dynamicTest(name, () -> asNew(name, command));
        });
    }

    private static void asNew(String name, List<String> command) throws Exception {
        Path dir = fixtures.caseFolder(name);
        Path empty = dir.resolve("empty/rapport.db");
        Path absent = dir.resolve("absent/rapport.db");
        Files.createDirectories(empty.getParent());
        Files.createDirectories(absent.getParent());
        ZERO_LENGTH.apply(empty);

        ChildRapport.Result onEmpty = fixtures.rapport.run(args(empty, command));
        ChildRapport.Result onAbsent = fixtures.rapport.run(args(absent, command));

        assertThat(onEmpty.code()).as("exit code; stderr: %s", onEmpty.err()).isEqualTo(onAbsent.code());
        assertThat(onEmpty.err()).doesNotContain("damaged").doesNotContain("Exception").doesNotContain("\tat ");
        if (onAbsent.code() != 0) {
            assertThat(onEmpty.err()).as("one plain line").startsWith("rapport: " + empty + " is empty");
            assertThat(onEmpty.err().strip().lines().count()).isEqualTo(1);
            assertThat(Files.size(empty)).as("left as it was").isZero();
            assertThat(absent).doesNotExist();
        } else {
            assertThat(onEmpty.err().replace(empty.getParent().toString(), "DIR"))
                    .isEqualTo(onAbsent.err().replace(absent.getParent().toString(), "DIR"));
            assertThat(Snapshot.integrity(empty)).isEqualTo("ok");
            assertThat(Snapshot.of(empty).digest()).as("the same data as the new file's").isEqualTo(Snapshot.of(absent).digest());
        }
        Figures.record("damaged", "zero-length file", String.join(" ", command.subList(0, Math.min(3, command.size()))),
                onEmpty.code() == 0 ? "made a new database there, as on a new file" : onEmpty.err().strip()
                        .replace(dir.toString(), "DIR"));
        Fixtures.deleteTree(dir);
    }

    private static String[] args(Path db, List<String> command) {
        List<String> args = new java.util.ArrayList<>(List.of("--db", db.toString()));
        Path dir = db.getParent();
        command.forEach(a -> args.add(a.replace("{vcard}", fixtures.vcard.toString()).replace("{dir}", dir.toString())));
        return args.toArray(String[]::new);
    }

    private static Stream<DynamicTest> everyCommand(String damageName, Damage damage) {
        return COMMANDS.stream().map(command -> {
            String name = damageName + ": " + String.join(" ", command).replace("{vcard}", "contacts.vcf")
                    .replace("{dir}/", "");
            return DynamicTest.dynamicTest(name, () -> refused(name, damageName, damage, command));
        });
    }

    private static void refused(String name, String damageName, Damage damage, List<String> command) throws Exception {
        Path dir = fixtures.caseFolder(name);
        Path db = dir.resolve("rapport.db");
        if (damage == TRUNCATED || damage == GARBAGE_PAGES) {
            Files.copy(fixtures.database, db);
        }
        damage.apply(db);
        String before = sha256(db);
        List<String> args = new java.util.ArrayList<>(List.of("--db", db.toString()));
        command.forEach(a -> args.add(a.replace("{vcard}", fixtures.vcard.toString()).replace("{dir}", dir.toString())));

        ChildRapport.Result r = fixtures.rapport.run(args.toArray(String[]::new));

        assertThat(r.code()).as("exit code; stdout: %s", r.out()).isNotZero();
        assertThat(r.err()).as("one plain line").startsWith("rapport: ").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(sha256(db)).as("the file is byte for byte as it was").isEqualTo(before);
        assertThat(dir.resolve("out.csv")).doesNotExist();
        assertThat(dir.resolve("out.json")).doesNotExist();
        Figures.record("damaged", damageName, String.join(" ", command.subList(0, Math.min(3, command.size()))),
                r.err().strip().replace(dir.toString(), "DIR"));
        Fixtures.deleteTree(dir);
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
