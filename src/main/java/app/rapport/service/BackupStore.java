package app.rapport.service;

import app.rapport.domain.Backup;
import java.nio.file.Path;
import java.util.List;

/** The files behind the backups of the open database, and replacing its data from one. */
public interface BackupStore {

    /** The open database's file. */
    Path database();

    /** The folder its backups go in. */
    Path folder();

    /** Writes a consistent copy of the open database to {@code file}, replacing it at once. */
    void copyTo(Path file);

    /** Writes every table of the user's data as JSON to {@code file}, replacing it at once. */
    void writeJson(Path file);

    /**
     * Imports a JSON backup into the open database, which must hold no data.
     *
     * @throws BackupException when it holds data or the file is not a usable backup
     */
    void importJson(Path file);

    /**
     * The backups of this database in {@link #folder()}, in no particular order: damaged when the
     * name says so, good when {@link #rememberGood} recorded the file as it is now, else unchecked.
     */
    List<Backup> list();

    void delete(Backup backup);

    /** Runs SQLite's check on a backup file, reading it only; a file that cannot be read is damaged. */
    Backup.Health check(Path file);

    /** Records that {@code file} passed the check, so listing it again needs no second check. */
    void rememberGood(Path file);

    /** Gives a backup another name in its folder (a damaged copy is marked in its name). */
    void rename(Path from, Path to);

    /** Contacts not in the trash. */
    long contacts();

    /** True when no table of the user's data holds a row. */
    boolean isEmpty();

    /**
     * Checks a backup (a Rapport database or JSON backup) and readies a private copy in this
     * build's schema. The open database is not touched.
     *
     * @throws BackupException when the file is not a usable backup
     */
    RestorePlan prepare(Path source);

    /** Replaces the open database's data with the prepared copy in one step, then deletes the copy. */
    void replaceWith(RestorePlan plan);

    /** Deletes a prepared copy that will not be used. */
    void discard(RestorePlan plan);
}
