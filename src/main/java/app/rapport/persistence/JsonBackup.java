package app.rapport.persistence;

import app.rapport.io.encryption.EncryptedFile;
import app.rapport.io.encryption.RecipientKey;
import app.rapport.service.BackupException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.sqlite.SQLiteConfig;

/**
 * A full dump of the user's data as JSON, readable without Rapport and by later versions of it:
 * every table of {@link TableCatalog} with a format and schema version (see {@link JsonDump}).
 * Importing builds a private database from the JSON first and swaps it in only when it is complete,
 * so a bad file changes nothing.
 */
public final class JsonBackup {
    public static final String FORMAT = "rapport-backup";
    /** Raised when the layout of the JSON changes in a way older readers cannot follow. */
    public static final int FORMAT_VERSION = 1;

    private JsonBackup() {
    }

    /**
     * Writes every table of {@code db} to {@code file}, which appears complete or not at all. The
     * rows come from a snapshot taken in a moment, so the window keeps working while they are written.
     */
    public static void write(Database db, Path file) {
        write(db, file, Instant.now(), null);
    }

    /** The same, encrypted for {@code key} as it is written (null: not encrypted). */
    public static void write(Database db, Path file, RecipientKey key) {
        write(db, file, Instant.now(), key);
    }

    static void write(Database db, Path file, Instant exportedAt) {
        write(db, file, exportedAt, null);
    }

    private static void write(Database db, Path file, Instant exportedAt, RecipientKey key) {
        Path snapshot = PrivateFiles.tempBeside(db.file(), ".db");
        Path temp = null;
        try {
            OnlineBackup.snapshot(db, snapshot);
            temp = PrivateFiles.tempBeside(file, ".json");
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            try (Connection c = config.createConnection("jdbc:sqlite:" + snapshot);
                 OutputStream out = new BufferedOutputStream(key == null ? Files.newOutputStream(temp)
                         : EncryptedFile.encrypting(Files.newOutputStream(temp), key), 1 << 16)) {
                JsonDump.write(c, schemaVersion(c), exportedAt, out);
            }
            PrivateFiles.moveIntoPlace(temp, file);
        } catch (SQLException e) {
            throw SqliteErrors.translate(e);
        } catch (IOException e) {
            throw PrivateFiles.failure("Cannot write " + file, e);
        } finally {
            PrivateFiles.deleteDatabase(snapshot);
            if (temp != null) {
                PrivateFiles.deleteDatabase(temp);
            }
        }
    }

    /**
     * Imports a JSON backup into {@code target}, which must hold no data (a restore replaces data
     * instead; see {@link SqliteBackupStore}). An older schema's backup is brought up to date.
     *
     * @throws BackupException when the target holds data, or the file is not a usable backup
     */
    public static void read(Path file, Database target) {
        if (!isEmpty(target)) {
            throw new BackupException(BackupException.Reason.NOT_EMPTY, target.file() + " already holds data");
        }
        RestoreCopy.Ready ready = RestoreCopy.prepare(file, target.file().getParent());
        try {
            OnlineBackup.restore(target, ready.file());
        } finally {
            PrivateFiles.deleteDatabase(ready.file());
        }
    }

    static boolean isEmpty(Database db) {
        try {
            return db.jdbi().withHandle(h -> TableCatalog.allEmpty(h.getConnection()));
        } catch (SQLException e) {
            throw SqliteErrors.translate(e);
        }
    }

    private static int schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(
                     "SELECT coalesce(max(CAST(version AS INTEGER)), 0) FROM flyway_schema_history WHERE success = 1")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
