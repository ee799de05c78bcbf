package app.rapport.bench;

import app.rapport.app.Services;
import app.rapport.demo.DemoNetwork;
import app.rapport.demo.ProgressListener;
import app.rapport.domain.keepintouch.DueRules;
import app.rapport.domain.today.TodayRules;
import app.rapport.persistence.today.JdbiTodayRepository;
import app.rapport.service.today.TodayService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The relationships figures ({@code mvn -Pbench verify}): the Keep in touch list, the Today area's plan, the
 * ledger overview and the playbooks over the demo network (100,000 people: about a million interactions), each the
 * median of {@value #RUNS} runs after {@value #WARM_UP} warm-up runs, against a floor of the same SQL
 * statements run alone over plain JDBC on the same file in the same run, with the app's cache settings
 * (reading every column, no mapping, no ranking in Java, no service code).
 */
@Tag("bench")
class RelationshipsBench {
    private static final int PEOPLE = Integer.getInteger("rapport.bench.people", 100_000);
    private static final int ORGS = Math.max(10, PEOPLE / 20);
    /**
     * {@code -Drapport.bench.reuse=true} keeps the network an earlier run wrote for as many people (for trying a
     * change; the recorded figures come from a new file).
     */
    private static final boolean REUSE = Boolean.getBoolean("rapport.bench.reuse");
    private static final long SEED = 42;
    private static final int WARM_UP = 3;
    private static final int RUNS = 9;
    private static final LocalDate TODAY = LocalDate.ofInstant(DemoNetwork.REFERENCE, ZoneOffset.UTC);

    /** {@code JdbiKeepInTouchRepository}'s ranked cadences, birthdays and follow-ups, positional. */
    private static final List<String> DUE_SQL = List.of("""
            SELECT id, display_name, next_due_on, strength, flagged, cadence FROM (
                SELECT c.id, c.display_name, c.next_due_on, coalesce(r.strength, 3) AS strength,
                       coalesce(r.flagged, 0) AS flagged,
                       coalesce(r.cadence_days, (SELECT min(tc.cadence_days)
                           FROM contact_tag ct JOIN tag_cadence tc ON tc.tag_id = ct.tag_id
                           WHERE ct.contact_id = c.id)) AS cadence
                FROM contact c LEFT JOIN relationship r ON r.contact_id = c.id
                WHERE c.deleted_at IS NULL AND c.next_due_on <= ?2 AND c.archived = 0)
            WHERE cadence IS NOT NULL
            ORDER BY (julianday(?1) - julianday(next_due_on) + cadence) / cadence * strength DESC, next_due_on, id
            LIMIT ?3""", """
            SELECT c.id, c.display_name, c.birthday_month, c.birthday_day,
                   coalesce(r.strength, 3) AS strength, coalesce(r.flagged, 0) AS flagged,
                   json_extract(w.value, '$[1]') AS ahead
            FROM json_each(?4) w
            CROSS JOIN contact c ON c.birthday_month * 100 + c.birthday_day = json_extract(w.value, '$[0]')
            LEFT JOIN relationship r ON r.contact_id = c.id
            WHERE c.deleted_at IS NULL AND c.archived = 0
            ORDER BY (?5 - ahead) * strength DESC, ahead, c.id
            LIMIT ?3""", """
            SELECT f.id AS follow_up_id, f.contact_id, c.display_name, f.due_on, f.note,
                   coalesce(r.strength, 3) AS strength, coalesce(r.flagged, 0) AS flagged
            FROM follow_up f CROSS JOIN contact c ON c.id = f.contact_id
            LEFT JOIN relationship r ON r.contact_id = c.id
            WHERE f.done_at IS NULL AND f.due_on <= ?2 AND c.deleted_at IS NULL AND c.archived = 0
            ORDER BY (julianday(?1) - julianday(f.due_on) + ?5) * coalesce(r.strength, 3) DESC, f.due_on, f.id
            LIMIT ?3""");

    /** {@code JdbiKeepInTouchRepository}'s work anniversaries, positional as {@link #DUE_SQL} ({@code ?6} a year ago). */
    private static final String ANNIVERSARY_SQL = """
            SELECT c.id, c.display_name, t.since, o.display_name AS organisation,
                   coalesce(r.strength, 3) AS my_strength, coalesce(r.flagged, 0) AS flagged
            FROM json_each(?4) w
            CROSS JOIN tie t ON (CAST(substr(t.since, 6, 2) AS INTEGER) * 100
                                 + CAST(substr(t.since, 9, 2) AS INTEGER)) = json_extract(w.value, '$[0]')
            JOIN contact c ON c.id = t.from_id
            JOIN contact o ON o.id = t.to_id
            LEFT JOIN relationship r ON r.contact_id = c.id
            WHERE t.since IS NOT NULL AND t.type IN ('WORKS_AT', 'MEMBER_OF') AND t.since <= ?6
              AND c.deleted_at IS NULL AND c.archived = 0 AND o.deleted_at IS NULL
            ORDER BY (?5 - json_extract(w.value, '$[1]')) * my_strength DESC, c.id
            LIMIT ?3""";

    /** {@code JdbiKeepInTouchRepository.everyCadenceDue}, positional as {@link #DUE_SQL}. */
    private static final String EVERY_CADENCE_SQL = """
            SELECT c.id, c.display_name, c.next_due_on, coalesce(r.strength, 3), coalesce(r.flagged, 0),
                   coalesce(r.cadence_days, (SELECT min(tc.cadence_days)
                       FROM contact_tag ct JOIN tag_cadence tc ON tc.tag_id = ct.tag_id
                       WHERE ct.contact_id = c.id))
            FROM contact c LEFT JOIN relationship r ON r.contact_id = c.id
            WHERE c.deleted_at IS NULL AND c.next_due_on <= ?2 AND c.archived = 0""";

    /** {@code JdbiTodayRepository}'s birthdays of the week with the year, positional as {@link #DUE_SQL}. */
    private static final String TODAY_BIRTHDAYS_SQL = """
            SELECT c.id, c.display_name, c.birthday_month, c.birthday_day, c.birthday_year
            FROM json_each(?4) w
            CROSS JOIN contact c ON c.birthday_month * 100 + c.birthday_day = json_extract(w.value, '$[0]')
            WHERE c.deleted_at IS NULL AND c.archived = 0
            ORDER BY json_extract(w.value, '$[1]'), c.display_name, c.id""";

    /** What {@code KeepInTouchService.due} runs. */
    private static final List<String> KEEP_IN_TOUCH_SQL = List.of(DUE_SQL.get(0), DUE_SQL.get(1), ANNIVERSARY_SQL,
            DUE_SQL.get(2));

    /**
     * What {@code TodayService.plan} runs: every cadence due (unranked), the ranked birthdays, anniversaries and
     * follow-ups without a limit, the birthdays with the year.
     */
    private static final List<String> PLAN_SQL = List.of(EVERY_CADENCE_SQL, DUE_SQL.get(1), ANNIVERSARY_SQL,
            DUE_SQL.get(2), TODAY_BIRTHDAYS_SQL);

    /** {@code JdbiInteractionRepository}'s three overview statements, positional. */
    private static final List<String> LEDGER_SQL = List.of("""
            SELECT c.id, c.display_name,
                   sum(i.direction = 'GIVEN') AS given, sum(i.direction = 'RECEIVED') AS received
            FROM interaction i
            JOIN interaction_contact ic ON ic.interaction_id = i.id AND ic.role = 'WITH'
            JOIN contact c ON c.id = ic.contact_id
            WHERE i.type = 'REFERRAL' AND i.occurred_at >= ?1 AND i.deleted_at IS NULL AND c.deleted_at IS NULL
            GROUP BY c.id HAVING received > 0
            ORDER BY received DESC, c.sort_name, c.id LIMIT ?2""", """
            SELECT c.id, c.display_name, s.given, s.received FROM ledger_summary s
            CROSS JOIN contact c ON c.id = s.contact_id WHERE s.received > s.given AND c.deleted_at IS NULL
            ORDER BY s.received - s.given DESC, c.sort_name, c.id LIMIT ?2""", """
            SELECT c.id, c.display_name, s.given, s.received FROM ledger_summary s
            CROSS JOIN contact c ON c.id = s.contact_id WHERE s.received = 0 AND s.given > 0 AND c.deleted_at IS NULL
            ORDER BY s.given DESC, c.sort_name, c.id LIMIT ?2""");

    private final Bench bench = new Bench();
    private final Path work = Path.of("target", "bench-relationships").toAbsolutePath();
    private final Path db = work.resolve("relationships.db");

    @Test
    void measure() throws Exception {
        Files.createDirectories(work);
        Path written = work.resolve("relationships.people");
        if (!REUSE || !Files.exists(db) || !Files.exists(written) || !Files.readString(written).equals(PEOPLE + "")) {
            Files.deleteIfExists(written);
            for (String suffix : List.of("", "-wal", "-shm", ".lock")) {
                Files.deleteIfExists(Path.of(db + suffix));
            }
            try (Services services = Services.open(db)) {
                DemoNetwork.fill(services.contactRepository(), PEOPLE, ORGS, SEED, ProgressListener.NONE, () -> false);
            }
            Files.writeString(written, PEOPLE + "");
        }
        String days = monthDays(TODAY, TODAY.plusDays(6));
        // the app holds SQLite's exclusive lock on the file while it is open (decision 0012), so the app's
        // figures are taken first and the floors after it closed, on a connection of their own
        double due;
        double plan;
        double ledger;
        double playbooks;
        try (Services services = Services.open(db)) {
            System.out.println("BENCH-INFO contacts=" + (PEOPLE + ORGS) + " interactions="
                    + services.interactions().count() + " today=" + TODAY);
            TodayService today = new TodayService(services.keepInTouch(), services.interactions(),
                    new JdbiTodayRepository(services.database()));
            due = median(() -> services.keepInTouch().due(TODAY, 7, 50));
            plan = median(() -> today.plan(TODAY));
            ledger = median(() -> services.ledger().overview(TODAY, 50));
            playbooks = median(() -> services.playbooks().playbooks(TODAY));
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement settings = raw.createStatement()) {
            // the app's page cache and in-memory sorting, so the floor differs only by the app's own work
            settings.execute("PRAGMA cache_size = -32000");
            settings.execute("PRAGMA temp_store = MEMORY");
            bench.line("keepintouch.due", due, "ms", median(() -> rawAll(raw, KEEP_IN_TOUCH_SQL, TODAY.toString(),
                    TODAY.plusDays(6).toString(), 50, days, DueRules.NOTICE_DAYS, TODAY.minusYears(1).toString())));
            bench.line("today.plan", plan, "ms", median(() -> rawAll(raw, PLAN_SQL, TODAY.toString(),
                    TODAY.plusDays(TodayRules.WEEK_DAYS - 1L).toString(), Integer.MAX_VALUE, days,
                    DueRules.NOTICE_DAYS, TODAY.minusYears(1).toString())));
            bench.line("ledger.overview", ledger, "ms",
                    median(() -> rawAll(raw, LEDGER_SQL, TODAY.minusMonths(12).toString(), 50)));
            bench.line("playbooks", playbooks, "ms", median(() -> rawPlaybooks(raw)));
        }
        Files.writeString(work.resolve("results.txt"), bench.report(), StandardCharsets.UTF_8);
    }

    private interface Work {
        void run() throws Exception;
    }

    private static double median(Work work) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            work.run();
        }
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        return Bench.median(times);
    }

    /** Runs each statement with the same numbered parameters, reading every column of every row. */
    private static void rawAll(Connection raw, List<String> statements, Object... parameters) throws Exception {
        for (String sql : statements) {
            try (PreparedStatement p = raw.prepareStatement(sql)) {
                int used = p.getParameterMetaData().getParameterCount();
                for (int i = 0; i < used; i++) {
                    p.setObject(i + 1, parameters[i]);
                }
                readAll(p);
            }
        }
    }

    /** {@code JdbiPlaybookRepository}'s statements with the windows {@code PlaybookService} asks for. */
    private static void rawPlaybooks(Connection raw) throws Exception {
        String after = TODAY.plusDays(1).toString();
        String year = TODAY.minusMonths(12).toString();
        String month = TODAY.minusDays(29).toString();
        List<Long> ids = new ArrayList<>();
        ids.addAll(latest(raw, "('BUSINESS')", "", year, after));
        ids.addAll(latest(raw, "('REFERRAL')", " AND i.direction = 'RECEIVED'", year, after));
        latest(raw, "('CALL', 'MEETING')", "", month, after);
        latest(raw, "('CARD')", " AND i.direction = 'GIVEN'", month, after);
        try (PreparedStatement p = raw.prepareStatement("""
                SELECT c.id FROM tag t CROSS JOIN contact_tag ct ON ct.tag_id = t.id
                CROSS JOIN contact c ON c.id = ct.contact_id
                WHERE t.name = 'prospect' AND c.deleted_at IS NULL AND c.archived = 0
                  AND (c.last_interaction_on >= ?1 OR c.created_at >= ?1)""")) {
            p.setString(1, TODAY.minusMonths(6).toString());
            ids.addAll(readIds(p));
        }
        try (PreparedStatement p = raw.prepareStatement("""
                SELECT contact_id, due_on, substr(done_at, 1, 10) FROM follow_up
                WHERE source = 'CARD' AND (done_at IS NULL OR done_at >= ?)""")) {
            p.setString(1, month);
            ids.addAll(readIds(p));
        }
        try (PreparedStatement p = raw.prepareStatement("""
                SELECT c.id, c.display_name, c.sort_name, coalesce(r.strength, 3), coalesce(r.flagged, 0),
                       c.last_interaction_on
                FROM json_each(?) j CROSS JOIN contact c ON c.id = j.value
                LEFT JOIN relationship r ON r.contact_id = c.id
                WHERE c.deleted_at IS NULL AND c.archived = 0""")) {
            p.setString(1, ids.stream().distinct().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(",", "[", "]")));
            readAll(p);
        }
    }

    private static List<Long> latest(Connection raw, String types, String direction, String from, String after)
            throws Exception {
        try (PreparedStatement p = raw.prepareStatement("SELECT ic.contact_id, max(substr(i.occurred_at, 1, 10))"
                + " FROM interaction i JOIN interaction_contact ic ON ic.interaction_id = i.id AND ic.role = 'WITH'"
                + " WHERE i.type IN " + types + " AND i.occurred_at >= ? AND i.occurred_at < ?"
                + " AND i.deleted_at IS NULL" + direction + " GROUP BY ic.contact_id")) {
            p.setString(1, from);
            p.setString(2, after);
            return readIds(p);
        }
    }

    private static List<Long> readIds(PreparedStatement p) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static void readAll(PreparedStatement p) throws Exception {
        try (ResultSet rs = p.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    rs.getObject(c);
                }
            }
        }
    }

    /** The birthday days of the coming week as the repository binds them: {@code [month * 100 + day, days ahead]}. */
    private static String monthDays(LocalDate from, LocalDate to) {
        StringBuilder json = new StringBuilder("[");
        int ahead = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1), ahead++) {
            json.append(ahead == 0 ? "" : ",").append('[').append(d.getMonthValue() * 100 + d.getDayOfMonth())
                    .append(',').append(ahead).append(']');
        }
        return json.append(']').toString();
    }
}
