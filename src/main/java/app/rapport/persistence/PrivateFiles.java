package app.rapport.persistence;

import app.rapport.service.StorageException.Reason;
import app.rapport.service.StorageException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups hold the same private notes as the database: where the file system has modes, only the
 * owner may read them (files 600, folders 700). Files are written under a temporary name beside
 * their place and moved there when complete, so a half-written backup never carries a real name.
 */
public final class PrivateFiles {
    private static final Logger LOG = LoggerFactory.getLogger(PrivateFiles.class);
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    public static void createFolder(Path folder) {
        if (Files.isDirectory(folder)) {
            return;
        }
        try {
            if (POSIX) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw failure("Cannot create the folder " + folder, e);
        }
    }

    /** A new empty private file beside {@code target}, its name starting with a dot and the target's name. */
    public static Path tempBeside(Path target, String suffix) {
        Path folder = target.toAbsolutePath().getParent();
        createFolder(folder);
        try {
            FileAttribute<?>[] attributes = POSIX
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                    : new FileAttribute<?>[0];
            return Files.createTempFile(folder, "." + target.getFileName() + "-", suffix, attributes);
        } catch (IOException e) {
            throw failure("Cannot write in " + folder, e);
        }
    }

    /**
     * Gives a finished temporary file its real name in one step, replacing what had that name. The file
     * reaches the disk before the rename and the rename after it, so a power cut leaves the old file or
     * the whole new one, never a new name on an empty file.
     */
    public static void moveIntoPlace(Path temp, Path target) {
        try {
            try (java.nio.channels.FileChannel written = java.nio.channels.FileChannel.open(temp, StandardOpenOption.WRITE)) {
                written.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            app.rapport.io.exporting.OutputFile.syncFolder(target.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw failure("Cannot write " + target, e);
        }
    }


    /** Deletes a SQLite file with its journal, write-ahead log, shared memory and lock files, if present. */
    public static void deleteDatabase(Path file) {
        for (String suffix : new String[] {"", "-journal", "-wal", "-shm", ".lock"}) {
            Path p = file.resolveSibling(file.getFileName() + suffix);
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                LOG.warn("Could not delete the temporary file {}", p, e);
            }
        }
    }

    public static StorageException failure(String message, IOException e) {
        Reason reason = Reason.OTHER;
        if (e instanceof AccessDeniedException) {
            reason = Reason.READ_ONLY;
        } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
            String why = fse.getReason().toLowerCase(java.util.Locale.ROOT);
            reason = why.contains("no space") ? Reason.DISK_FULL : why.contains("read-only") ? Reason.READ_ONLY : Reason.OTHER;
        } else if (String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("no space")) {
            reason = Reason.DISK_FULL;
        }
        return new StorageException(reason, message, e);
    }
}
