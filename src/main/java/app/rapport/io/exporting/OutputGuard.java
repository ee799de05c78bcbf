package app.rapport.io.exporting;

import app.rapport.io.exporting.ExportException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;

/**
 * What a file the user chose to write may not be, for one open database: the database itself (by
 * identity, so a hard or symbolic link to it counts), its working files ({@code -wal}, {@code -shm},
 * {@code -journal}, {@code .lock}), anything in its backups folder, or any other Rapport database or
 * backup. Every export, picture, PDF and copy asks here before it writes (see {@link OutputFile}).
 */
public final class OutputGuard {
    /** Rapport's SQLite {@code application_id} ("Rapp"), four bytes at offset 68 of a database's header. */
    public static final int APPLICATION_ID = 0x52617070;

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int APPLICATION_ID_OFFSET = 68;
    private static final List<String> COMPANIONS = List.of("-wal", "-shm", "-journal", ".lock");
    private static final int MAX_LINKS = 40;
    /** The file-type bits of a Unix mode, and the two types written in place. */
    private static final int TYPE_MASK = 0170000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int FIFO = 0010000;
    private static final boolean UNIX = FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

    /**
     * Where the bytes go. {@code file} is the file a symbolic link leads to, so the link stays a link;
     * {@code direct} means a device or pipe (such as {@code /dev/null}), written in place because
     * it cannot be replaced.
     */
    public record Destination(Path file, boolean direct) {
    }

    private final Path database;
    private final Path backups;

    /** Guards {@code database} (the open one), its working files, and its {@code backupsFolder}. */
    public OutputGuard(Path database, Path backupsFolder) {
        this.database = database.toAbsolutePath().normalize();
        this.backups = backupsFolder.toAbsolutePath().normalize();
    }

    /** The open database this guard protects. */
    public Path database() {
        return database;
    }

    /**
     * Checks {@code target} without changing anything.
     *
     * @throws ExportException saying why nothing may be written there
     */
    public Destination check(Path target) {
        Path asked = target.toAbsolutePath().normalize();
        try {
            if (Files.isDirectory(asked)) {
                throw new ExportException(Reason.IS_FOLDER, asked, null);
            }
            boolean exists = Files.exists(asked);
            if (exists && !Files.isRegularFile(asked)) {
                // a device or pipe: the kernel follows the links (/dev/stdout, /proc/self/fd/1) itself
                if (!writableInPlace(asked)) {
                    throw new ExportException(Reason.NOT_A_FILE, asked, null);
                }
                refuseProtected(asked, asked);
                return new Destination(asked, true);
            }
            Path file = exists ? asked.toRealPath() : placeOf(asked);
            refuseProtected(asked, file);
            if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
                throw new ExportException(Reason.NO_FOLDER, asked, null);
            }
            if (exists && isRapportDatabase(file)) {
                throw new ExportException(Reason.RAPPORT_DATABASE, asked, null);
            }
            return new Destination(file, false);
        } catch (IOException e) {
            throw new ExportException(Reason.FAILED, asked, e);
        }
    }

    private void refuseProtected(Path asked, Path file) throws IOException {
        if (same(file, database)) {
            throw new ExportException(Reason.OPEN_DATABASE, asked, null);
        }
        for (String suffix : COMPANIONS) {
            if (same(file, companion(database, suffix)) || same(file, companion(real(database), suffix))) {
                throw new ExportException(Reason.DATABASE_FILE, asked, null);
            }
            // the working file of another Rapport database: replacing it would damage that one
            String name = file.getFileName().toString();
            if (name.endsWith(suffix) && name.length() > suffix.length()
                    && isRapportDatabase(file.resolveSibling(name.substring(0, name.length() - suffix.length())))) {
                throw new ExportException(Reason.DATABASE_FILE, asked, null);
            }
        }
        if (file.startsWith(backups) || file.startsWith(real(backups))) {
            throw new ExportException(Reason.BACKUPS_FOLDER, asked, null);
        }
    }

    /** The same file: by identity when both exist (links), else by their place in the real folders. */
    private static boolean same(Path a, Path b) throws IOException {
        if (Files.exists(a) && Files.exists(b)) {
            return Files.isSameFile(a, b);
        }
        return placeOf(a).equals(placeOf(b));
    }

    private static Path companion(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /** The path with symbolic links resolved as far as the file system has them. */
    private static Path real(Path path) throws IOException {
        return Files.exists(path) ? path.toRealPath() : placeOf(path);
    }

    /**
     * Where a file that may not exist yet would be: the links of its name followed (a dangling link
     * is written through, not replaced), its folders by their real path as far as they exist.
     */
    private static Path placeOf(Path path) throws IOException {
        Path p = path.toAbsolutePath().normalize();
        for (int i = 0; Files.isSymbolicLink(p); i++) {
            if (i == MAX_LINKS) {
                throw new IOException("Too many levels of symbolic links: " + path);
            }
            p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
        }
        // the nearest folder that exists, by its real path, then the names not made yet
        Path existing = p.getParent();
        Path rest = p.getFileName();
        while (existing != null && !Files.exists(existing)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        return existing == null ? p : existing.toRealPath().resolve(rest);
    }

    /** A character device or a pipe; never a disk (block device) or a socket. */
    private static boolean writableInPlace(Path file) throws IOException {
        if (!UNIX) {
            return Files.readAttributes(file, BasicFileAttributes.class).isOther(); // Windows: NUL and the like
        }
        int type = (Integer) Files.getAttribute(file, "unix:mode") & TYPE_MASK;
        return type == CHARACTER_DEVICE || type == FIFO;
    }

    /**
     * A SQLite file with Rapport's application id: a Rapport database or one of its backups. The open
     * database is never read here, by any name: closing any descriptor of it would drop the process's
     * POSIX lock on it (see decision 0012), so it is recognised by identity alone.
     */
    private boolean isRapportDatabase(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            if (Files.exists(database) && Files.isSameFile(file, database)) {
                return true;
            }
        } catch (IOException e) {
            throw new ExportException(Reason.FAILED, file, e);
        }
        byte[] header = new byte[APPLICATION_ID_OFFSET + 4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(header, 0, header.length) < header.length) {
                return false;
            }
        } catch (IOException e) {
            // a file we cannot read may still be a database; a rename would replace it all the same
            throw new ExportException(Reason.NOT_ALLOWED, file, e);
        }
        return Arrays.equals(header, 0, SQLITE_HEADER.length, SQLITE_HEADER, 0, SQLITE_HEADER.length)
                && ByteBuffer.wrap(header, APPLICATION_ID_OFFSET, 4).getInt() == APPLICATION_ID;
    }
}
