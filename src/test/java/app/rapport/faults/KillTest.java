package app.rapport.faults;

import app.rapport.faults.KillSweep.Output;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * Every command that writes, killed with SIGKILL at moments spread over its run: the database stays
 * whole and holds the data from before or from after, never a mix; outputs are old or whole.
 * Run alone with {@code mvn test -Dgroups=faults}.
 */
@Tag("faults")
class KillTest {
    /** Where in a run the kills land, as fractions of the time from the JVM being up to the reference run's end. */
    private static final double[] SPREAD = {0.2, 0.5, 0.8, 0.98};
    private static final double[] SHORT_SPREAD = {0.3, 0.7, 0.98};
    private static final long KB = 1024;

    private static Fixtures fixtures;

    @BeforeAll
    static void makeFixtures() throws Exception {
        fixtures = Fixtures.get();
    }

    private static KillSweep sweep(String name, Output output, java.util.function.Function<KillSweep.Case, List<String>> args) {
        return new KillSweep(fixtures, name, fixtures.database, output, args);
    }

    private static List<String> rapport(KillSweep.Case c, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--db", c.db().toString()));
        all.addAll(List.of(args));
        return all;
    }

    @TestFactory
    Stream<DynamicTest> importOfAVCardFile() throws Exception {
        return sweep("import vCard", Output.NONE, c -> rapport(c, "import", "--yes", fixtures.vcard.toString()))
                .killedAt(SPREAD,
                KillSweep.walReaches(64 * KB), KillSweep.walReaches(1024 * KB),
                KillSweep.Point.pause("import:committed"));
    }

    @TestFactory
    Stream<DynamicTest> importOfACsvFile() throws Exception {
        return sweep("import CSV", Output.NONE, c -> rapport(c, "import", "--yes", fixtures.csv.toString()))
                .killedAt(SPREAD,
                KillSweep.walReaches(64 * KB), KillSweep.walReaches(1024 * KB),
                KillSweep.Point.pause("import:committed"));
    }

    @TestFactory
    Stream<DynamicTest> restoreFromADatabaseBackup() throws Exception {
        return sweep("restore .db", Output.NONE, c -> rapport(c, "restore", "--yes", fixtures.backup.toString()))
                .killedAt(SPREAD,
                KillSweep.temporaryFile(0), KillSweep.temporaryFile(1024 * KB), KillSweep.backupAppears());
    }

    @TestFactory
    Stream<DynamicTest> restoreFromAJsonBackup() throws Exception {
        return sweep("restore JSON", Output.NONE, c -> rapport(c, "restore", "--yes", fixtures.jsonBackup.toString()))
                .killedAt(SPREAD,
                KillSweep.temporaryFile(0), KillSweep.temporaryFile(1024 * KB), KillSweep.backupAppears());
    }

    @TestFactory
    Stream<DynamicTest> backupIntoTheBackupsFolder() throws Exception {
        return sweep("backup", Output.NONE, c -> rapport(c, "backup")).killedAt(SHORT_SPREAD,
                KillSweep.temporaryFile(0), KillSweep.temporaryFile(2048 * KB), KillSweep.backupAppears());
    }

    @TestFactory
    Stream<DynamicTest> backupToAFile() throws Exception {
        return sweep("backup --out", Output.NEW_DATABASE, c -> rapport(c, "backup", "--out", c.out().toString()))
                .killedAt(SHORT_SPREAD,
                KillSweep.temporaryFile(0), KillSweep.temporaryFile(2048 * KB));
    }

    @TestFactory
    Stream<DynamicTest> jsonBackupToAFile() throws Exception {
        return sweep("backup --format json --out", Output.NEW_JSON,
                c -> rapport(c, "backup", "--format", "json", "--out", c.out().toString())).killedAt(SHORT_SPREAD,
                KillSweep.temporaryFile(0), KillSweep.temporaryFile(1024 * KB));
    }

    @TestFactory
    Stream<DynamicTest> exportAsVCard4() throws Exception {
        return sweep("export vcard", Output.FILE, c -> rapport(c, "export", "--format", "vcard", "--out", c.out().toString()))
                .killedAt(SHORT_SPREAD,
                KillSweep.temporaryFile(0), KillSweep.temporaryFile(200 * KB));
    }

    @TestFactory
    Stream<DynamicTest> exportAsVCard3() throws Exception {
        return sweep("export vcard3", Output.FILE, c -> rapport(c, "export", "--format", "vcard3", "--out", c.out().toString()))
                .killedAt(SHORT_SPREAD,
                KillSweep.temporaryFile(0), KillSweep.temporaryFile(200 * KB));
    }

    @TestFactory
    Stream<DynamicTest> exportAsCsv() throws Exception {
        return sweep("export csv", Output.FILE, c -> rapport(c, "export", "--format", "csv", "--out", c.out().toString()))
                .killedAt(SHORT_SPREAD,
                KillSweep.temporaryFile(0), KillSweep.temporaryFile(100 * KB));
    }

    @TestFactory
    Stream<DynamicTest> exportAsJson() throws Exception {
        return sweep("export json", Output.JSON, c -> rapport(c, "export", "--format", "json", "--out", c.out().toString()))
                .killedAt(SHORT_SPREAD,
                KillSweep.temporaryFile(0), KillSweep.temporaryFile(1024 * KB));
    }

    /** Today nothing removes them: each kill can leave a hidden copy as large as the database. */
    @Disabled("until a database's open removes the temporary files a killed run left (another branch adds it)")
    @TestFactory
    Stream<DynamicTest> theNextOpenRemovesWhatAKilledRunLeft() {
        return Stream.of(
                sweep("restore .db", Output.NONE, c -> rapport(c, "restore", "--yes", fixtures.backup.toString()))
                        .nextOpenRemovesWhatTheKillLeft(KillSweep.temporaryFile(1024 * KB)),
                sweep("restore JSON", Output.NONE, c -> rapport(c, "restore", "--yes", fixtures.jsonBackup.toString()))
                        .nextOpenRemovesWhatTheKillLeft(KillSweep.temporaryFile(1024 * KB)),
                sweep("backup", Output.NONE, c -> rapport(c, "backup"))
                        .nextOpenRemovesWhatTheKillLeft(KillSweep.temporaryFile(2048 * KB)),
                sweep("export json", Output.JSON, c -> rapport(c, "export", "--format", "json", "--out", c.out().toString()))
                        .nextOpenRemovesWhatTheKillLeft(KillSweep.temporaryFile(1024 * KB)));
    }
}
