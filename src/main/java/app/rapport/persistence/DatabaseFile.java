package app.rapport.persistence;

import app.rapport.io.exporting.OutputGuard;
import app.rapport.service.StorageException.Reason;
import app.rapport.service.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Looks at a database file before Rapport opens it for writing, without changing a byte of it:
 * is it new, a Rapport database of a version we know, or something we must refuse?
 */
public final class DatabaseFile {
    static final int APPLICATION_ID = OutputGuard.APPLICATION_ID; // "Rapp"; the guard knows it to refuse writing over one

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** What the file is. {@code schemaVersion} is 0 for a new file. */
    public record State(boolean isNew, int schemaVersion) {
    }

    private DatabaseFile() {
    }

    /**
     * Whether {@code file} holds anything, read from its first bytes before SQLite sees it: false for a
     * missing or empty file (a new database).
     *
     * @throws StorageException when it is something other than a SQLite database
     */
    static boolean hasContent(Path file) {
        try {
            if (!Files.exists(file) || Files.isRegularFile(file) && Files.size(file) == 0) {
                return false;
            }
            if (!Files.isRegularFile(file)) {
                throw new StorageException(Reason.CANNOT_OPEN, file + " is not a file");
            }
            byte[] header = new byte[SQLITE_HEADER.length];
            try (InputStream in = Files.newInputStream(file)) {
                if (in.readNBytes(header, 0, header.length) < header.length || !Arrays.equals(header, SQLITE_HEADER)) {
                    throw new StorageException(Reason.NOT_RAPPORT, file + " is not a SQLite database");
                }
            }
            return true;
        } catch (IOException e) {
            throw new StorageException(Reason.CANNOT_OPEN, "Cannot read " + file, e);
        }
    }

    /** What a file that is not open here holds, read through a read-only connection of its own. */
    public static State inspect(Path file, int newestKnownVersion) {
        if (!hasContent(file)) {
            return new State(true, 0);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            return inspect(c, file, newestKnownVersion);
        } catch (SQLException e) {
            throw SqliteErrors.translate(e);
        }
    }

    /**
     * What the file open on {@code c} holds, by reading only. Rapport's files carry its application id;
     * a file with none is taken as new only when it holds no table at all, and one carrying another
     * application's id is that application's, even when empty.
     */
    public static State inspect(Connection c, Path file, int newestKnownVersion) {
        try (Statement s = c.createStatement()) {
            int applicationId = intOf(s, "PRAGMA application_id");
            int tables = intOf(s, "SELECT count(*) FROM sqlite_master");
            if (applicationId != APPLICATION_ID) {
                if (applicationId != 0) {
                    throw new StorageException(Reason.NOT_RAPPORT,
                            file + " belongs to another application (application id " + Integer.toHexString(applicationId) + ")");
                }
                if (tables == 0) {
                    return new State(true, 0);
                }
                throw new StorageException(Reason.NOT_RAPPORT, file + " holds other tables, not Rapport's");
            }
            if (tables == 0) {
                return new State(true, 0); // marked as Rapport's, then stopped before its first migration
            }
            int version = intOf(s, "SELECT coalesce(max(CAST(version AS INTEGER)), 0) FROM flyway_schema_history WHERE success = 1");
            if (version > newestKnownVersion) {
                throw new StorageException(Reason.TOO_NEW,
                        file + " has schema version " + version + "; this Rapport knows up to " + newestKnownVersion);
            }
            // No full integrity check here: on 100,000 contacts it reads the whole file at every start.
            // Damage in the schema shows above; damage elsewhere surfaces as SQLITE_CORRUPT when touched.
            return new State(false, version);
        } catch (SQLException e) {
            throw SqliteErrors.translate(e);
        }
    }

    static int intOf(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
