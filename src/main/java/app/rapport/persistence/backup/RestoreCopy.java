package app.rapport.persistence.backup;

import app.rapport.domain.backup.BackupNames;
import app.rapport.io.encryption.EncryptedFile;
import app.rapport.io.encryption.EncryptionException;
import app.rapport.io.encryption.Passphrase;
import app.rapport.persistence.Database;
import app.rapport.persistence.DatabaseFile;
import app.rapport.persistence.DerivedData;
import app.rapport.persistence.OpenFiles;
import app.rapport.persistence.PrivateFiles;
import app.rapport.persistence.SqliteErrors;
import app.rapport.service.StorageException;
import app.rapport.service.backup.BackupException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * Turns a backup the user chose (a Rapport database or JSON backup) into a private database file in
 * this build's schema, checked from end to end, ready to replace the open one. The chosen file is
 * only read; the open database is not touched; on any failure the private file is deleted.
 */
final class RestoreCopy {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** The checked copy, what it holds, and when the backup was taken. */
    record Ready(Path file, LocalDateTime takenAt, long contacts) {
    }

    private RestoreCopy() {
    }

    /**
     * Prepares {@code source} as a private file beside {@code target}, the database it may replace,
     * named after it ({@code .restore-rapport.db-…}) so the next open of that database, which holds its
     * lock, knows the file for its own if a killed run left it.
     */
    static Ready prepare(Path source, Database target) {
        return prepare(source, target, (Passphrase) null);
    }

    /**
     * The same for a backup that may be encrypted: it is opened with {@code passphrase} into a private
     * file beside {@code target}, named as the copy is, first (the passphrase is checked before a byte
     * is written), which is deleted once the copy is ready or has failed.
     */
    static Ready prepare(Path source, Database into, Passphrase passphrase) {
        Path target = into.file();
        String region = into.homeRegion();
        if (OpenFiles.isOpen(source)) { // reading it would unlock it (see OpenFiles): refuse before opening it
            throw new StorageException(StorageException.Reason.LOCKED, source + " is a database open in this Rapport",
                    null, source);
        }
        if (!isEncrypted(source)) {
            return prepareContent(source, source, target, region);
        }
        if (passphrase == null) {
            throw new BackupException(BackupException.Reason.PASSPHRASE_NEEDED, source + " is encrypted");
        }
        Path opened = PrivateFiles.tempBeside(restoreName(target), ".db");
        try {
            EncryptedFile.decrypt(source, opened, passphrase);
            return prepareContent(opened, source, target, region);
        } catch (EncryptionException e) {
            throw new BackupException(switch (e.reason()) {
                case WRONG_PASSPHRASE -> BackupException.Reason.WRONG_PASSPHRASE;
                case TOO_NEW -> BackupException.Reason.TOO_NEW;
                case NOT_ENCRYPTED, DAMAGED -> BackupException.Reason.DAMAGED;
            }, source + " cannot be opened: " + e.getMessage(), e);
        } catch (IOException e) {
            throw PrivateFiles.failure("Cannot open " + source + " into " + opened, e);
        } finally {
            PrivateFiles.deleteDatabase(opened);
        }
    }

    /** Named after the database, so that its next open cleans what a killed run left ({@link Leftovers}). */
    private static Path restoreName(Path target) {
        return target.resolveSibling("restore-" + target.getFileName());
    }

    /** Prepares the content of {@code content}, named and dated as {@code source} (the file the user chose). */
    private static Ready prepareContent(Path content, Path source, Path target, String region) {
        boolean database = isSqlite(content);
        Path copy = PrivateFiles.tempBeside(restoreName(target), ".db");
        try {
            LocalDateTime takenAt;
            if (database) {
                checkIsRapport(content);
                try {
                    OnlineBackup.copyClosed(content, copy);
                } catch (StorageException e) {
                    throw blamed(source, e);
                }
                takenAt = BackupNames.parseAny(source.getFileName().toString())
                        .map(BackupNames.Parsed::takenAt).orElseGet(() -> modified(source));
            } else {
                JsonLoad.Header header = JsonLoad.into(content, copy);
                takenAt = header.exportedAt() == null ? modified(source)
                        : LocalDateTime.ofInstant(header.exportedAt(), ZoneId.systemDefault());
            }
            long contacts = finish(source, copy, !database, region);
            return new Ready(copy, takenAt, contacts);
        } catch (RuntimeException e) {
            PrivateFiles.deleteDatabase(copy);
            throw e;
        }
    }

