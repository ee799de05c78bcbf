package app.rapport.service.backup;

import app.rapport.domain.backup.Backup;
import app.rapport.io.encryption.Passphrase;
import app.rapport.io.encryption.RecipientKey;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The files behind the backups of the open database, and replacing its data from one. The methods
 * about encryption have defaults for a store that cannot encrypt (test fakes); the real one overrides them all.
 */
public interface BackupStore {

    /** The open database's file. */
    Path database();

    /** The folder its backups go in. */
    Path folder();

    /** Writes a consistent copy of the open database to {@code file}, replacing it at once. */
    void copyTo(Path file);

    /**
     * Writes a consistent copy of the open database to {@code file} encrypted for {@code key},
     * replacing it at once. The unencrypted copy exists only beside the database, never beside {@code file};
     * it is checked as {@link #check} checks a backup before it is sealed.
     *
     * @return the unencrypted copy's verdict
     */
    default Backup.Health copyEncryptedTo(Path file, RecipientKey key) {
        throw new UnsupportedOperationException("this store does not encrypt");
    }

    /** Writes every table of the user's data as JSON to {@code file}, replacing it at once. */
    void writeJson(Path file);

    /** The same, encrypted for {@code key} as it is written: no unencrypted byte reaches {@code file}'s folder. */
    default void writeJson(Path file, RecipientKey key) {
        throw new UnsupportedOperationException("this store does not encrypt");
    }

    /** The key backups into {@link #folder()} are encrypted for, kept in the database's settings; empty: not encrypted. */
    default Optional<RecipientKey> backupKey() {
        return Optional.empty();
    }

    /** Sets or (null) removes the backups' key. */
    default void setBackupKey(RecipientKey key) {
        throw new UnsupportedOperationException("this store does not encrypt");
    }

    /** Whether {@code file} is an encrypted Rapport file (its first bytes only). */
    default boolean isEncrypted(Path file) {
        return false;
    }

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

    /**
     * The same for a backup that may be encrypted; {@code passphrase} (null when none was asked for)
     * opens it into a private file beside the database first.
     *
     * @throws BackupException {@code PASSPHRASE_NEEDED} or {@code WRONG_PASSPHRASE} before anything is written
     */
    default RestorePlan prepare(Path source, Passphrase passphrase) {
        if (passphrase != null) {
            throw new UnsupportedOperationException("this store does not encrypt");
        }
        return prepare(source);
    }

    /**
     * Replaces the open database's data with the prepared copy in one step, then deletes the copy.
     * The backups' key stays as the user last set it, whatever the backup held.
     */
    void replaceWith(RestorePlan plan);

    /** Deletes a prepared copy that will not be used. */
    void discard(RestorePlan plan);
}
