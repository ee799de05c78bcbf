package app.rapport.faults;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Commands that write, on a disk that fills up under them (a real tmpfs of a few MB): each says the
 * disk is full, in those words and without blaming the file, exits non-zero, and leaves the data and
 * any earlier output as they were, with no partial file under a real name and no temporary file using
 * the space.
 */
@Tag("faults")
class DiskFullTest {
    private static final long KB = 1024;
    private static final int DISK_MB = 16;

    private static Fixtures fixtures;

    @BeforeAll
    static void makeFixtures() throws Exception {
        fixtures = Fixtures.get();
    }

    /** The database on the small disk, which is then filled to {@code free} bytes; the command runs there. */
    private void onFullDisk(String name, long free, List<String> command) throws Exception {
        Path dir = fixtures.caseFolder("disk full " + name);
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), DISK_MB)) {
            Path db = disk.dir().resolve("rapport.db");
            Files.copy(fixtures.database, db);
            Snapshot.State before = Snapshot.of(db);
            disk.fillLeaving(free);

            ChildRapport.Result r = fixtures.rapport.run(args(db, command, disk.dir()));

            Files.delete(disk.dir().resolve("filler"));
            saysTheDiskIsFull(r);
            assertThat(Snapshot.integrity(db)).isEqualTo("ok");
            assertThat(Snapshot.of(db).digest()).as("the data is as before").isEqualTo(before.digest());
            noPartialOrTemporaryFiles(disk.dir());
            KillSweep.opensWithRapport(db);
            Figures.record("disk full", name, free / KB + " KB free", r.err().strip().replace(dir.toString(), "DIR"));
        }
        Fixtures.deleteTree(dir);
    }

    /** The database elsewhere, the output on the full disk, where an earlier export already is. */
    private void outputOnFullDisk(String name, long free, List<String> command, boolean outExistsBefore) throws Exception {
        Path dir = fixtures.caseFolder("disk full " + name);
        Path db = dir.resolve("rapport.db");
        Files.copy(fixtures.database, db);
        Snapshot.State before = Snapshot.of(db);
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), DISK_MB)) {
            Path out = disk.dir().resolve("out");
            if (outExistsBefore) {
                Files.writeString(out, KillSweep.OLD_OUTPUT, UTF_8);
            }
            disk.fillLeaving(free);

            ChildRapport.Result r = fixtures.rapport.run(args(db, command, disk.dir()));

            Files.delete(disk.dir().resolve("filler"));
            saysTheDiskIsFull(r);
            assertThat(r.err()).as("the output's disk is full, not the database's").doesNotContain(db.toString());
            if (outExistsBefore) {
                assertThat(out).as("the earlier export is kept").hasContent(KillSweep.OLD_OUTPUT);
            } else {
                assertThat(out).as("no partial copy under the real name").doesNotExist();
            }
            noPartialOrTemporaryFiles(disk.dir());
            assertThat(Snapshot.of(db).digest()).as("the data is as before").isEqualTo(before.digest());
            Figures.record("disk full", name, free / KB + " KB free", r.err().strip().replace(dir.toString(), "DIR"));
        }
        Fixtures.deleteTree(dir);
    }

    private static String[] args(Path db, List<String> command, Path disk) {
        List<String> args = new ArrayList<>(List.of("--db", db.toString()));
        command.forEach(a -> args.add(a.replace("{disk}", disk.toString())));
        return args.toArray(String[]::new);
    }

    private static void saysTheDiskIsFull(ChildRapport.Result r) {
        assertThat(r.code()).as("exit code; stdout %s", r.out()).isNotZero();
        assertThat(r.err()).startsWith("rapport: ").containsIgnoringCase("full")
                .doesNotContain("damaged").doesNotContain("Exception");
        assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
    }

    /** A failed write leaves no visible half file and gives its space back. */
    private static void noPartialOrTemporaryFiles(Path disk) throws Exception {
        for (Path backup : KillSweep.visibleDatabases(disk.resolve("backups"))) {
            assertThat(Snapshot.integrity(backup)).as("integrity of %s", backup.getFileName()).isEqualTo("ok");
        }
        List<String> hidden = new ArrayList<>();
        for (Path folder : List.of(disk, disk.resolve("backups"))) {
            if (Files.isDirectory(folder)) {
                try (var files = Files.list(folder)) {
                    files.filter(p -> p.getFileName().toString().startsWith(".")).forEach(p -> hidden.add(p.toString()));
                }
            }
        }
        assertThat(hidden).as("temporary files left on the full disk").isEmpty();
    }

    @Test
    void importOntoAFullDisk() throws Exception {
        onFullDisk("import", 300 * KB, List.of("import", "--yes", fixtures.vcard.toString()));
    }

    @Test
    void backupOntoAFullDisk() throws Exception {
        onFullDisk("backup", 1024 * KB, List.of("backup"));
    }

    @Test
    void restoreOfADatabaseBackupOntoAFullDisk() throws Exception {
        onFullDisk("restore .db, no room for the safety copy", 1024 * KB, List.of("restore", "--yes", fixtures.backup.toString()));
    }

    @Test
    void restoreOfADatabaseBackupWithRoomOnlyForTheSafetyCopy() throws Exception {
        long room = Files.size(fixtures.database) + 512 * KB;
        onFullDisk("restore .db, room for the safety copy only", room, List.of("restore", "--yes", fixtures.backup.toString()));
    }

    /** Today: "other.json is damaged or incomplete", and a user may throw a good backup away. */
    @Test
    void restoreOfAJsonBackupOntoAFullDisk() throws Exception {
        onFullDisk("restore JSON, no room for the safety copy", 1024 * KB,
                List.of("restore", "--yes", fixtures.jsonBackup.toString()));
    }

    @Test
    void restoreOfAJsonBackupWithRoomOnlyForTheSafetyCopy() throws Exception {
        long room = Files.size(fixtures.database) + 512 * KB;
        onFullDisk("restore JSON, room for the safety copy only", room,
                List.of("restore", "--yes", fixtures.jsonBackup.toString()));
    }

    /** Today: "the disk holding …/rapport.db is full", though that disk has room and the output's has none. */
    @Test
    void backupToAFileOnAFullDisk() throws Exception {
        outputOnFullDisk("backup --out", 1024 * KB, List.of("backup", "--out", "{disk}/out"), false);
    }

    /** Today: "the disk holding …/rapport.db is full", though that disk has room and the output's has none. */
    @Test
    void jsonBackupToAFileOnAFullDisk() throws Exception {
        outputOnFullDisk("backup --format json --out", 512 * KB,
                List.of("backup", "--format", "json", "--out", "{disk}/out"), false);
    }

    @Test
    void vCardExportOntoAFullDisk() throws Exception {
        outputOnFullDisk("export vcard", 64 * KB, List.of("export", "--format", "vcard", "--out", "{disk}/out"), true);
    }

    @Test
    void csvExportOntoAFullDisk() throws Exception {
        outputOnFullDisk("export csv", 32 * KB, List.of("export", "--format", "csv", "--out", "{disk}/out"), true);
    }

    /** Today: "the disk holding …/rapport.db is full", though that disk has room and the output's has none. */
    @Test
    void jsonExportOntoAFullDisk() throws Exception {
        outputOnFullDisk("export json", 512 * KB, List.of("export", "--format", "json", "--out", "{disk}/out"), true);
    }
}