    /**
     * Brings the copy to this build's schema; a copy of a database file has every page read once
     * (damage shows now, not after the swap), one built from JSON has what it left out recomputed
     * (its rows met every rule of the schema on the way in).
     */
    private static long finish(Path source, Path copy, boolean fromJson, String region) {
        try (Database db = Database.open(copy, null, region)) {
            return db.jdbi().withHandle(h -> {
                Connection c = h.getConnection();
                if (fromJson) {
                    c.setAutoCommit(false);
                    DerivedData.recompute(c, region);
                    c.commit();
                    c.setAutoCommit(true);
                }
                try (Statement s = c.createStatement()) {
                    if (!fromJson) {
                        try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                            if (!rs.next() || !"ok".equals(rs.getString(1))) {
                                throw new BackupException(BackupException.Reason.DAMAGED, source + " fails SQLite's check");
                            }
                        }
                    }
                    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM contact WHERE deleted_at IS NULL")) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }
            });
        } catch (SQLException e) {
            throw unreadable(source, SqliteErrors.translate(e));
        } catch (StorageException e) {
            throw unreadable(source, e);
        }
    }

    /**
     * Damage found in the copy is the backup's, not the open database's; a full disk or a folder that
     * cannot be written is the target's (the copy lies beside the database), and the backup is fine.
     */
    private static RuntimeException unreadable(Path source, StorageException e) {
        if (e.reason() == StorageException.Reason.CORRUPT || e.reason() == StorageException.Reason.NOT_RAPPORT) {
            return new BackupException(BackupException.Reason.DAMAGED, source + " cannot be read: " + e.getMessage(), e);
        }
        return e;
    }

    /**
     * While copying, SQLite reads the source and writes the copy beside the database: a full disk and a
     * folder that cannot be written are the target's; anything else (locked, unreadable, damaged) the source's.
     */
    private static RuntimeException blamed(Path source, StorageException e) {
        return switch (e.reason()) {
            case DISK_FULL, READ_ONLY -> e;
            case CORRUPT, NOT_RAPPORT -> new BackupException(BackupException.Reason.DAMAGED, source + " cannot be read: "
                    + e.getMessage(), e);
            default -> sourcesFault(source, e);
        };
    }

    /** The same failure, naming the backup being read, so the message does not blame the open database. */
    private static StorageException sourcesFault(Path source, StorageException e) {
        return new StorageException(e.reason() == StorageException.Reason.READ_ONLY ? StorageException.Reason.CANNOT_OPEN
                : e.reason(), e.getMessage(), e, source);
    }

    /** Refuses, without writing a byte, what is not a Rapport database or comes from a newer Rapport. */
    private static void checkIsRapport(Path source) {
        DatabaseFile.State state;
        try {
            state = DatabaseFile.inspect(source, Database.SCHEMA_VERSION);
        } catch (StorageException e) {
            throw switch (e.reason()) {
                case NOT_RAPPORT -> new BackupException(BackupException.Reason.NOT_A_BACKUP, e.getMessage(), e);
                case TOO_NEW -> new BackupException(BackupException.Reason.TOO_NEW, e.getMessage(), e);
                case CORRUPT -> new BackupException(BackupException.Reason.DAMAGED, e.getMessage(), e);
                default -> sourcesFault(source, e); // only the source was being read
            };
        }
        if (state.isNew()) {
            throw new BackupException(BackupException.Reason.NOT_A_BACKUP, source + " holds no Rapport data");
        }
    }

    private static boolean isEncrypted(Path file) {
        try {
            return EncryptedFile.isEncrypted(file);
        } catch (java.io.UncheckedIOException e) {
            throw new StorageException(StorageException.Reason.CANNOT_OPEN, "Cannot read " + file, e.getCause());
        }
    }

    private static boolean isSqlite(Path file) {
        byte[] header = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(header, 0, header.length) == header.length && Arrays.equals(header, SQLITE_HEADER);
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.CANNOT_OPEN, "Cannot read " + file, e, file);
        }
    }

    private static LocalDateTime modified(Path file) {
        try {
            return LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
        } catch (IOException e) {
            return null;
        }
    }
}
