package app.rapport.persistence.backup;

import app.rapport.persistence.BulkLoad;
import app.rapport.persistence.Database;
import app.rapport.persistence.EmptySchema;
import app.rapport.persistence.SqliteErrors;
import app.rapport.persistence.TableCatalog;
import app.rapport.service.StorageException;
import app.rapport.service.backup.BackupException.Reason;
import app.rapport.service.backup.BackupException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sqlite.SQLiteConfig;

/**
 * Reads a JSON backup (see {@link JsonDump}) into a new database created in the schema version the
 * backup names, in one transaction with foreign keys checked at its end and every other rule of
 * the schema (NOT NULL, CHECK, UNIQUE) as each row goes in. Anything unexpected (a
 * newer format, a table or column the schema lacks, a row breaking a rule, a file cut short) stops
 * it with a {@link BackupException}; the caller then throws the half-made file away.
 */
final class JsonLoad {
    private static final int BATCH = 1_000;

    /** What a JSON backup says about itself. */
    record Header(int formatVersion, int schemaVersion, Instant exportedAt) {
    }

    private JsonLoad() {
    }

    /** Loads {@code json} into {@code target}, a file that does not exist yet or is empty. */
    static Header into(Path json, Path target) {
        String format = null;
        try (JsonParser p = JsonDump.FACTORY.createParser(json.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw notABackup(json);
            }
            Integer formatVersion = null;
            Integer schemaVersion = null;
            Instant exportedAt = null;
            Header header = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "format" -> format = value == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "formatVersion" -> formatVersion = value == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : null;
                    case "schemaVersion" -> schemaVersion = value == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : null;
                    case "exportedAt" -> exportedAt = instant(p.getValueAsString());
                    case "tables" -> {
                        header = check(json, format, formatVersion, schemaVersion, exportedAt);
                        EmptySchema.create(target, header.schemaVersion());
                        load(p, json, target);
                    }
                    default -> p.skipChildren(); // a field a later format added that this one can do without
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw damaged(json, "does not end where it should", null);
            }
            if (header == null) {
                throw JsonBackup.FORMAT.equals(format) ? damaged(json, "holds no tables", null) : notABackup(json);
            }
            return header;
        } catch (JsonProcessingException e) {
            // cut short or not JSON at all: which, depends on whether it ever said it was a backup
            throw JsonBackup.FORMAT.equals(format) ? damaged(json, "is cut short or malformed", e) : notABackup(json);
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.CANNOT_OPEN, "Cannot read " + json, e, json);
        }
    }

    private static Header check(Path json, String format, Integer formatVersion, Integer schemaVersion, Instant exportedAt) {
        if (!JsonBackup.FORMAT.equals(format)) {
            throw notABackup(json);
        }
        if (formatVersion == null || schemaVersion == null || formatVersion < 1 || schemaVersion < 1) {
            throw damaged(json, "lacks its format or schema version before its tables", null);
        }
        if (formatVersion > JsonBackup.FORMAT_VERSION || schemaVersion > Database.SCHEMA_VERSION) {
            throw new BackupException(Reason.TOO_NEW, json + " is format " + formatVersion + ", schema " + schemaVersion
                    + "; this Rapport reads up to format " + JsonBackup.FORMAT_VERSION + ", schema " + Database.SCHEMA_VERSION);
        }
        return new Header(formatVersion, schemaVersion, exportedAt);
    }

    private static void load(JsonParser p, Path json, Path target) throws IOException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        // a private file, deleted on any failure and used only once complete: no syncing, and a page
        // cache big enough that the indexes of a million rows are not written out and read back
        config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
        config.setJournalMode(SQLiteConfig.JournalMode.MEMORY);
        config.setCacheSize(-256_000);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        try (Connection c = config.createConnection("jdbc:sqlite:" + target.toAbsolutePath())) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA defer_foreign_keys = ON"); // tables in any order; every reference checked at commit
            }
            List<String> indexesAndTriggers = BulkLoad.setAside(c);
            Map<String, TableCatalog.Table> tables = TableCatalog.userTables(c).stream()
                    .collect(Collectors.toMap(TableCatalog.Table::name, Function.identity()));
            expect(p.currentToken(), JsonToken.START_ARRAY, json);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                table(p, json, c, tables);
            }
            expect(p.currentToken(), JsonToken.END_ARRAY, json);
            BulkLoad.restore(c, indexesAndTriggers);
            c.commit();
        } catch (SQLException e) {
            throw refusedOrFailed(json, target, e);
        }
    }

    /**
     * A row the schema refuses is the backup's fault; a full disk, a folder that cannot be written or a
     * failing device is the target's, and must not be reported as a damaged backup the user might delete.
     */
    private static RuntimeException refusedOrFailed(Path json, Path target, SQLException e) {
        StorageException failure = SqliteErrors.translate(e);
        if (e instanceof org.sqlite.SQLiteException sqlite && isTargetsFault(sqlite.getResultCode())) {
            return new StorageException(failure.reason() == StorageException.Reason.OTHER
                    ? StorageException.Reason.CANNOT_OPEN : failure.reason(),
                    "Cannot write " + target + " while restoring " + json + ": " + e.getMessage(), e, target);
        }
        return damaged(json, "holds data this schema refuses (" + e.getMessage() + ")", e);
    }

    private static boolean isTargetsFault(org.sqlite.SQLiteErrorCode code) {
        if (code == null) {
            return false;
        }
        return switch (code.code & 0xff) {
            case 13, 8, 10, 14 -> true; // SQLITE_FULL, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CANTOPEN
            default -> false;
        };
    }

    private static void table(JsonParser p, Path json, Connection c, Map<String, TableCatalog.Table> tables)
            throws IOException, SQLException {
        String name = null;
        List<String> columns = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "name" -> name = p.getValueAsString();
                case "columns" -> columns = columns(p, json);
                case "rows" -> {
                    TableCatalog.Table table = name == null ? null : tables.get(name);
                    if (table == null || columns == null || !table.columns().containsAll(columns)) {
                        throw damaged(json, "has a table this schema does not know: " + name + " " + columns, null);
                    }
                    rows(p, json, c, name, columns);
                }
                default -> p.skipChildren();
            }
        }
    }

    private static List<String> columns(JsonParser p, Path json) throws IOException {
        expect(p.currentToken(), JsonToken.START_ARRAY, json);
        List<String> names = new java.util.ArrayList<>();
        while (p.nextToken() == JsonToken.VALUE_STRING) {
            names.add(p.getText());
        }
        expect(p.currentToken(), JsonToken.END_ARRAY, json);
        return names;
    }

    private static void rows(JsonParser p, Path json, Connection c, String table, List<String> columns)
            throws IOException, SQLException {
        expect(p.currentToken(), JsonToken.START_ARRAY, json);
        String sql = "INSERT INTO " + TableCatalog.quote(table) + " ("
                + String.join(", ", columns.stream().map(TableCatalog::quote).toList()) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        List<ColumnKind> kinds = ColumnKind.of(c, table, columns);
        int idColumn = columns.indexOf("id");
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            int pending = 0;
            long row = 0;
            while (p.nextToken() == JsonToken.START_ARRAY) {
                row++;
                int i = 0;
                String id = null;
                Invalid invalid = null;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (++i > columns.size()) {
                        throw damaged(json, "has a row of " + table + " with more values than columns", null);
                    }
                    if (i - 1 == idColumn) {
                        id = p.getText();
                    }
                    if (invalid == null) {
                        String why = kinds.get(i - 1).refuses(p);
                        if (why != null) {
                            invalid = new Invalid(columns.get(i - 1), p.currentToken() == JsonToken.VALUE_STRING
                                    ? '"' + p.getText() + '"' : p.getText(), why);
                        }
                    }
                    bind(insert, i, p, json);
                }
                if (invalid != null) {
                    String record = table + " " + (id != null ? "id " + id : "row " + row);
                    throw new BackupException(Reason.INVALID_VALUE, json + " has an invalid value in " + record + ", field "
                            + invalid.column() + ": " + invalid.value() + " is not " + invalid.why(), null,
                            record + ", field " + invalid.column() + ": " + abbreviated(invalid.value()) + " is not " + invalid.why());
                }
                if (i != columns.size()) {
                    throw damaged(json, "has a row of " + table + " with " + i + " values for " + columns.size() + " columns", null);
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            expect(p.currentToken(), JsonToken.END_ARRAY, json);
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    private record Invalid(String column, String value, String why) {
    }

    /** A value shown to the user: an edited date is short; a long one is cut, so no note ends up in a message. */
    private static String abbreviated(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "...";
    }

    /**
     * What a column's values must look like beyond what SQLite checks: its declared type (SQLite would
     * keep "abc" in an INTEGER column) and, by Rapport's naming, dates ({@code _on}: 2026-11-22) and
     * times ({@code _at}: an instant, or a local date and time for when something happened). A value
     * breaking these would be restored and then fail every search and export that reads it.
     */
    enum ColumnKind {
        ANY, INTEGER, REAL, DATE, TIME;

        static List<ColumnKind> of(Connection c, String table, List<String> columns) throws SQLException {
            Map<String, String> declared = new java.util.HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT name, upper(type) FROM pragma_table_info(?)")) {
                s.setString(1, table);
                try (java.sql.ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        declared.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return columns.stream().map(name -> kind(name, declared.getOrDefault(name, ""))).toList();
        }

        private static ColumnKind kind(String name, String type) {
            if (type.equals("INTEGER")) {
                return INTEGER;
            }
            if (type.equals("REAL")) {
                return REAL;
            }
            if (type.equals("TEXT") && name.endsWith("_on")) {
                return DATE;
            }
            if (type.equals("TEXT") && name.endsWith("_at")) {
                return TIME;
            }
            return ANY;
        }

        /** Why the current value does not fit, in words for a message; null when it does. */
        String refuses(JsonParser p) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NULL || this == ANY) {
                return null;
            }
            return switch (this) {
                case INTEGER -> t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE
                        ? null : "a whole number";
                case REAL -> t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT ? null : "a number";
                case DATE -> t == JsonToken.VALUE_STRING && isDate(p.getText()) ? null : "a date (such as 2026-11-22)";
                case TIME -> t == JsonToken.VALUE_STRING && isTime(p.getText()) ? null
                        : "a date and time (such as 2026-11-22T10:15:00Z)";
                case ANY -> null;
            };
        }

        private static boolean isDate(String text) {
            try {
                java.time.LocalDate.parse(text);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }

        private static boolean isTime(String text) {
            try {
                Instant.parse(text);
                return true;
            } catch (DateTimeParseException e) {
                try {
                    java.time.LocalDateTime.parse(text);
                    return true;
                } catch (DateTimeParseException notLocal) {
                    return false;
                }
            }
        }
    }

    private static void bind(PreparedStatement insert, int i, JsonParser p, Path json) throws IOException, SQLException {
        switch (p.currentToken()) {
            case VALUE_NULL -> insert.setNull(i, Types.NULL);
            case VALUE_STRING -> insert.setString(i, p.getText());
            case VALUE_NUMBER_INT -> {
                if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    throw damaged(json, "has a number too large for SQLite: " + p.getText(), null);
                }
                insert.setLong(i, p.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> insert.setDouble(i, p.getDoubleValue());
            case VALUE_TRUE -> insert.setInt(i, 1);
            case VALUE_FALSE -> insert.setInt(i, 0);
            case START_OBJECT -> insert.setBytes(i, blob(p, json));
            default -> throw damaged(json, "has a value that is not a column's: " + p.currentToken(), null);
        }
    }

    private static byte[] blob(JsonParser p, Path json) throws IOException {
        byte[] bytes = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("base64") && p.currentToken() == JsonToken.VALUE_STRING) {
                try {
                    bytes = Base64.getDecoder().decode(p.getText());
                } catch (IllegalArgumentException e) {
                    throw damaged(json, "has a blob that is not base64", e);
                }
            } else {
                p.skipChildren();
            }
        }
        if (bytes == null) {
            throw damaged(json, "has an object where a value should be", null);
        }
        return bytes;
    }

    private static void expect(JsonToken actual, JsonToken token, Path json) {
        if (actual != token) {
            throw damaged(json, "has " + actual + " where " + token + " should be", null);
        }
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null; // only shown to the user; the data does not depend on it
        }
    }

    private static BackupException notABackup(Path json) {
        return new BackupException(Reason.NOT_A_BACKUP, json + " is not a Rapport JSON backup");
    }

    private static BackupException damaged(Path json, String what, Throwable cause) {
        return new BackupException(Reason.DAMAGED, json + " " + what, cause);
    }
}
