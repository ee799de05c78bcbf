package app.rapport.persistence.backup;

import app.rapport.domain.backup.Backup;
import app.rapport.domain.backup.BackupNames;
import app.rapport.io.encryption.EncryptedFile;
import app.rapport.io.encryption.Passphrase;
import app.rapport.io.encryption.RecipientKey;
import app.rapport.persistence.DataFolder;
import app.rapport.persistence.Database;
import app.rapport.persistence.OpenFiles;
import app.rapport.persistence.PrivateFiles;
import app.rapport.persistence.SqliteErrors;
import app.rapport.persistence.Transactions;
import app.rapport.persistence.settings.JdbiSettingsRepository;
import app.rapport.service.StorageException;
import app.rapport.service.backup.BackupException;
import app.rapport.service.backup.BackupStore;
import app.rapport.service.backup.RestorePlan;
import app.rapport.service.settings.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Backups of one open {@link Database}, kept in the backups folder beside it (see {@link DataFolder#backupsOf}). */
public final class SqliteBackupStore implements BackupStore {
    private final Database db;
    private final Transactions tx;
    private final BackupChecks checks;
    private final JdbiSettingsRepository settings;

    public SqliteBackupStore(Database db) {
        this.db = db;
        this.tx = new Transactions(db.jdbi());
        this.checks = new BackupChecks(folder(), stem());
        this.settings = new JdbiSettingsRepository(db);
    }

    private String stem() {
        return BackupNames.stemOf(db.file().getFileName().toString());
    }

    @Override
    public Path database() {
        return db.file();
    }

    @Override
    public Path folder() {
        return DataFolder.backupsOf(db.file());
    }

    @Override
    public void copyTo(Path file) {
        OnlineBackup.copy(db, file.toAbsolutePath());
    }

    /**
     * The one place a finished copy becomes an encrypted file: the copy is made beside the database
     * (where the same data already lies unencrypted), sealed into a temporary name beside
     * {@code file}, moved into place, and deleted.
     */
    @Override
    public Backup.Health copyEncryptedTo(Path file, RecipientKey key) {
        Path target = file.toAbsolutePath();
        Path plain = PrivateFiles.tempBeside(db.file(), ".db");
        Path sealed = null;
        try {
            OnlineBackup.copy(db, plain);
            Backup.Health verdict = check(plain);
            sealed = PrivateFiles.tempBeside(target, EncryptedFile.EXTENSION);
            EncryptedFile.encrypt(plain, sealed, key);
            PrivateFiles.moveIntoPlace(sealed, target); // synced before it carries a backup's name
            return verdict;
        } catch (IOException e) {
            throw PrivateFiles.failure("Cannot write " + target, e);
        } finally {
            PrivateFiles.deleteDatabase(plain);
            if (sealed != null) {
                PrivateFiles.deleteDatabase(sealed);
            }
        }
    }

    @Override
    public void writeJson(Path file) {
        JsonBackup.write(db, file.toAbsolutePath());
    }

    @Override
    public void writeJson(Path file, RecipientKey key) {
        JsonBackup.write(db, file.toAbsolutePath(), key);
    }

    @Override
    public Optional<RecipientKey> backupKey() {
        return settings.get(Settings.BACKUP_KEY).flatMap(RecipientKey::decode);
    }

    @Override
    public void setBackupKey(RecipientKey key) {
        settings.put(Settings.BACKUP_KEY, key == null ? null : key.encode());
    }

    @Override
    public boolean isEncrypted(Path file) {
        if (OpenFiles.isOpen(file)) {
            return false; // a database open here is never read (see OpenFiles); restoring it is refused
        }
        try {
            return EncryptedFile.isEncrypted(file);
        } catch (UncheckedIOException e) {
            throw PrivateFiles.failure("Cannot read " + file, e.getCause());
        }
    }

    @Override
    public void importJson(Path file) {
        refuseTheDatabaseItself(file);
        JsonBackup.read(file.toAbsolutePath(), db);
    }

    /** The open database under any name is no backup of itself; checked by identity, without opening it. */
    private void refuseTheDatabaseItself(Path source) {
        Object identity = OpenFiles.identityOf(source);
        if (identity != null && identity.equals(OpenFiles.identityOf(db.file()))) {
            throw new BackupException(BackupException.Reason.NOT_A_BACKUP, source + " is the open database itself");
        }
    }

    @Override
    public List<Backup> list() {
        String stem = stem();
        List<Backup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder())) {
            for (Path file : files.toList()) {
                Optional<BackupNames.Parsed> parsed = BackupNames.parse(stem, file.getFileName().toString());
                if (parsed.isPresent() && Files.isRegularFile(file)) {
                    Backup.Health health = parsed.get().damaged() ? Backup.Health.DAMAGED
                            : checks.isGood(file) ? Backup.Health.GOOD : Backup.Health.UNCHECKED;
                    backups.add(new Backup(file, parsed.get().takenAt(), parsed.get().kind(), health, Files.size(file)));
                }
            }
        } catch (NoSuchFileException e) {
            return List.of(); // no backup taken yet
        } catch (IOException e) {
            throw PrivateFiles.failure("Cannot read " + folder(), e);
        }
        return backups;
    }

    @Override
    public void delete(Backup backup) {
        try {
            Files.deleteIfExists(backup.file());
        } catch (IOException e) {
            throw PrivateFiles.failure("Cannot delete " + backup.file(), e);
        }
    }

    @Override
    public Backup.Health check(Path file) {
        return OnlineBackup.passesCheck(file.toAbsolutePath()) ? Backup.Health.GOOD : Backup.Health.DAMAGED;
    }

    @Override
    public void rememberGood(Path file) {
        Set<String> present = new HashSet<>();
        list().forEach(b -> present.add(b.file().getFileName().toString()));
        present.add(file.getFileName().toString());
        checks.recordGood(file, present);
    }

    @Override
    public void rename(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw PrivateFiles.failure("Cannot rename " + from, e);
        }
    }

    @Override
    public long contacts() {
        return tx.read(h -> h.createQuery("SELECT count(*) FROM contact WHERE deleted_at IS NULL").mapTo(Long.class).one());
    }

    @Override
    public boolean isEmpty() {
        return JsonBackup.isEmpty(db);
    }

    @Override
    public RestorePlan prepare(Path source) {
        return prepare(source, null);
    }

    @Override
    public RestorePlan prepare(Path source, Passphrase passphrase) {
        refuseTheDatabaseItself(source);
        RestoreCopy.Ready ready = RestoreCopy.prepare(source.toAbsolutePath(), db, passphrase);
        try {
            return new RestorePlan(source.toAbsolutePath(), ready.file(), ready.takenAt(), ready.contacts(), contacts());
        } catch (RuntimeException e) {
            PrivateFiles.deleteDatabase(ready.file());
            throw e;
        }
    }

    @Override
    public void replaceWith(RestorePlan plan) {
        if (!Files.isRegularFile(plan.prepared())) {
            // SQLite would restore from an empty new file: the data would be gone
            throw new StorageException(StorageException.Reason.CANNOT_OPEN, "The prepared copy " + plan.prepared() + " is gone");
        }
        keepBackupKey(plan.prepared());
        OnlineBackup.restore(db, plan.prepared());
        discard(plan);
    }

    /**
     * Restoring last month's backup must not silently stop (or undo a change of) the encryption the
     * user set since: the prepared copy gets the current key, or none, before it is swapped in.
     */
    private void keepBackupKey(Path prepared) {
        Optional<String> current = settings.get(Settings.BACKUP_KEY);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + prepared.toAbsolutePath());
             PreparedStatement s = c.prepareStatement(current.isPresent()
                     ? "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
                     : "DELETE FROM setting WHERE key = ?")) {
            s.setString(1, Settings.BACKUP_KEY);
            if (current.isPresent()) {
                s.setString(2, current.get());
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e);
        }
    }

    @Override
    public void discard(RestorePlan plan) {
        PrivateFiles.deleteDatabase(plan.prepared());
    }
}
