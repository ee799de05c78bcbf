package app.rapport.bench;

import app.rapport.app.RapportApp;
import app.rapport.app.Services;
import app.rapport.demo.DemoNetwork;
import app.rapport.demo.ProgressListener;
import app.rapport.domain.Text;
import app.rapport.domain.contacts.Contact;
import app.rapport.domain.contacts.ContactQuery;
import app.rapport.domain.contacts.ContactSummary;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The benchmark harness ({@code mvn -Pbench verify}). Every figure is printed as a BENCH line
 * against a floor measured in the same run on the same machine, so the ratios mean something on
 * a shared, noisy computer where absolute times do not.
 */
@Tag("bench")
class ContactsBench {
    private static final int PEOPLE = Integer.getInteger("rapport.bench.people", 100_000);
    private static final int ORGS = Math.max(10, PEOPLE / 20);
    private static final long SEED = 42;
    private static final int STARTS = Integer.getInteger("rapport.bench.starts", 5);

    private final Bench bench = new Bench();
    private final Path work = Path.of("target", "bench").toAbsolutePath();
    private final Path db = work.resolve("bench.db");

    @Test
    void measure() throws Exception {
        Files.createDirectories(work);
        try (Stream<Path> old = Files.list(work)) {
            for (Path p : old.toList()) {
                if (Files.isRegularFile(p)) {
                    Files.delete(p);
                }
            }
        }
        demoGeneration();
        resort();
        search();
        startUp();
        Files.writeString(work.resolve("results.txt"), bench.report(), StandardCharsets.UTF_8);
    }

