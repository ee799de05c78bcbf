package app.rapport.persistence;

import app.rapport.persistence.contacts.MatchColumns;
import app.rapport.service.StorageException.Reason;
import app.rapport.service.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The one SQLite connection of an open {@link Database}, holding SQLite's exclusive lock on the file
 * for as long as it is open. The lock is the operating system's lock on the file itself, so it holds
 * whatever name another process uses to reach it (a hard link, a symbolic link, a relative path); a
 * lock on a {@code <name>.lock} file did not. SQLite keeps it while its other connections in this process
 * open and close the same file (it holds their descriptors back); a descriptor opened outside SQLite would
 * release it on closing, which {@link OpenFiles} prevents. See decision 0012.
 */
final class LockedConnection {
    private static final int BUSY_MILLIS = 2_000;

    private LockedConnection() {
    }

    /**
     * Opens {@code path} and takes the lock before anything reads the file, so that what is checked next
     * is what stays. Writes nothing: the transaction that takes the lock changes no page.
     *
     * @throws StorageException {@code LOCKED} when another process has the file open
     */
    static Connection open(Path path) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_MILLIS);
        Connection c = null;
        try {
            c = config.createConnection("jdbc:sqlite:" + path);
            try (Statement s = c.createStatement()) {
                // before the first read: in write-ahead-log mode this also keeps the log's index in this
                // process's memory rather than a -shm file another process could map
                s.execute("PRAGMA locking_mode = EXCLUSIVE");
                s.execute("BEGIN EXCLUSIVE");
                s.execute("COMMIT");
                s.execute("PRAGMA foreign_keys = ON");
                s.execute("PRAGMA synchronous = NORMAL");
                // 32 MB of page cache (the default is 2 MB): sorting and filtering 100,000 contacts revisits
                // the same pages on every keystroke; temporary sort trees stay in memory
                s.execute("PRAGMA cache_size = -32000");
                s.execute("PRAGMA temp_store = MEMORY");
            }
            return c;
        } catch (SQLException e) {
            close(c);
            if (e instanceof SQLiteException sqlite && isBusy(sqlite.getResultCode())) {
                throw new StorageException(Reason.LOCKED, path + " is open in another Rapport", e);
            }
            throw SqliteErrors.translate(e);
        }
    }

    /**
     * Opens a file on read-only media for reading: nobody can change it there, so SQLite is told it is
     * immutable and neither locks it nor looks for a -wal or -shm file it could not create. A non-empty
     * write-ahead log beside it holds changes the file lacks; reading without it would show old data.
     */
    static Connection openImmutable(Path path) {
        Path wal = path.resolveSibling(path.getFileName() + "-wal");
        try {
            if (Files.exists(wal) && Files.size(wal) > 0) {
                throw new StorageException(Reason.READ_ONLY,
                        path + " has unsaved changes in " + wal.getFileName() + " and cannot be written to take them in");
            }
        } catch (IOException e) {
            throw new StorageException(Reason.CANNOT_OPEN, "Cannot read " + wal, e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try {
            Connection c = config.createConnection("jdbc:sqlite:" + path.toUri().toASCIIString() + "?immutable=1");
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA cache_size = -32000");
                s.execute("PRAGMA temp_store = MEMORY");
            }
            return c;
        } catch (SQLException e) {
            throw SqliteErrors.translate(e);
        }
    }

    /** Whether the file and the folder its -wal and -journal files go into can be written (by anyone: root too). */
    static boolean canWriteBeside(Path path) {
        Path folder = path.toAbsolutePath().getParent();
        return Files.isWritable(path) && (folder == null || Files.isWritable(folder));
    }

    /**
     * Makes the file a current Rapport database, writing only what differs: the journal mode, the
     * schema (migrated through this same connection, which holds the lock), and the application id.
     * Phone numbers are keyed in the settings' home country, else in {@code homeRegion} (see {@link MatchColumns}).
     */
    static void prepareForWriting(Connection c, DatabaseFile.State state, String homeRegion) {
        try (Statement s = c.createStatement()) {
            if (state.isNew()) {
                s.execute("PRAGMA application_id = " + DatabaseFile.APPLICATION_ID); // Rapport's before anything else
            }
            if (state.schemaVersion() < Database.SCHEMA_VERSION) {
                // Flyway keeps a read open on one of its connections while committing on the other; on one
                // shared connection SQLite allows that with a rollback journal, not with a write-ahead log
                if ("wal".equalsIgnoreCase(text(s, "PRAGMA journal_mode"))) {
                    // read and closed: the row this pragma answers with, left open, keeps a statement in
                    // progress, and then no migration can commit (every user's file was in WAL mode)
                    text(s, "PRAGMA journal_mode = DELETE");
                }
                migrate(c);
                if (state.schemaVersion() < MATCH_COLUMNS) {
                    fillMatchColumns(c, homeRegion);
                }
            }
            if (!"wal".equalsIgnoreCase(text(s, "PRAGMA journal_mode"))) {
                text(s, "PRAGMA journal_mode = WAL");
            }
            if (DatabaseFile.intOf(s, "PRAGMA application_id") != DatabaseFile.APPLICATION_ID) {
                s.execute("PRAGMA application_id = " + DatabaseFile.APPLICATION_ID);
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(LockedConnection.class);

    /** The version that added the match keys (V12) */
    private static final int MATCH_COLUMNS = 12;

    /**
     * Computes the match keys of the rows a file from before V12 holds, once, as it is brought up to
     * date. Where that fails on a damaged file or a full disk the file still opens: an import then
     * computes the missing keys itself (see {@link MatchColumns}), only slower.
     */
    private static void fillMatchColumns(Connection c, String homeRegion) {
        try {
            int filled = MatchColumns.fill(c, homeRegion);
            if (filled > 0) {
                LOG.info("Computed the match keys of {} rows", filled);
            }
        } catch (SQLException | RuntimeException e) {
            StorageException failure = SqliteErrors.translate(e);
            if (failure.reason() != Reason.CORRUPT && failure.reason() != Reason.DISK_FULL) {
                throw failure;
            }
            LOG.error("The match keys are left to imports to compute ({})", failure.reason(), failure);
        }
    }

    /** From now on every write fails as read-only: a command that only reads cannot change the file by mistake. */
    static void refuseWrites(Connection c) {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA query_only = ON");
        } catch (SQLException e) {
            throw SqliteErrors.translate(e);
        }
    }

    /**
     * Flyway runs on the locked connection itself: a second connection of this process would be shut out
     * by the lock, and one taken before it would leave a moment for another process. Foreign keys are off
     * while it runs, as on any fresh connection, so a migration rebuilding a table cascades nothing.
     */
    private static void migrate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = OFF");
        }
        try {
            Flyway.configure()
                    .dataSource(new BorrowedConnection(c))
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw SqliteErrors.translate(e);
        } finally {
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys = ON");
            }
        }
    }

    private static String text(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private static boolean isBusy(SQLiteErrorCode code) {
        return code != null && ((code.code & 0xff) == 5 || (code.code & 0xff) == 6);
    }

    private static void close(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing; the first failure is the one to report
            }
        }
    }
}
