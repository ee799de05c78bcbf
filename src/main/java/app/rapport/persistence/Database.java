package app.rapport.persistence;

import app.rapport.domain.Text;
import app.rapport.domain.language.NameCollation;
import app.rapport.persistence.contacts.MatchColumns;
import app.rapport.persistence.contacts.SortKeys;
import app.rapport.service.StorageException.Reason;
import app.rapport.service.StorageException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open Rapport database file. Opening takes SQLite's own exclusive lock on the file (so no other
 * process reaches it by any name: a hard link, a symbolic link, another spelling of the path), checks
 * what the file is through that same connection, changes it only where something needs changing
 * (a new file, an older schema), and then serves that one connection to Jdbi, one thread at a time.
 * Opened {@linkplain #openForReading for reading}, nothing is written at all.
 */
public final class Database implements AutoCloseable {
    /** The newest schema version this build knows; a test keeps it equal to the newest migration. */
    public static final int SCHEMA_VERSION = 18;

    /** An SQL function, {@code rapport_fold(text)}, that folds text as {@link Text#fold} does (pickers rank by it). */
    public static final String FOLD_FUNCTION = "rapport_fold";

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Path file;
    private final Object identity;
    private final Connection connection;
    private final boolean readOnly;
    private final Jdbi jdbi;
    private final StatementCache statements = new StatementCache();
    private final SortKeys sortKeys = new SortKeys();
    private final String homeRegion;

    private Database(Path file, Object identity, Connection connection, boolean readOnly, String homeRegion) {
        this.file = file;
        this.homeRegion = homeRegion == null ? "" : homeRegion;
        this.identity = identity;
        this.connection = connection;
        this.readOnly = readOnly;
        registerFold(connection);
        this.jdbi = Jdbi.create(new SharedConnectionFactory(connection, new ReentrantLock()));
        jdbi.installPlugin(new SqlObjectPlugin());
        jdbi.define(MatchColumns.HOME_REGION, this.homeRegion);
        // failures reach the log: say which statement, never the values bound to it (names, notes, emails)
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(Database::statementOnly);
    }

    private static void registerFold(Connection connection) {
        try {
            org.sqlite.Function.create(connection, FOLD_FUNCTION, new org.sqlite.Function() {
                @Override
                protected void xFunc() throws SQLException {
                    result(Text.fold(value_text(0)));
                }
            }, 1, org.sqlite.Function.FLAG_DETERMINISTIC);
        } catch (SQLException e) {
            throw SqliteErrors.translate(e);
        }
    }

    private static String statementOnly(StatementException e) {
        String sql = e.getStatementContext() == null ? null : e.getStatementContext().getRenderedSql();
        return "statement: " + (sql == null ? "(unknown)" : sql.length() > 300 ? sql.substring(0, 300) + "…" : sql);
    }

    /**
     * Opens or creates the database at {@code file}, names sorting the way they last did (the root
     * order for a new file).
     *
     * @throws StorageException when the file is not Rapport's, damaged, newer than this build, or in use
     */
    public static Database open(Path file) {
        return open(file, null, "");
    }

    /**
     * Opens or creates the database at {@code file} with names sorting in {@code names}' order (made
     * anew when they sorted otherwise before); {@code null} keeps the order they had.
     *
     * @throws StorageException when the file is not Rapport's, damaged, newer than this build, or in use
     */
    public static Database open(Path file, NameCollation names) {
        return open(file, names, "");
    }

    /**
     * Opens or creates the database at {@code file} as {@link #open(Path, NameCollation)} does, for a user
     * in {@code homeRegion} (ISO country, "" when unknown): phone numbers are keyed there when the
     * settings name no home country.
     *
     * @throws StorageException when the file is not Rapport's, damaged, newer than this build, or in use
     */
    public static Database open(Path file, NameCollation names, String homeRegion) {
        Path path = file.toAbsolutePath();
        createFolder(path.getParent());
        Connection connection = null;
        Object identity = null;
        try {
            if (!Files.exists(path)) {
                createPrivateFile(path);
            }
            identity = reserve(path);
            if (DatabaseFile.hasContent(path) && !LockedConnection.canWriteBeside(path)) {
                throw new StorageException(Reason.READ_ONLY, path + " or its folder cannot be written");
            }
            connection = LockedConnection.open(path);
            DatabaseFile.State state = DatabaseFile.inspect(connection, path, SCHEMA_VERSION);
            LockedConnection.prepareForWriting(connection, state, homeRegion);
            Database db = new Database(path, identity, connection, false, homeRegion);
            sortOrKeep(db, names);
            LOG.info("Opened {} (schema {}{})", path, SCHEMA_VERSION, state.isNew() ? ", new" : "");
            return db;
        } catch (AccessDeniedException e) {
            closeQuietly(connection, identity);
            throw new StorageException(Reason.READ_ONLY, "Cannot write beside " + path, e);
        } catch (IOException e) {
            closeQuietly(connection, identity);
            StorageException failure = PrivateFiles.failure("Cannot create " + path, e);
            throw failure.reason() == Reason.OTHER ? new StorageException(Reason.CANNOT_OPEN, failure.getMessage(), e) : failure;
        } catch (RuntimeException e) {
            closeQuietly(connection, identity);
            throw SqliteErrors.translate(e);
        }
    }

    /**
     * Sorting names anew (the user chose another language) reads and rewrites every contact. On a
     * damaged file, or with the disk full, that fails; the names then keep the order they had (the
     * transaction is rolled back) and the file still opens, so the window can say what is wrong and
     * offer a way on, rather than refuse to open it at all. They are sorted anew at a later open.
     */
    private static void sortOrKeep(Database db, NameCollation names) {
        try {
            db.sortNamesBy(names);
        } catch (StorageException e) {
            if (e.reason() != Reason.CORRUPT && e.reason() != Reason.DISK_FULL) {
                throw e;
            }
            LOG.error("Names keep the order they had: {} ({})", db.file(), e.reason(), e);
            db.jdbi.useHandle(h -> db.sortKeys.read(h));
        }
    }

    /** Claims the file in this process before anything reads it (see {@link OpenFiles}). */
    private static Object reserve(Path path) {
        try {
            return OpenFiles.reserve(path);
        } catch (StorageException e) {
            throw e.reason() == Reason.LOCKED
                    ? new StorageException(Reason.LOCKED, path + " is open in another Rapport (this one)", e) : e;
        }
    }

    /** True when {@code file}, under this or any other name, is a database open in this process: reading it would unlock it. */
    public static boolean isOpenHere(Path file) {
        return OpenFiles.isOpen(file);
    }

    /**
     * Opens an existing database for commands that only read, writing nothing to it, so that its
     * checksum stays the same and a file on read-only media can still be read. Where the file and its
     * folder can be written it is locked as {@link #open} locks it; on read-only media, which nobody
     * can change, it is opened as immutable. A file that needs changing first (a new or empty file, an
     * older schema) is opened for writing instead, or refused as read-only where it cannot be written.
     *
     * @throws StorageException as {@link #open}, and {@code READ_ONLY} for an older schema on read-only media
     */
    public static Database openForReading(Path file) {
        return openForReading(file, "");
    }

    /** {@link #openForReading(Path)} for a user in {@code homeRegion} (see {@link #open(Path, NameCollation, String)}). */
    public static Database openForReading(Path file, String homeRegion) {
        Path path = file.toAbsolutePath();
        if (!Files.exists(path) || OpenFiles.isOpen(path)) {
            return open(path, null, homeRegion); // nothing to read (the first open makes the schema), or refused as open here
        }
        Connection connection = null;
        Object identity = null;
        try {
            identity = reserve(path);
            if (!DatabaseFile.hasContent(path)) {
                OpenFiles.release(identity);
                return open(path, null, homeRegion);
            }
            boolean writable = LockedConnection.canWriteBeside(path);
            connection = writable ? LockedConnection.open(path) : LockedConnection.openImmutable(path);
            DatabaseFile.State state = DatabaseFile.inspect(connection, path, SCHEMA_VERSION);
            if (state.isNew() || state.schemaVersion() < SCHEMA_VERSION) {
                if (!writable) {
                    throw new StorageException(Reason.READ_ONLY, path + " needs updating to schema " + SCHEMA_VERSION
                            + " (it has " + state.schemaVersion() + ") but cannot be written");
                }
                LockedConnection.prepareForWriting(connection, state, homeRegion);
            }
            LockedConnection.refuseWrites(connection);
            Database db = new Database(path, identity, connection, true, homeRegion);
            db.jdbi.useHandle(h -> db.sortKeys.read(h));
            LOG.info("Opened {} for reading{}", path, writable ? "" : " (read-only media)");
            return db;
        } catch (RuntimeException e) {
            closeQuietly(connection, identity);
            throw SqliteErrors.translate(e);
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * Sorts names in {@code names}' order from now on, re-keying every contact in one transaction when
     * they sorted otherwise ({@code null}: keep the recorded order). Seconds for 100,000 contacts: call it
     * off the FX thread.
     *
     * @return how many contacts were re-keyed
     */
    public int sortNamesBy(NameCollation names) {
        try {
            return jdbi.inTransaction(h -> sortKeys.use(h, names));
        } catch (RuntimeException e) {
            throw SqliteErrors.translate(e);
        }
    }

    /** The keys contacts sort by, and the collation they are made with. */
    public SortKeys sortKeys() {
        return sortKeys;
    }

    public Path file() {
        return file;
    }

    /** The user's country this database was opened for ("" when unknown): see {@link #open(Path, NameCollation, String)}. */
    public String homeRegion() {
        return homeRegion;
    }

    public StatementCache statements() {
        return statements;
    }

    /** True when opened {@linkplain #openForReading for reading}: every write fails as read-only. */
    public boolean isReadOnly() {
        return readOnly;
    }

    @Override
    public void close() {
        if (!readOnly) {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA optimize");
            } catch (SQLException e) {
                LOG.warn("PRAGMA optimize failed on close", e);
            }
        }
        statements.close();
        closeQuietly(connection, identity); // closing the connection is what releases the lock
        LOG.info("Closed {}", file);
    }

    private static void createFolder(Path folder) {
        if (folder == null || Files.isDirectory(folder)) {
            return;
        }
        try {
            if (isPosix()) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new StorageException(Reason.READ_ONLY, "Cannot create the folder " + folder, e);
        }
    }

    /** The database holds private notes: on systems with file modes only the owner may read it. */
    private static void createPrivateFile(Path path) throws IOException {
        if (isPosix()) {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(path);
        }
    }

    private static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static void closeQuietly(Connection connection, Object identity) {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            LOG.warn("Closing the connection failed", e);
        } finally {
            OpenFiles.release(identity);
        }
    }
}
