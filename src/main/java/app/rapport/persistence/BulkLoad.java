package app.rapport.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Filling a new private database from scratch: its indexes and triggers are set aside while the rows
 * go in and made again from their own SQL afterwards, in the same transaction. An index built once
 * over all rows costs a fraction of one kept up row by row, and the triggers' work is recomputed
 * once at the end anyway (see {@link DerivedData}). Never for the open database: only for a file
 * nobody else sees until it is complete.
 */
public final class BulkLoad {
    private BulkLoad() {
    }

    /** Drops the indexes and triggers Rapport's migrations made; returns their SQL, in the order they were made. */
    public static List<String> setAside(Connection c) throws SQLException {
        List<String[]> objects = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
                     + "AND sql IS NOT NULL ORDER BY rowid")) {
            while (rs.next()) {
                objects.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        List<String> sql = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            for (String[] o : objects) {
                s.execute("DROP " + o[0].toUpperCase(java.util.Locale.ROOT) + " " + TableCatalog.quote(o[1]));
                sql.add(o[2]);
            }
        }
        return sql;
    }

    /** Makes the indexes and triggers again; a unique index refuses duplicates the rows brought. */
    public static void restore(Connection c, List<String> sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }
}
