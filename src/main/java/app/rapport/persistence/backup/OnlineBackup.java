package app.rapport.persistence.backup;

import app.rapport.persistence.Database;
import app.rapport.persistence.PrivateFiles;
import app.rapport.persistence.SqliteErrors;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.core.DB;

/**
 * Copies through SQLite's online backup, which copies pages as SQLite sees them, write-ahead log
 * included, rather than the bytes on disk. On the open database it runs under the shared connection's
 * lock, so no write comes between pages. The file name goes to SQLite as it is, through sqlite-jdbc's
 * Java call rather than its {@code backup to "path"} statement, which cannot name a folder whose
 * name holds both kinds of quote.
 */
final class OnlineBackup {
    private OnlineBackup() {
    }

    /** A consistent, self-contained copy of the open database at {@code target}, which appears complete or not at all. */
    static void copy(Database db, Path target) {
        Path temp = PrivateFiles.tempBeside(target, ".db");
        try {
            snapshot(db, temp);
            selfContained(temp);
            PrivateFiles.moveIntoPlace(temp, target);
        } finally {
            PrivateFiles.deleteDatabase(temp);
        }
    }

    /** Copies the open database into the (empty) file {@code temp}, as it is between two transactions. */
    static void snapshot(Database db, Path temp) {
        try {
            db.jdbi().useHandle(h -> backUp(h.getConnection(), temp));
        } catch (SQLException | RuntimeException e) {
            throw SqliteErrors.translate(e);
        }
    }

    /** Copies a database file that is not open here, reading it only, into the (empty) file {@code target}. */
    static void copyClosed(Path source, Path target) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + source.toAbsolutePath())) {
            backUp(c, target);
        } catch (SQLException e) {
            throw SqliteErrors.translate(e);
        }
    }

    /**
     * True when {@code file}, opened read-only, passes {@code PRAGMA quick_check} (every page of every
     * table and index read, without comparing indexes to their tables: seconds, not minutes, on
     * 100,000 contacts). A file SQLite cannot read at all fails it too.
     */
    static boolean passesCheck(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            return rs.next() && "ok".equals(rs.getString(1)) && !rs.next();
        } catch (SQLException e) {
            if (SqliteErrors.translate(e).reason() == app.rapport.service.StorageException.Reason.CORRUPT
                    || SqliteErrors.translate(e).reason() == app.rapport.service.StorageException.Reason.NOT_RAPPORT) {
                return false;
            }
            throw SqliteErrors.translate(e); // cannot open, disk trouble: not a verdict on the copy
        }
    }

    /**
     * Replaces the open database's content with {@code source}'s in one write transaction: other
     * readers see the old data or the new, never a mix; a failure leaves the old.
     */
    static void restore(Database db, Path source) {
        try {
            db.jdbi().useHandle(h -> {
                db.statements().close(); // compiled against the schema about to be replaced
                Connection c = h.getConnection();
                int rc = c.unwrap(SQLiteConnection.class).getDatabase().restore("main", path(source), null);
                if (rc != SQLiteErrorCode.SQLITE_OK.code) {
                    throw DB.newSQLException(rc, "Restore failed");
                }
            });
            db.sortNamesBy(null); // the restored file's names sort as it records
        } catch (SQLException | RuntimeException e) {
            throw SqliteErrors.translate(e);
        }
    }

    /**
     * The copy keeps the source's write-ahead-log mode in its header; a backup should be one file
     * that opens anywhere, even read-only, so it goes back to a rollback journal.
     */
    private static void selfContained(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = DELETE");
        } catch (SQLException e) {
            throw SqliteErrors.translate(e);
        }
    }

    private static void backUp(Connection c, Path target) throws SQLException {
        int rc = c.unwrap(SQLiteConnection.class).getDatabase().backup("main", path(target), null);
        if (rc != SQLiteErrorCode.SQLITE_OK.code) {
            throw DB.newSQLException(rc, "Backup failed");
        }
    }

    private static String path(Path file) {
        return file.toAbsolutePath().toString();
    }
}
