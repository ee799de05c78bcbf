package app.rapport.faults;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files the fault cases start from, made once per test run by Rapport itself in a child: a demo
 * database with ties and interactions, a different one to restore from (as a .db and a JSON backup), and
 * vCard and CSV files of a few thousand new contacts.
 */
final class Fixtures {
    static final int IMPORTED = 3_000;

    private static Fixtures made;

    final Path root;
    final ChildRapport rapport;
    /** The database every case starts from: 1,500 people and 60 organisations. */
    final Path database;
    /** Another database, the backup restored from: 600 people and 30 organisations. */
    final Path backup;
    final Path jsonBackup;
    final Path vcard;
    final Path csv;

    private Fixtures(Path root) throws Exception {
        this.root = root;
        this.rapport = new ChildRapport(root.resolve("data"));
        this.database = root.resolve("seed/rapport.db");
        this.backup = root.resolve("seed/other.db");
        this.jsonBackup = root.resolve("seed/other.json");
        this.vcard = root.resolve("seed/contacts.vcf");
        this.csv = root.resolve("seed/contacts.csv");
        Files.createDirectories(database.getParent());
        succeed("--db", database.toString(), "demo", "--people", "1500", "--orgs", "60");
        succeed("--db", backup.toString(), "demo", "--people", "600", "--orgs", "30", "--seed", "7");
        succeed("--db", backup.toString(), "export", "--format", "json", "--out", jsonBackup.toString());
        writeVCard(vcard);
        writeCsv(csv);
    }

    private long startupMillis;

    /** How long the child takes to start and answer {@code --version}: before it, no kill can hit any work. */
    synchronized long startupMillis() throws Exception {
        if (startupMillis == 0) {
            try (ChildRapport.Running running = rapport.start(List.of("--version"))) {
                running.finish();
                startupMillis = running.elapsedMillis();
            }
        }
        return startupMillis;
    }

    /** The fixtures, made on first use in a fresh folder under target/. */
    static synchronized Fixtures get() throws Exception {
        if (made == null) {
            Path root = Path.of("target", "faults").toAbsolutePath();
            deleteTree(root);
            Files.createDirectories(root);
            made = new Fixtures(root);
        }
        return made;
    }

    /** A new empty folder for one case. */
    Path caseFolder(String name) throws IOException {
        Path dir = root.resolve("cases").resolve(name.replaceAll("[^A-Za-z0-9._-]+", "-"));
        deleteTree(dir);
        return Files.createDirectories(dir);
    }

    ChildRapport.Result succeed(String... args) throws Exception {
        ChildRapport.Result r = rapport.run(args);
        if (r.code() != 0) {
            throw new AssertionError("rapport " + String.join(" ", args) + " failed: " + r.err());
        }
        return r;
    }

    private static void writeVCard(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, UTF_8)) {
            for (int i = 0; i < IMPORTED; i++) {
                w.write("BEGIN:VCARD\r\nVERSION:4.0\r\n");
                w.write("FN:Imke Faultline" + i + "\r\nN:Faultline" + i + ";Imke;;;\r\n");
                w.write("EMAIL;TYPE=work:imke" + i + "@faults.example\r\n");
                w.write("TEL;TYPE=cell:+1 555 " + String.format("%07d", 1_000_000 + i) + "\r\n");
                w.write("NOTE:Imported in a fault test\\, number " + i + "\r\nCATEGORIES:imported\r\n");
                w.write("END:VCARD\r\n");
            }
        }
    }

    private static void writeCsv(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, UTF_8)) {
            w.write("First Name,Last Name,Notes,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value\r\n");
            for (int i = 0; i < IMPORTED; i++) {
                w.write("Carla,Csvrow" + i + ",\"Imported, row " + i + "\",Work,carla" + i + "@faults.example,Mobile,+1 555 "
                        + String.format("%07d", 3_000_000 + i) + "\r\n");
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
