package app.rapport.bench;

import app.rapport.app.Services;
import app.rapport.demo.DemoNetwork;
import app.rapport.demo.ProgressListener;
import app.rapport.persistence.Database;
import app.rapport.persistence.backup.JsonBackup;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The backup figures ({@code mvn -Pbench verify -Dit.test=BackupBench}) over the demo network
 * (100,000 people: about a million rows), each the median of {@value #RUNS} runs, against floors
 * measured in the same run: the online backup against copying the (checkpointed) file; the JSON
 * export against Jackson writing as many rows of a trivial two-value record; the JSON import
 * against Jackson reading those trivial rows and inserting them into a one-table database in one
 * transaction.
 */
@Tag("bench")
class BackupBench {
    private static final int PEOPLE = Integer.getInteger("rapport.bench.people", 100_000);
    private static final int ORGS = Math.max(10, PEOPLE / 20);
    private static final long SEED = 42;
    private static final int RUNS = 3;

    private final Bench bench = new Bench();
    private final Path work = Path.of("target", "bench-backup").toAbsolutePath();
    private final Path db = work.resolve("rapport.db");

    @Test
    void measure() throws Exception {
        clean();
        try (Services services = Services.open(db)) {
            DemoNetwork.fill(services.contactRepository(), PEOPLE, ORGS, SEED, ProgressListener.NONE, () -> false);
        }
        Path json = work.resolve("export.json");
        try (Services services = Services.open(db)) {
            online(services);
            export(services, json);
        }
        long rows = rowsIn(json);
        importJson(json, rows);
        trivialFloors(rows);
        System.out.printf("BENCH-INFO contacts=%d rows=%d database=%.1fMB json=%.1fMB%n", PEOPLE + ORGS, rows,
                Files.size(db) / 1e6, Files.size(json) / 1e6);
        Files.writeString(work.resolve("results.txt"), bench.report(), StandardCharsets.UTF_8);
    }

    private double onlineSeconds;
    private double copySeconds;
    private double exportSeconds;
    private double importSeconds;

    /** The app's online backup (lock, copy, rollback journal, move) against a plain copy of the checkpointed file. */
    private void online(Services services) throws Exception {
        double[] app = new double[RUNS];
        double[] copy = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            Path target = work.resolve("online-" + i + ".db");
            long start = System.nanoTime();
            services.backups().backUpTo(target);
            app[i] = (System.nanoTime() - start) / 1e9;

            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            Path plain = work.resolve("plain-" + i + ".db");
            start = System.nanoTime();
            Files.copy(db, plain, StandardCopyOption.REPLACE_EXISTING);
            copy[i] = (System.nanoTime() - start) / 1e9;
            Files.delete(plain);
            if (i > 0) {
                Files.delete(target);
            }
        }
        onlineSeconds = Bench.median(app);
        copySeconds = Bench.median(copy);
        bench.line("backup.online", onlineSeconds, "s", copySeconds);
    }

    private void export(Services services, Path json) throws Exception {
        double[] app = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            Files.deleteIfExists(json);
            long start = System.nanoTime();
            services.backups().exportJson(json);
            app[i] = (System.nanoTime() - start) / 1e9;
        }
        exportSeconds = Bench.median(app);
    }

    /** Into a fresh database each time, through the public import (a private copy built, then swapped in). */
    private void importJson(Path json, long rows) throws Exception {
        double[] app = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            Path fresh = work.resolve("import-" + i + "/rapport.db");
            try (Database target = Database.open(fresh)) {
                long start = System.nanoTime();
                JsonBackup.read(json, target);
                app[i] = (System.nanoTime() - start) / 1e9;
            }
            Map<String, Long> expected = counts(work.resolve("online-0.db"));
            Map<String, Long> actual = counts(fresh);
            if (!expected.equals(actual)) {
                throw new AssertionError("The import differs: " + actual + " instead of " + expected);
            }
        }
        importSeconds = Bench.median(app);
        System.out.println("BENCH-INFO import checked: every table holds as many rows as the original (" + rows + " in the JSON)");
    }

    /** Jackson and SQLite doing the least the same number of rows can cost: [id, "text"], no schema, no indexes. */
    private void trivialFloors(long rows) throws Exception {
        JsonFactory factory = new JsonFactory();
        Path trivial = work.resolve("trivial.json");
        double[] write = new double[RUNS];
        double[] read = new double[RUNS];
        for (int r = 0; r < RUNS; r++) {
            long start = System.nanoTime();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(trivial), 1 << 16);
                 JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
                g.writeStartArray();
                for (long i = 0; i < rows; i++) {
                    g.writeStartArray();
                    g.writeNumber(i);
                    g.writeString("row " + i);
                    g.writeEndArray();
                }
                g.writeEndArray();
            }
            write[r] = (System.nanoTime() - start) / 1e9;

            Path floorDb = work.resolve("trivial-" + r + ".db");
            start = System.nanoTime();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + floorDb);
                 JsonParser p = factory.createParser(trivial.toFile())) {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA journal_mode = WAL");
                    s.execute("CREATE TABLE row (id INTEGER PRIMARY KEY, text TEXT)");
                }
                c.setAutoCommit(false);
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO row (id, text) VALUES (?, ?)")) {
                    p.nextToken();
                    int pending = 0;
                    while (p.nextToken() == JsonToken.START_ARRAY) {
                        p.nextToken();
                        insert.setLong(1, p.getLongValue());
                        p.nextToken();
                        insert.setString(2, p.getText());
                        p.nextToken();
                        insert.addBatch();
                        if (++pending == 1000) {
                            insert.executeBatch();
                            pending = 0;
                        }
                    }
                    insert.executeBatch();
                }
                c.commit();
            }
            read[r] = (System.nanoTime() - start) / 1e9;
        }
        bench.line("backup.json.export", exportSeconds, "s", Bench.median(write));
        bench.line("backup.json.import", importSeconds, "s", Bench.median(read));
    }

    private static long rowsIn(Path json) throws Exception {
        try (BufferedReader in = Files.newBufferedReader(json, StandardCharsets.UTF_8)) {
            return in.lines().filter(l -> l.startsWith("[")).count(); // one row per line
        }
    }

    private static Map<String, Long> counts(Path file) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            java.util.List<String> tables = new java.util.ArrayList<>();
            // search tables count their rows, not their segments: how those are laid out depends on how they were written
            try (ResultSet rs = s.executeQuery("SELECT name FROM pragma_table_list WHERE schema = 'main' "
                    + "AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite%' "
                    + "AND name NOT IN ('flyway_schema_history', 'network_version', 'ledger_summary') ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM \"" + t + "\"")) {
                    rs.next();
                    counts.put(t, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private void clean() throws Exception {
        if (Files.exists(work)) {
            try (Stream<Path> old = Files.walk(work)) {
                for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(work);
    }
}
