package app.rapport.cli;

import static app.rapport.cli.Cli.rapport;
import static app.rapport.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.rapport.cli.Cli.Result;
import app.rapport.io.importing.Fixtures;
import app.rapport.testing.TableContents;
import app.rapport.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportExportCliTest {
    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void database() {
        try (TestDatabase test = new TestDatabase(dir)) {
            test.repository().insert(person("Priya", "Sharma").email("PRIYA@northwind.example").build());
            db = test.file();
        }
    }

    private Map<String, List<String>> tables() {
        try (TestDatabase test = new TestDatabase(dir)) {
            return TableContents.of(test.database());
        }
    }

    private String fixture(String name) {
        return Fixtures.file(name).toString();
    }

    @Test
    void dryRunPrintsThePreviewAndChangesNothing() {
        Map<String, List<String>> before = tables();
        Result r = rapport("--db", db.toString(), "import", fixture("Connections.csv"), "--dry-run");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.lines()).containsExactly(
                "read: Connections.csv: linkedin, UTF-8, 3 records",
                "problem: Connections.csv:7: \u201c31 Feb 2022\u201d is not a day that exists; when you met is kept in the notes.",
                "merge: Connections.csv:5 Priya Sharma into contact 1 Priya Sharma (strong evidence, score 90:"
                        + " same email priya@northwind.example, same name Priya Sharma)",
                "groups: 1 will merge (strong evidence), 0 possible duplicates (you decide), 2 new",
                "plan: 2 to add, 1 to merge, 0 to skip, 2 organisations to create, 3 ties",
                "import: dry run; nothing was written.");
        assertThat(tables()).isEqualTo(before);
    }

    @Test
    void yesImportsWithoutAsking() {
        Result r = rapport("--db", db.toString(), "import", fixture("Connections.csv"), fixture("vcard40.vcf"), "--yes");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.lines()).last().isEqualTo("import: 5 added, 1 merged, 0 skipped, 2 organisations created in " + db);
        Result search = rapport("--db", db.toString(), "search", "northwind");
        assertThat(search.lines()).hasSize(3);
    }

    @Test
    void withoutATerminalItRefusesUnlessYes() {
        Map<String, List<String>> before = tables();
        Result r = rapport("--db", db.toString(), "import", fixture("vcard40.vcf"));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("rapport: not a terminal, so nobody can confirm; add --yes to import, "
                + "or --dry-run to only look.\n");
        assertThat(tables()).isEqualTo(before);
    }

    @Test
    void aFileWithNothingToImportFailsOnStderr() throws Exception {
        Path garbage = dir.resolve("photo.vcf");
        Files.write(garbage, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0, 9});
        Result r = rapport("--db", db.toString(), "import", garbage.toString(), "--yes");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.lines()).contains("problem: photo.vcf: This is not a contacts file Rapport can read: it is "
                + "neither vCard nor CSV.");
        assertThat(r.err()).isEqualTo("rapport: nothing to import: no file held a contact Rapport could read.\n");
    }

    @Test
    void badOptionsAreUsageErrors() {
        Result format = rapport("--db", db.toString(), "import", fixture("vcard40.vcf"), "--format", "excel");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).startsWith("rapport: --format must be auto, vcard, google, outlook, linkedin, thunderbird or csv");
        Result encoding = rapport("--db", db.toString(), "import", fixture("vcard40.vcf"), "--encoding", "klingon");
        assertThat(encoding.code()).isEqualTo(2);
        assertThat(encoding.err()).startsWith("rapport: --encoding klingon is not an encoding Java knows.");
    }

    @Test
    void aGenericCsvIsImportedThroughColumns() {
        Result r = rapport("--db", db.toString(), "import", fixture("generic-semicolon.csv"), "--format", "csv",
                "--column", "Vorname=given-name", "--column", "Nachname=family-name", "--column", "E-Mail=email",
                "--yes");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.lines()).contains("problem: generic-semicolon.csv: These columns are not imported: "
                + "Firma, Geburtstag, Lieblingsfarbe, Stadt, Telefon.");
        assertThat(r.lines()).last().asString().startsWith("import: 2 added");
    }

    @Test
    void exportWritesTheFileAndSaysHowMany() throws Exception {
        Path out = dir.resolve("all.vcf");
        Result r = rapport("--db", db.toString(), "export", "--format", "vcard", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("export: 1 contact written to " + out + "\n");
        assertThat(Files.readString(out)).contains("FN:Priya Sharma");

        Result csv = rapport("--db", db.toString(), "export", "--format", "csv", "--out", out.toString(), "--tag", "nobody");
        assertThat(csv.out()).isEqualTo("export: 0 contacts written to " + out + "\n");
    }

    @Test
    void anUnwritablePathIsAClearMessage() {
        Path out = dir.resolve("no/such/folder/all.vcf");
        Result r = rapport("--db", db.toString(), "export", "--format", "vcard3", "--out", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("rapport: cannot write " + out + ": the folder " + out.getParent()
                + " does not exist.\n");
        Result json = rapport("--db", db.toString(), "export", "--format", "json", "--out", out.toString());
        assertThat(json.code()).isEqualTo(1);
        assertThat(json.err()).startsWith("rapport: ").contains(out.getParent().toString());
    }

    @Test
    void jsonIsTheFullBackupThatRestoreReadsBack() throws Exception {
        Path out = dir.resolve("everything.json");
        Result json = rapport("--db", db.toString(), "export", "--format", "json", "--out", out.toString());
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.out()).isEqualTo("export: full backup written to " + out + "\n");
        assertThat(Files.readString(out)).contains("\"format\"").contains("Priya");
        Path copy = dir.resolve("copy.db");
        Result restored = rapport("--db", copy.toString(), "restore", out.toString(), "--yes");
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(rapport("--db", copy.toString(), "search", "Priya").out()).contains("Priya Sharma");
        Result both = rapport("--db", db.toString(), "export", "--format", "json", "--out", out.toString(), "--tag", "x");
        assertThat(both.code()).isNotZero();
    }

    @Test
    void eachCommandHasHelp() {
        for (String command : List.of("import", "export")) {
            Result r = rapport(command, "--help");
            assertThat(r.code()).isZero();
            assertThat(r.out()).startsWith("Usage: rapport " + command).contains("Examples:");
        }
    }
}
