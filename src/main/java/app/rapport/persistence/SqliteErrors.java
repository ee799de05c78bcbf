package app.rapport.persistence;

import app.rapport.service.StorageException.Reason;
import app.rapport.service.StorageException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns SQLite's failures into {@link StorageException}s the interface can explain. */
public final class SqliteErrors {
    private SqliteErrors() {
    }

    public static StorageException translate(Throwable failure) {
        if (failure instanceof StorageException se) {
            return se;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                return new StorageException(reasonOf(sqlite.getResultCode()), sqlite.getMessage(), failure);
            }
        }
        return new StorageException(Reason.OTHER, String.valueOf(failure.getMessage()), failure);
    }

    static Reason reasonOf(SQLiteErrorCode code) {
        if (code == null) {
            return Reason.OTHER;
        }
        // extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_IOERR_...) carry the primary code in the low byte
        return switch (code.code & 0xff) {
            case 11 -> Reason.CORRUPT;          // SQLITE_CORRUPT
            case 26 -> Reason.NOT_RAPPORT;      // SQLITE_NOTADB
            case 5, 6 -> Reason.LOCKED;         // SQLITE_BUSY, SQLITE_LOCKED
            case 8 -> Reason.READ_ONLY;         // SQLITE_READONLY
            case 13 -> Reason.DISK_FULL;        // SQLITE_FULL
            case 14 -> Reason.CANNOT_OPEN;      // SQLITE_CANTOPEN
            default -> Reason.OTHER;
        };
    }
}