    /** Demo generation through the app's repository against a raw JDBC batch insert of the same contacts. */
    private void demoGeneration() throws Exception {
        long total = PEOPLE + ORGS;
        double seconds;
        try (Services services = Services.open(db)) {
            long start = System.nanoTime();
            DemoNetwork.fill(services.contactRepository(), PEOPLE, ORGS, SEED, ProgressListener.NONE, () -> false);
            seconds = (System.nanoTime() - start) / 1e9;
        }

        List<Contact> contacts = DemoNetwork.generate(PEOPLE, ORGS, SEED);
        Path rawDb = work.resolve("raw.db");
        double rawSeconds;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + rawDb); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=NORMAL");
            s.execute("CREATE TABLE contact (id INTEGER PRIMARY KEY, kind TEXT, given TEXT, family TEXT, "
                    + "organisation TEXT, title TEXT, notes TEXT, email TEXT, phone TEXT)");
            long rawStart = System.nanoTime();
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO contact (kind, given, family, organisation, "
                    + "title, notes, email, phone) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (Contact contact : contacts) {
                    p.setString(1, contact.kind().name());
                    p.setString(2, contact.name().given());
                    p.setString(3, contact.name().family());
                    p.setString(4, contact.organisation());
                    p.setString(5, contact.title());
                    p.setString(6, contact.notes());
                    p.setString(7, contact.emails().isEmpty() ? "" : contact.emails().get(0).address());
                    p.setString(8, contact.phones().isEmpty() ? "" : contact.phones().get(0).number());
                    p.addBatch();
                    if (++n % 2000 == 0) {
                        p.executeBatch();
                    }
                }
                p.executeBatch();
            }
            c.commit();
            rawSeconds = (System.nanoTime() - rawStart) / 1e9;
        }
        bench.line("demo.throughput", total / seconds, "contacts/s", total / rawSeconds);
    }

    /**
     * Switching the window's language re-keys every contact's sort keys (ICU collation keys, one
     * transaction), against writing the same two columns of every row with values already at hand.
     */
    private void resort() throws Exception {
        double seconds;
        try (Services services = Services.open(db)) {
            long start = System.nanoTime();
            int rekeyed = services.useLanguage(java.util.Locale.GERMAN);
            seconds = (System.nanoTime() - start) / 1e9;
            if (rekeyed != PEOPLE + ORGS) {
                throw new IllegalStateException("re-keyed " + rekeyed);
            }
            services.useLanguage(java.util.Locale.ENGLISH); // back as the English start-ups below find it
        }
        double floorSeconds;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            long start = System.nanoTime();
            c.setAutoCommit(false);
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT id, sort_name, sort_org FROM contact")) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)});
                }
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE contact SET sort_name = ?, sort_org = ? WHERE id = ?")) {
                for (Object[] row : rows) {
                    // the same text in a new string, so SQLite writes the row as the re-keying does
                    p.setString(1, row[1] + "");
                    p.setString(2, row[2] + "");
                    p.setLong(3, (Long) row[0]);
                    p.addBatch();
                }
                p.executeBatch();
            }
            c.commit();
            floorSeconds = (System.nanoTime() - start) / 1e9;
        }
        bench.line("names.resort", seconds * 1000, "ms", floorSeconds * 1000);
    }

    /** Search as the list runs it (ids in order, then the first page of rows) against one raw FTS5 query. */
    private void search() throws Exception {
        List<String> queries = new ArrayList<>();
        List<String> shortQueries = new ArrayList<>();
        try (Services services = Services.open(db)) {
            long[] all = services.contacts().search(ContactQuery.ALL);
            Random random = new Random(SEED);
            Set<String> picked = new LinkedHashSet<>();
            while (picked.size() < 60) {
                long[] one = {all[random.nextInt(all.length)]};
                ContactSummary s = services.contacts().summaries(one).get(0);
                picked.add(s.displayName());
                if (picked.size() % 3 == 0 && !s.email().isEmpty()) {
                    queries.add(s.email().substring(0, Math.min(s.email().length(), 8)));
                }
            }
            for (String name : picked) {
                String word = name.split("\\s+")[name.split("\\s+").length - 1];
                shortQueries.add(word.substring(0, 1));
                shortQueries.add(word.substring(0, Math.min(2, word.length())));
                // search as you type: every prefix from three characters on
                for (int len = 3; len <= word.length(); len++) {
                    queries.add(word.substring(0, len));
                }
            }
            queries.add("muller");
            queries.add("иван");
            queries.add("สม");
            queries.add("ชาย");

            for (int round = 0; round < 2; round++) { // warm-up
                for (String q : queries) {
                    appSearch(services, q);
                }
            }
            double[] app = new double[queries.size()];
            double[] appShort = new double[shortQueries.size()];
            for (int i = 0; i < queries.size(); i++) {
                app[i] = appSearch(services, queries.get(i));
            }
            for (int i = 0; i < shortQueries.size(); i++) {
                appShort[i] = appSearch(services, shortQueries.get(i));
            }

            try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + db)) {
                PreparedStatement fts = raw.prepareStatement("SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?");
                PreparedStatement list = raw.prepareStatement(
                        "SELECT id FROM contact WHERE deleted_at IS NULL ORDER BY sort_name");
                for (String q : queries) {
                    rawFts(fts, q);
                }
                double[] floor = new double[queries.size()];
                for (int i = 0; i < queries.size(); i++) {
                    floor[i] = rawFts(fts, queries.get(i));
                }
                double[] shortFloor = new double[shortQueries.size()];
                for (int i = 0; i < shortQueries.size(); i++) {
                    shortFloor[i] = rawAll(list);
                }
                bench.line("search.p50", Bench.percentile(app, 50), "ms", Bench.percentile(floor, 50));
                bench.line("search.p95", Bench.percentile(app, 95), "ms", Bench.percentile(floor, 95));
                bench.line("search.short.p95", Bench.percentile(appShort, 95), "ms", Bench.percentile(shortFloor, 95));
            }
        }
        System.out.println("BENCH-INFO queries=" + queries.size() + " short=" + shortQueries.size()
                + " contacts=" + (PEOPLE + ORGS));
    }

    private static double appSearch(Services services, String q) {
        long start = System.nanoTime();
        long[] ids = services.contacts().search(ContactQuery.text(q));
        services.contacts().summaries(Arrays.copyOf(ids, Math.min(ids.length, 200)));
        return (System.nanoTime() - start) / 1e6;
    }

    private static double rawFts(PreparedStatement fts, String q) throws Exception {
        long start = System.nanoTime();
        fts.setString(1, '"' + Text.fold(q).replace("\"", "\"\"") + '"');
        try (ResultSet rs = fts.executeQuery()) {
            while (rs.next()) {
                rs.getLong(1);
            }
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static double rawAll(PreparedStatement list) throws Exception {
        long start = System.nanoTime();
        try (ResultSet rs = list.executeQuery()) {
            while (rs.next()) {
                rs.getLong(1);
            }
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /** Cold start of rapport.jar to the first frame of the list, against a minimal JavaFX window. */
    private void startUp() throws Exception {
        Path jar = Path.of("target", "rapport.jar").toAbsolutePath();
        String monocle = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> p.contains("openjfx-monocle")).findFirst().orElseThrow();
        String testClasses = Path.of("target", "test-classes").toAbsolutePath().toString();
        double[] app = new double[STARTS];
        double[] floor = new double[STARTS];
        long appHeap = 0;
        long floorHeap = 0;
        for (int i = 0; i < STARTS; i++) { // alternate, so drift in the machine's load hits both alike
            Timed f = timeToMarker(List.of(jar.toString(), monocle, testClasses), MinimalWindow.Start.class.getName(),
                    List.of(), MinimalWindow.MARKER);
            Timed a = timeToMarker(List.of(jar.toString(), monocle), "app.rapport.launch.Launcher",
                    List.of("--db", db.toString()), RapportApp.FIRST_FRAME_MARKER);
            floor[i] = f.millis();
            app[i] = a.millis();
            floorHeap = f.heapBytes();
            appHeap = a.heapBytes();
        }
        bench.line("startup.first_frame", Bench.median(app), "ms", Bench.median(floor));
        bench.line("heap.after_list", appHeap / 1048576.0, "MiB", floorHeap / 1048576.0);
    }

    private record Timed(double millis, long heapBytes) {
    }

    private Timed timeToMarker(List<String> classpath, String mainClass, List<String> args, String marker)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Dprism.order=sw", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Drapport.bench.firstFrame=true", "-Drapport.data.dir=" + work.resolve("data"),
                "-cp", String.join(File.pathSeparator, classpath), mainClass));
        command.addAll(args);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(work.resolve("start-stderr.log").toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(marker)) {
                    double millis = (System.nanoTime() - start) / 1e6;
                    long heap = Long.parseLong(line.substring(line.indexOf("heapBytes=") + 10).trim());
                    process.waitFor(30, TimeUnit.SECONDS);
                    return new Timed(millis, heap);
                }
            }
        } finally {
            process.destroy();
        }
        throw new IllegalStateException(mainClass + " never printed " + marker);
    }
}
