package app.rapport.persistence.backup;

import app.rapport.io.encryption.EncryptedFile;
import app.rapport.io.encryption.RecipientKey;
import app.rapport.io.exporting.ExportException;
import app.rapport.io.exporting.OutputFile;
import app.rapport.io.exporting.OutputGuard;
import app.rapport.persistence.DataFolder;
import app.rapport.persistence.Database;
import app.rapport.persistence.PrivateFiles;
import app.rapport.persistence.SqliteErrors;
import app.rapport.persistence.TableCatalog;
import app.rapport.service.backup.BackupException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
     * Writes every table of {@code db} to {@code file}, which appears complete or not at all (see
     * {@link OutputFile}; the database, its working files and backups are refused). The rows come from
     * a snapshot taken in a moment, so the window keeps working while they are written; the snapshot
     * lies beside {@code file}, so the space it takes is on the disk the user chose.
     *
     * @throws app.rapport.io.exporting.ExportException when the file cannot, or may not, be written
     */
    public static void write(Database db, Path file) {
        write(db, file, Instant.now(), null);
    }

    /**
     * The same, encrypted for {@code key} as it is written (see {@link EncryptedFile}): no unencrypted
     * byte reaches {@code file}'s disk, so the snapshot lies beside the database instead.
     */
    public static void write(Database db, Path file, RecipientKey key) {
        write(db, file, Instant.now(), key);
    }

    static void write(Database db, Path file, Instant exportedAt) {
        write(db, file, exportedAt, null);
    }

    private static void write(Database db, Path file, Instant exportedAt, RecipientKey key) {
        OutputGuard outputs = DataFolder.outputGuardOf(db.file());
        OutputGuard.Destination destination;
        try {
            destination = outputs.check(file); // before any work: a refused file costs nothing
        } catch (ExportException e) {
            if (e.reason() != ExportException.Reason.NO_FOLDER) {
                throw e;
            }
            // like a backup, a JSON backup makes its folder (private); the guard has refused what it must by now
            PrivateFiles.createFolder(file.toAbsolutePath().getParent());
            destination = outputs.check(file);
        }
        if (db.isReadOnly()) {
            writeDirectly(db, file, outputs, exportedAt, key);
            return;
        }
        // a device or pipe has no folder to share: then the snapshot lies beside the database, as it must somewhere;
        // so does an encrypted backup's, which must not leave its data unencrypted on a stick or in a synced folder
        Path snapshot = PrivateFiles.tempBeside(destination.direct() || key != null ? db.file() : destination.file(), ".db");
        try {
            OnlineBackup.snapshot(db, snapshot);
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            try (Connection c = config.createConnection("jdbc:sqlite:" + snapshot)) {
                int version = schemaVersion(c);
                OutputFile.write(file, outputs, out -> dump(c, version, exportedAt, out, key));
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e);
        } finally {
            PrivateFiles.deleteDatabase(snapshot);
        }
    }

    /**
     * The dump, through encryption when there is a key. The last chunk is sealed only once the dump
     * is complete: a dump that fails part way never reads as a shorter whole.
     */
    private static void dump(Connection c, int version, Instant exportedAt, OutputStream out, RecipientKey key)
            throws IOException {
        try {
            if (key == null) {
                JsonDump.write(c, version, exportedAt, out);
                return;
            }
            OutputStream sealing = EncryptedFile.encrypting(out, key);
            JsonDump.write(c, version, exportedAt, new FilterOutputStream(sealing) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush(); // the JSON writer closes what it writes to, also when it fails
                }
            });
            sealing.close();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e);
        }
    }

    /**
     * Opened for reading, the database cannot change under the dump (nobody else can write it while it is
     * open here, and this connection refuses writes), and it may lie on read-only media with no room for a
     * snapshot beside it: its rows are written straight from its own connection.
     */
    private static void writeDirectly(Database db, Path file, OutputGuard outputs, Instant exportedAt, RecipientKey key) {
        try {
            db.jdbi().useHandle(h -> {
                Connection c = h.getConnection();
                int version = schemaVersion(c);
                OutputFile.write(file, outputs, out -> dump(c, version, exportedAt, out, key));
            });
        } catch (SQLException e) {
            throw SqliteErrors.translate(e);
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
        RestoreCopy.Ready ready = RestoreCopy.prepare(file, target);
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
