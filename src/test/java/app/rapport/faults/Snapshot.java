package app.rapport.faults;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a database file holds, independent of how its pages are laid out: every user table's rows in a
 * canonical order, hashed. Two files with the same digest hold the same data, though their bytes
 * legitimately differ (free pages, a WAL, the header's change counter).
 *
 * <p>Left out as meaningless between two runs of the same command: Flyway's history (its install
 * time), {@code network_version} (a change counter), ledger rows counting zero either way, and the
 * clock columns {@link #CLOCK_COLUMNS}, which hold the moment a run wrote a row. Everything else, ids
 * included, must match exactly.
 */
final class Snapshot {
    static final Set<String> CLOCK_COLUMNS = Set.of("created_at", "updated_at");

    private Snapshot() {
    }

    /** {@code PRAGMA integrity_check}'s answer: "ok", or what is wrong. Opens read-write so a hot journal is rolled back. */
    static String integrity(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            List<String> lines = new ArrayList<>();
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
            return String.join("; ", lines);
        } catch (SQLException e) {
            return "cannot check: " + e.getMessage();
        }
    }

    /** The SHA-256 of the canonical dump, with the row count of each table for messages. */
    record State(String digest, Map<String, Integer> rows) {
        @Override
        public String toString() {
            return digest.substring(0, 12) + " " + rows;
        }
    }

    static State of(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Map<String, Integer> counts = new TreeMap<>();
            for (String[] table : tables(c)) {
                String name = table[0];
                List<String> rows = rows(c, name, table[1].equals("virtual"));
                counts.put(name, rows.size());
                sha.update(("table " + name + "\n").getBytes(UTF_8));
                for (String row : rows) {
                    sha.update(row.getBytes(UTF_8));
                    sha.update((byte) '\n');
                }
            }
            return new State(HexFormat.of().formatHex(sha.digest()), counts);
        } catch (SQLException | NoSuchAlgorithmException e) {
            throw new AssertionError("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<String[]> tables(Connection c) throws SQLException {
        List<String[]> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT m.name, l.type FROM sqlite_master m JOIN pragma_table_list l ON l.name = m.name AND l.schema = 'main'
                WHERE m.type = 'table' AND l.type IN ('table', 'virtual') AND m.name NOT LIKE 'sqlite%'
                  AND m.name NOT IN ('flyway_schema_history', 'network_version')
                ORDER BY m.name""")) {
            while (rs.next()) {
                names.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        return names;
    }

    /**
     * Rows as text, sorted: the order rows were written in does not matter, only what they hold. A
     * search table's rowid is the contact it indexes, so it is kept.
     */
    private static List<String> rows(Connection c, String table, boolean virtual) throws SQLException {
        String sql = virtual ? "SELECT rowid AS rowid_, * FROM \"" + table + "\""
                : table.equals("ledger_summary") ? "SELECT * FROM ledger_summary WHERE given > 0 OR received > 0"
                : "SELECT * FROM \"" + table + "\"";
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            int n = meta.getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    String text = CLOCK_COLUMNS.contains(meta.getColumnName(i)) && v != null ? "<clock>"
                            : v instanceof byte[] b ? "x'" + HexFormat.of().formatHex(b) + "'"
                            : v == null ? "null" : v.getClass().getSimpleName() + ":" + v;
                    row.append(text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "\\n")).append('|');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }
}
