package app.rapport.cli;

import static app.rapport.cli.Cli.rapport;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.cli.Cli.Result;
import app.rapport.testing.DatabaseContents;
import app.rapport.testing.TestDatabase;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Where the files of a backup or export go, whatever the folders are called. */
class OutputPlacesCliTest {
    @TempDir
    Path dir;

    private Path database(Path folder) {
        try (TestDatabase test = new TestDatabase(folder)) {
            test.repository().insert(person("Anna", "O'Neill").email("anna@example.org").build());
            test.repository().insert(person("Boris", "\"Bo\" Petrov").build());
            return test.file().toAbsolutePath();
        }
    }

    @Test
    void aFolderNamedWithBothQuotesTakesBackupsExportsAndRestores() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("it's \"quoted\""));
        Path db = database(folder);
        Map<String, List<List<Object>>> original = DatabaseContents.of(db);

        Result backup = rapport("--db", db.toString(), "backup");
        assertThat(backup.code()).as(backup.err()).isZero();
        Path taken = Path.of(backup.out().strip());
        assertThat(taken.getParent()).isEqualTo(folder.resolve("backups"));
        assertThat(DatabaseContents.of(taken)).isEqualTo(original);

        Path copy = folder.resolve("copy \"1\" it's.db");
        Result out = rapport("--db", db.toString(), "backup", "--out", copy.toString());
        assertThat(out.code()).as(out.err()).isZero();
        assertThat(DatabaseContents.of(copy)).isEqualTo(original);

        Path json = folder.resolve("all.json");
        Result export = rapport("--db", db.toString(), "export", "--format", "json", "--out", json.toString());
        assertThat(export.code()).as(export.err()).isZero();

        Result changed = rapport("--db", db.toString(), "import", writeVcf(folder).toString(), "--yes");
        assertThat(changed.code()).as(changed.err()).isZero();
        assertThat(DatabaseContents.of(db)).isNotEqualTo(original);
        Result restore = rapport("--db", db.toString(), "restore", copy.toString(), "--yes");
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(DatabaseContents.of(db)).isEqualTo(original);
        Result fromJson = rapport("--db", db.toString(), "restore", json.toString(), "--yes");
        assertThat(fromJson.code()).as(fromJson.err()).isZero();
        assertThat(DatabaseContents.of(db)).isEqualTo(original);
    }

    private static Path writeVcf(Path folder) throws Exception {
        return Files.writeString(folder.resolve("new.vcf"), "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Clara Chen\r\n"
                + "N:Chen;Clara;;;\r\nEND:VCARD\r\n");
    }

    /**
     * A JSON export needs no room beside the database: opened for reading, the database cannot change
     * under the dump, so no snapshot is taken; the only temporary file is the export's own, beside it. Seen through the file system's
     * creation events (inotify catches a file that lives for milliseconds).
     */
    @Test
    @EnabledOnOs(OS.LINUX)
    void aJsonExportWritesNothingBesideTheDatabase() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path stick = Files.createDirectories(dir.resolve("stick"));
        Path db = database(home);
        List<String> besideDatabase = new ArrayList<>();
        List<String> besideOutput = new ArrayList<>();
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            WatchKey homeKey = home.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            WatchKey stickKey = stick.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            Result r = rapport("--db", db.toString(), "export", "--format", "json", "--out",
                    stick.resolve("everything.json").toString());
            assertThat(r.code()).as(r.err()).isZero();
            Thread.sleep(200); // the events are delivered by a thread of their own
            for (WatchEvent<?> e : homeKey.pollEvents()) {
                besideDatabase.add(e.context().toString());
            }
            for (WatchEvent<?> e : stickKey.pollEvents()) {
                besideOutput.add(e.context().toString());
            }
        }
        assertThat(besideDatabase).noneMatch(name -> name.startsWith(".") && name.endsWith(".db"));
        assertThat(besideOutput).allMatch(name -> name.equals("everything.json") || name.startsWith(".everything.json"));
        try (var left = Files.list(stick)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("everything.json");
        }
    }
}
