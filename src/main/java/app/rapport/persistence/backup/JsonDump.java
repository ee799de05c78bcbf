package app.rapport.persistence.backup;

import app.rapport.persistence.TableCatalog;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Base64;

/**
 * Writes a JSON backup from a database connection, streaming, so a hundred thousand contacts never
 * sit in memory at once:
 * <pre>
 * {"format":"rapport-backup","formatVersion":1,"schemaVersion":3,"exportedAt":"2026-11-22T10:15:00Z",
 *  "tables":[
 *   {"name":"contact","columns":["id","kind",…],"rows":[
 *    [1,"PERSON",…],
 *    …]},
 *   …]}
 * </pre>
 * Values keep SQLite's storage classes: integers, reals, text, null, and blobs as {"base64":"…"}.
 * One row per line keeps the file readable in an editor.
 */
final class JsonDump {
    static final JsonFactory FACTORY = new JsonFactory();

    private JsonDump() {
    }

    static void write(Connection c, int schemaVersion, Instant exportedAt, OutputStream out) throws IOException, SQLException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new RowPerLine());
            g.writeStartObject();
            g.writeStringField("format", JsonBackup.FORMAT);
            g.writeNumberField("formatVersion", JsonBackup.FORMAT_VERSION);
            g.writeNumberField("schemaVersion", schemaVersion);
            g.writeStringField("exportedAt", exportedAt.toString());
            g.writeArrayFieldStart("tables");
            for (TableCatalog.Table t : TableCatalog.userTables(c)) {
                table(c, t, g);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void table(Connection c, TableCatalog.Table t, JsonGenerator g) throws IOException, SQLException {
        g.writeStartObject();
        g.writeStringField("name", t.name());
        g.writeArrayFieldStart("columns");
        for (String column : t.columns()) {
            g.writeString(column);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rows");
        String columns = String.join(", ", t.columns().stream().map(TableCatalog::quote).toList());
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + columns + " FROM " + TableCatalog.quote(t.name())
                     + " ORDER BY " + t.orderBy())) {
            int n = t.columns().size();
            while (rs.next()) {
                g.writeStartArray();
                for (int i = 1; i <= n; i++) {
                    value(rs.getObject(i), g);
                }
                g.writeEndArray();
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** sqlite-jdbc hands each value back in its storage class: Integer or Long, Double, String, byte[] or null. */
    private static void value(Object v, JsonGenerator g) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Integer || v instanceof Long) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof Double d) {
            g.writeNumber(d);
        } else if (v instanceof byte[] bytes) {
            g.writeStartObject();
            g.writeStringField("base64", Base64.getEncoder().encodeToString(bytes));
            g.writeEndObject();
        } else {
            g.writeString(v.toString());
        }
    }

    /** Breaks lines between tables and between rows, and nowhere else. */
    private static final class RowPerLine extends MinimalPrettyPrinter {
        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            if (linesUp(g)) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            super.writeArrayValueSeparator(g);
            if (linesUp(g)) {
                g.writeRaw('\n');
            }
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) throws IOException {
            super.writeEndObject(g, entries);
            if (g.getOutputContext().getParent() != null && g.getOutputContext().getParent().inRoot()) {
                g.writeRaw('\n');
            }
        }

        private static boolean linesUp(JsonGenerator g) {
            JsonStreamContext parent = g.getOutputContext().getParent();
            return parent != null && ("rows".equals(parent.getCurrentName()) || "tables".equals(parent.getCurrentName()));
        }
    }
}
