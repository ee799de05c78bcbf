package app.rapport.persistence;

import app.rapport.domain.NameCollation;
import app.rapport.domain.Text;
import app.rapport.service.StorageException;
import app.rapport.service.StorageException.Reason;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.Function;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * One open Rapport database file. Opening checks the file first without changing it, takes a lock
 * so a second Rapport cannot open it at the same time, migrates the schema, and then serves one
 * SQLite connection to Jdbi, one thread at a time.
 */
public final class Database implements AutoCloseable {
    /** The newest schema version this build knows; a test keeps it equal to the newest migration. */
    public static final int SCHEMA_VERSION = 8;

    /** An SQL function, {@code rapport_fold(text)}, that folds text as {@link Text#fold} does (pickers rank by it). */
    static final String FOLD_FUNCTION = "rapport_fold";

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Path file;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Connection connection;
    private final Jdbi jdbi;
    private final StatementCache statements = new StatementCache();
    private final SortKeys sortKeys = new SortKeys();

    private Database(Path file, FileChannel lockChannel, FileLock lock, Connection connection) {
        this.file = file;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.connection = connection;
        this.jdbi = Jdbi.create(new SharedConnectionFactory(connection, new ReentrantLock()));
        jdbi.installPlugin(new SqlObjectPlugin());
    }

    /**
     * Opens or creates the database at {@code file}, names sorting the way they last did (the root
     * order for a new file).
     *
     * @throws StorageException when the file is not Rapport's, damaged, newer than this build, or in use
     */
    public static Database open(Path file) {
        return open(file, null);
    }

    /**
     * Opens or creates the database at {@code file} with names sorting in {@code names}' order (made
     * anew when they sorted otherwise before); {@code null} keeps the order they had.
     *
     * @throws StorageException when the file is not Rapport's, damaged, newer than this build, or in use
     */
    public static Database open(Path file, NameCollation names) {
        Path path = file.toAbsolutePath();
        createFolder(path.getParent());
        FileChannel lockChannel = null;
        FileLock lock = null;
        Connection connection = null;
        try {
            lockChannel = FileChannel.open(lockFileOf(path), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = tryLock(lockChannel);
            if (lock == null) {
                throw new StorageException(Reason.LOCKED, path + " is open in another Rapport");
            }
            DatabaseFile.State state = DatabaseFile.inspect(path, SCHEMA_VERSION);
            if (state.isNew() && !Files.exists(path)) {
                createPrivateFile(path);
            }
            if (state.schemaVersion() < SCHEMA_VERSION) {
                migrate(path);
            }
            connection = connect(path);
            Database db = new Database(path, lockChannel, lock, connection);
            db.sortNamesBy(names);
            LOG.info("Opened {} (schema {}{})", path, SCHEMA_VERSION, state.isNew() ? ", new" : "");
            return db;
        } catch (AccessDeniedException e) {
            closeQuietly(connection, lock, lockChannel);
            throw new StorageException(Reason.READ_ONLY, "Cannot write beside " + path, e);
        } catch (IOException e) {
            closeQuietly(connection, lock, lockChannel);
            throw new StorageException(Reason.CANNOT_OPEN, "Cannot open " + path, e);
        } catch (RuntimeException e) {
            closeQuietly(connection, lock, lockChannel);
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

    StatementCache statements() {
        return statements;
    }

    @Override
    public void close() {
        try {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA optimize");
            }
        } catch (SQLException e) {
            LOG.warn("PRAGMA optimize failed on close", e);
        }
        statements.close();
        closeQuietly(connection, lock, lockChannel);
        LOG.info("Closed {}", file);
    }

    static Path lockFileOf(Path db) {
        return db.resolveSibling(db.getFileName() + ".lock");
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this same process
        }
    }

    private static void migrate(Path path) {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + path);
        try {
            Flyway.configure()
                    .dataSource(source)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw SqliteErrors.translate(e);
        }
    }

    private static Connection connect(Path path) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(3000);
        config.setApplicationId(DatabaseFile.APPLICATION_ID);
        // 32 MB of page cache (the default is 2 MB): sorting and filtering 100,000 contacts revisits
        // the same pages on every keystroke; temporary sort trees stay in memory
        config.setCacheSize(-32_000);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        try {
            Connection connection = config.createConnection("jdbc:sqlite:" + path);
            Function.create(connection, FOLD_FUNCTION, new Function() {
                @Override
                protected void xFunc() throws SQLException {
                    result(Text.fold(value_text(0)));
                }
            }, 1, Function.FLAG_DETERMINISTIC);
            return connection;
        } catch (SQLException e) {
            throw SqliteErrors.translate(e);
        }
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

    private static void closeQuietly(Connection connection, FileLock lock, FileChannel channel) {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            LOG.warn("Closing the connection failed", e);
        }
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            LOG.warn("Releasing the lock failed", e);
        }
    }
}
