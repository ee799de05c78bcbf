package app.rapport.persistence;

import app.rapport.persistence.contacts.SortKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables that hold the user's data, read from the schema itself so a table added by a later
 * migration is backed up without anyone remembering to list it. Left out: SQLite's own tables,
 * search (FTS) tables and their shadow tables, Flyway's history, and tables the triggers or a
 * recompute derive from the others.
 */
public final class TableCatalog {
    /**
     * Derived or bookkeeping tables: {@code bulk_write} switches triggers off, {@code ledger_summary}
     * is counted from interactions, {@code network_version} only counts changes. A new derived table
     * belongs here and in {@link DerivedData}.
     */
    static final Set<String> NOT_DATA = Set.of("flyway_schema_history", "bulk_write", "ledger_summary", "network_version");

    /** A table of the user's data: its columns (not generated ones) and an order to read its rows in. */
    public record Table(String name, List<String> columns, String orderBy) {
    }

    private TableCatalog() {
    }

    /** The user's tables, each after the tables its foreign keys point to, otherwise in the order they were created. */
    public static List<Table> userTables(Connection c) throws SQLException {
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT m.name FROM sqlite_master m JOIN pragma_table_list l ON l.name = m.name AND l.schema = 'main'
                     WHERE m.type = 'table' AND l.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
                     ORDER BY m.rowid""")) {
            while (rs.next()) {
                if (!NOT_DATA.contains(rs.getString(1))) {
                    parents.put(rs.getString(1), new LinkedHashSet<>());
                }
            }
        }
        for (Map.Entry<String, Set<String>> e : parents.entrySet()) {
            for (String parent : strings(c, "SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)", e.getKey())) {
                if (!parent.equals(e.getKey()) && parents.containsKey(parent)) {
                    e.getValue().add(parent);
                }
            }
        }
        List<Table> ordered = new ArrayList<>();
        for (String name : foreignKeyOrder(parents)) {
            List<String> keys = strings(c, "SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk", name);
            ordered.add(new Table(name, strings(c, "SELECT name FROM pragma_table_xinfo(?) WHERE hidden = 0 ORDER BY cid", name),
                    keys.isEmpty() ? "rowid" : String.join(", ", keys.stream().map(TableCatalog::quote).toList())));
        }
        return ordered;
    }

    /** True when none of the user's tables holds a row. */
    public static boolean allEmpty(Connection c) throws SQLException {
        for (Table t : userTables(c)) {
            // which collation the (absent) names would sort by is bookkeeping, not the user's data
            String where = "setting".equals(t.name()) ? " WHERE key <> '" + SortKeys.SETTING + "'" : "";
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM " + quote(t.name()) + where + ")")) {
                if (rs.next() && rs.getInt(1) == 1) {
                    return false;
                }
            }
        }
        return true;
    }

    public static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** Creation order, except that a table waits for its parents; a cycle (none today) keeps creation order. */
    private static List<String> foreignKeyOrder(Map<String, Set<String>> parents) {
        List<String> order = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < parents.size()) {
            String next = parents.keySet().stream()
                    .filter(t -> !placed.contains(t) && placed.containsAll(parents.get(t)))
                    .findFirst()
                    .orElseGet(() -> parents.keySet().stream().filter(t -> !placed.contains(t)).findFirst().orElseThrow());
            placed.add(next);
            order.add(next);
        }
        return order;
    }

    private static List<String> strings(Connection c, String sql, String argument) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, argument);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }
}
