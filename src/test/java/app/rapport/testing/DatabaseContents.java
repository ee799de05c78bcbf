package app.rapport.testing;

import app.rapport.persistence.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sqlite.SQLiteConfig;

/**
 * Every row of every table of a database file, search tables included, read through a connection
 * of its own: two databases hold the same data when these are equal. Left out: Flyway's history and
 * {@code network_version}, a counter of changes whose value means nothing; ledger rows counting
 * zero either way are equivalent to no row.
 */
public final class DatabaseContents {
    private DatabaseContents() {
    }

    public static Map<String, List<List<Object>>> of(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            return of(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same of an open database, read through its own connection (its lock keeps every other out). */
    public static Map<String, List<List<Object>>> of(Database db) {
        return db.jdbi().withHandle(h -> of(h.getConnection()));
    }

    private static Map<String, List<List<Object>>> of(Connection c) {
        try {
            Map<String, List<List<Object>>> tables = new TreeMap<>();
            for (String[] table : tables(c)) {
                String name = table[0];
                if (name.equals("flyway_schema_history") || name.equals("network_version")) {
                    continue;
                }
                String sql = table[1].equals("virtual")
                        ? "SELECT rowid, * FROM \"" + name + "\" ORDER BY rowid"
                        : name.equals("ledger_summary")
                        ? "SELECT * FROM ledger_summary WHERE given > 0 OR received > 0 ORDER BY contact_id"
                        : "SELECT * FROM \"" + name + "\"";
                tables.put(name, rows(c, sql));
            }
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The number of rows of each table, for messages. */
    public static Map<String, Integer> sizes(Map<String, List<List<Object>>> contents) {
        Map<String, Integer> sizes = new TreeMap<>();
        contents.forEach((table, rows) -> sizes.put(table, rows.size()));
        return sizes;
    }

    private static List<String[]> tables(Connection c) throws SQLException {
        List<String[]> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT m.name, l.type FROM sqlite_master m JOIN pragma_table_list l ON l.name = m.name AND l.schema = 'main'
                WHERE m.type = 'table' AND l.type IN ('table', 'virtual') AND m.name NOT LIKE 'sqlite%'""")) {
            while (rs.next()) {
                names.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        return names;
    }

    /** Rows sorted by their values, so the order they were written in does not matter. */
    private static List<List<Object>> rows(Connection c, String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    row.add(v instanceof Integer small ? Long.valueOf(small) : v instanceof byte[] b ? java.util.HexFormat.of().formatHex(b) : v);
                }
                rows.add(row);
            }
        }
        rows.sort(DatabaseContents::compareRows);
        return rows;
    }

    private static int compareRows(List<Object> a, List<Object> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = String.valueOf(a.get(i)).compareTo(String.valueOf(b.get(i)));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
