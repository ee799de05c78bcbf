package app.rapport.cli;

import static app.rapport.cli.Cli.rapport;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.app.Services;
import app.rapport.cli.Cli.Result;
import app.rapport.testing.DatabaseContents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BackupCliTest {
    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("rapport.db").toAbsolutePath();
    }

    @BeforeEach
    void demo() {
        Result r = rapport("--db", db().toString(), "demo", "--people", "60", "--orgs", "8", "--seed", "3");
        assertThat(r.code()).as(r.err()).isZero();
    }

    private List<String> backupsFolder() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void backupWritesIntoTheBackupsFolderBesideTheDatabaseAndPrintsThePath() throws Exception {
        Result r = rapport("--db", db().toString(), "backup");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        Path written = Path.of(r.out().strip());
        assertThat(written.getParent()).isEqualTo(dir.resolve("backups"));
        assertThat(written.getFileName().toString()).matches("rapport-\\d{4}-\\d{2}-\\d{2}T\\d{6}(-\\d+)?\\.db");
        assertThat(DatabaseContents.of(written)).isEqualTo(DatabaseContents.of(db()));

        rapport("--db", db().toString(), "backup");
        assertThat(backupsFolder()).as("rotation keeps one a day").hasSize(1);
    }

    @Test
    void backupOutWritesThatFileAndRefusesToOverwrite() throws Exception {
        Path copy = dir.resolve("copy.db").toAbsolutePath();
        Result r = rapport("--db", db().toString(), "backup", "--out", copy.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(copy + "\n");
        assertThat(DatabaseContents.of(copy)).isEqualTo(DatabaseContents.of(db()));

        byte[] before = Files.readAllBytes(copy);
        Result again = rapport("--db", db().toString(), "backup", "--out", copy.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("rapport: cannot write " + copy + ": that file is a Rapport database or "
                + "backup, and Rapport never writes over one. Nothing was written; choose another file.\n");
        assertThat(Files.readAllBytes(copy)).isEqualTo(before);

        Path notes = Files.writeString(dir.resolve("notes.txt").toAbsolutePath(), "Call Anna");
        Result overNotes = rapport("--db", db().toString(), "backup", "--out", notes.toString());
        assertThat(overNotes.code()).isEqualTo(1);
        assertThat(overNotes.err()).isEqualTo("rapport: " + notes + " already exists; choose another file.\n");
        assertThat(Files.readString(notes)).isEqualTo("Call Anna");
    }

    @Test
    void jsonBackupAndRestoreGiveBackTheSameData() throws Exception {
        Map<String, List<List<Object>>> original = DatabaseContents.of(db());
        Path json = dir.resolve("rapport.json").toAbsolutePath();
        Result export = rapport("--db", db().toString(), "backup", "--format", "json", "--out", json.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(Files.readString(json)).startsWith("{\"format\":\"rapport-backup\",\"formatVersion\":1");

        Path other = dir.resolve("other/restored.db").toAbsolutePath();
        Result restore = rapport("--db", other.toString(), "restore", json.toString(), "--yes");
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).isEqualTo("restore: " + other + " now holds the 68 contacts of " + json
                + "; it held 0 contacts.\n");
        assertThat(DatabaseContents.of(other)).isEqualTo(original);
    }

    @Test
    void restoreReplacesTheDataAndSaysWhereTheReplacedDataIs() throws Exception {
        Path copy = dir.resolve("copy.db").toAbsolutePath();
        rapport("--db", db().toString(), "backup", "--out", copy.toString());
        Map<String, List<List<Object>>> atBackup = DatabaseContents.of(db());
        rapport("--db", db().toString(), "demo", "--people", "10", "--orgs", "1", "--seed", "9", "--force");

        Result r = rapport("--db", db().toString(), "restore", copy.toString(), "--yes");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("restore: " + db() + " now holds the 68 contacts of " + copy
                + "; it held 79 contacts, kept in " + dir.resolve("backups") + "/rapport-").endsWith("-before-restore.db.\n");
        assertThat(DatabaseContents.of(db())).isEqualTo(atBackup);
        assertThat(backupsFolder()).singleElement().asString().endsWith("-before-restore.db");
    }

    @Test
    void restoreAsksForYesWhenItCannotAskAndChangesNothing() throws Exception {
        Path copy = dir.resolve("copy.db").toAbsolutePath();
        rapport("--db", db().toString(), "backup", "--out", copy.toString());
        rapport("--db", db().toString(), "demo", "--people", "10", "--orgs", "1", "--seed", "9", "--force");
        Map<String, List<List<Object>>> before = DatabaseContents.of(db());

        Result r = rapport("--db", db().toString(), "restore", copy.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("rapport: restore would replace the 79 contacts in " + db() + " with the 68 contacts in "
                + copy + "; add --yes to confirm. Nothing was changed.\n");
        assertThat(DatabaseContents.of(db())).isEqualTo(before);
        assertThat(dir.resolve("backups")).doesNotExist();
    }

    @Test
    void restoreRefusesWhatIsNotABackupAndChangesNothing() throws Exception {
        Path notes = dir.resolve("notes.db").toAbsolutePath();
        Files.writeString(notes, "Call Anna about the Leipzig fair.", UTF_8);
        Path truncated = dir.resolve("cut.json").toAbsolutePath();
        Path json = dir.resolve("whole.json").toAbsolutePath();
        rapport("--db", db().toString(), "backup", "--format", "json", "--out", json.toString());
        byte[] whole = Files.readAllBytes(json);
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        Map<String, List<List<Object>>> before = DatabaseContents.of(db());

        Result text = rapport("--db", db().toString(), "restore", notes.toString(), "--yes");
        assertThat(text.code()).isEqualTo(1);
        assertThat(text.err()).isEqualTo("rapport: " + notes + " is not a Rapport backup; nothing was changed.\n");
        Result cut = rapport("--db", db().toString(), "restore", truncated.toString(), "--yes");
        assertThat(cut.code()).isEqualTo(1);
        assertThat(cut.err()).isEqualTo("rapport: " + truncated + " is damaged or incomplete; nothing was changed.\n");
        Result missing = rapport("--db", db().toString(), "restore", dir.resolve("nope.db").toString(), "--yes");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("rapport: there is no file at " + dir.resolve("nope.db") + ".\n");
        assertThat(DatabaseContents.of(db())).isEqualTo(before);
    }

    @Test
    void restoreRefusesWhileTheDatabaseIsOpenElsewhere() throws Exception {
        Path copy = dir.resolve("copy.db").toAbsolutePath();
        rapport("--db", db().toString(), "backup", "--out", copy.toString());
        try (Services open = Services.open(db())) {
            Result r = rapport("--db", db().toString(), "restore", copy.toString(), "--yes");
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).isEqualTo("rapport: " + db() + " is open in another Rapport; close it and try again.\n");
        }
    }

    @Test
    void wrongArgumentsAreUsageErrors() {
        Result json = rapport("--db", db().toString(), "backup", "--format", "json");
        assertThat(json.code()).isEqualTo(2);
        assertThat(json.err()).startsWith("rapport: --format json needs --out FILE.");
        Result format = rapport("--db", db().toString(), "backup", "--format", "zip", "--out", "x.zip");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).startsWith("rapport: --format must be db or json, not zip.");
        Result noFile = rapport("--db", db().toString(), "restore");
        assertThat(noFile.code()).isEqualTo(2);
        assertThat(noFile.err()).startsWith("rapport: Missing required parameter: 'FILE'").contains("Try 'rapport restore --help'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"backup", "restore"})
    void eachCommandExplainsItself(String command) {
        Result r = rapport(command, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Usage: rapport " + command).contains("--db=FILE").contains("--help");
        assertThat(r.err()).isEmpty();
        assertThat(rapport("--help").out()).contains(command);
    }
}
