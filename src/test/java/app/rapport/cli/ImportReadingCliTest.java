package app.rapport.cli;

import static app.rapport.cli.Cli.rapport;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.cli.Cli.Result;
import app.rapport.io.importing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line says about files people really have. */
class ImportReadingCliTest {
    @TempDir
    Path dir;

    @Test
    void aDryRunIntoADatabaseThatDoesNotExistYetPlansAndCreatesNothing() throws Exception {
        // a first try before any database: "rapport --db new.rapport import contacts.csv --dry-run"
        Path db = dir.resolve("new.rapport");
        Result r = rapport("--db", db.toString(), "import", Fixtures.file("thunderbird.csv").toString(), "--dry-run");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.lines()).contains("read: thunderbird.csv: thunderbird, UTF-8, 3 records");
        assertThat(r.lines()).anyMatch(l -> l.startsWith("plan: 3 to add, 0 to merge, 0 to skip"));
        assertThat(r.lines().get(r.lines().size() - 1)).isEqualTo(
                "import: dry run into a new database at " + db + "; nothing was written.");
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aJsonBackupGivenToImportPointsToRestore() throws Exception {
        // "rapport backup --json" writes this; a user then tries "rapport import" on it
        Path backup = dir.resolve("rapport-backup.json");
        Files.writeString(backup, "{\"format\":\"rapport-backup\",\"formatVersion\":1,\"tables\":[]}");
        Result r = rapport("--db", dir.resolve("data.rapport").toString(), "import", backup.toString(), "--dry-run");
        assertThat(r.code()).isNotZero();
        assertThat(r.out()).contains("This is a Rapport backup, not a contacts file. To bring it back, use rapport restore.");
    }

    @Test
    void theDateOrderCanBeChosen() throws Exception {
        // an Outlook CSV from the UK where every birthday's day is 12 or less
        Path csv = dir.resolve("uk.csv");
        Files.writeString(csv, "First Name,Last Name,E-mail Address,Birthday\nAnna,Berg,,03/04/1982\n");
        Result auto = rapport("--db", dir.resolve("a.rapport").toString(), "import", csv.toString(), "--dry-run");
        assertThat(auto.out()).as(auto.err()).contains("they were read");
        Result chosen = rapport("--db", dir.resolve("a.rapport").toString(), "import", csv.toString(), "--dry-run",
                "--date-order", "day-first");
        assertThat(chosen.code()).as(chosen.err()).isZero();
        assertThat(chosen.out()).doesNotContain("they were read");
        Result wrong = rapport("--db", dir.resolve("a.rapport").toString(), "import", csv.toString(), "--dry-run",
                "--date-order", "backwards");
        assertThat(wrong.code()).isNotZero();
        assertThat(wrong.err()).contains("--date-order must be auto, day-first or month-first");
    }
}
