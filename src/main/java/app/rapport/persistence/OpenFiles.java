package app.rapport.persistence;

import app.rapport.service.StorageException.Reason;
import app.rapport.service.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The database files open in this process, by identity (device and inode where the system has them,
 * the real path elsewhere), found without opening the file. This matters because the lock on an open
 * database is a POSIX record lock, and POSIX drops a process's locks on a file when the process closes
 * ANY descriptor of it: reading the header of an open database, even under another name, would
 * silently unlock it for other processes. So nothing here reads a file before asking this registry.
 */
public final class OpenFiles {
    private static final Set<Object> OPEN = ConcurrentHashMap.newKeySet();

    private OpenFiles() {
    }

    /** The file's identity, or null when it does not exist. Reads its attributes only. */
    public static Object identityOf(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            Object key = attributes.fileKey();
            return key != null ? key : file.toRealPath().toString();
        } catch (IOException e) {
            return null;
        }
    }

    /** True when {@code file}, by whatever name, is a database open in this process. */
    public static boolean isOpen(Path file) {
        Object identity = identityOf(file);
        return identity != null && OPEN.contains(identity);
    }

    /**
     * Marks the existing {@code file} as being opened here, before anything reads it.
     *
     * @return its identity, to {@linkplain #release release} when it closes
     * @throws StorageException {@code LOCKED} when it is open here already
     */
    static Object reserve(Path file) {
        Object identity = identityOf(file);
        if (identity == null) {
            throw new StorageException(Reason.CANNOT_OPEN, file + " does not exist");
        }
        if (!OPEN.add(identity)) {
            throw new StorageException(Reason.LOCKED, file + " is open in this Rapport already");
        }
        return identity;
    }

    static void release(Object identity) {
        if (identity != null) {
            OPEN.remove(identity);
        }
    }
}
