package app.rapport.testing;

import app.rapport.persistence.Database;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every row of every table of a database, as text, for checking that a failed or cancelled write left
 * the database exactly as it was (search indexes and counters included).
 */
public final class TableContents {
    private TableContents() {
    }

    public static Map<String, List<String>> of(Database database) {
        return database.jdbi().withHandle(h -> {
            Map<String, List<String>> tables = new TreeMap<>();
            List<String> names = h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                    .mapTo(String.class).list();
            for (String name : names) {
                tables.put(name, h.createQuery("SELECT * FROM \"" + name + "\"")
                        .map((rs, ctx) -> {
                            StringBuilder row = new StringBuilder();
                            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                                Object value = rs.getObject(i);
                                row.append(value instanceof byte[] bytes ? java.util.Arrays.toString(bytes) : value)
                                        .append('|');
                            }
                            return row.toString();
                        })
                        .list().stream().sorted().toList());
            }
            return tables;
        });
    }
}
