package app.rapport.service;

import app.rapport.domain.Backup;
import app.rapport.domain.BackupNames;
import app.rapport.domain.BackupRotation;
import app.rapport.domain.BackupSettings;
import app.rapport.io.encryption.Passphrase;
import app.rapport.io.encryption.RecipientKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Backups of the open database: taking them, keeping the right ones, exporting and restoring. */
public final class BackupService {
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    private final BackupStore store;
    private final Clock clock;
    private final BackupSettings settings;

    /** {@code clock} in the user's time zone: backup names and days are local. */
    public BackupService(BackupStore store, Clock clock, BackupSettings settings) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
    }

    /** Takes a backup into the backups folder, then deletes those rotation no longer keeps. */
    public Backup backUp() {
        Backup taken = take(false);
        rotate();
        return taken;
    }

    /** The backups of this database, newest first. */
    public List<Backup> backups() {
        return store.list().stream().sorted(Backup.NEWEST_FIRST).toList();
    }

    /** True when the database holds no data at all: nothing worth a backup. */
    public boolean isEmpty() {
        return store.isEmpty();
    }

    /** Where {@link #backUp()} puts backups. */
    public Path folder() {
        return store.folder();
    }

    public Optional<Backup> newest() {
        return backups().stream().findFirst();
    }

    /** A copy of the database at {@code file}, outside the rotation. */
    public void backUpTo(Path file) {
        store.copyTo(file);
    }

    /** A JSON backup of every table at {@code file}. */
    public void exportJson(Path file) {
        store.writeJson(file);
    }

    /**
     * A JSON backup of every table at {@code file}, encrypted with {@code passphrase} (a key of its
     * own, with a fresh salt: the backups folder's passphrase is not involved).
     */
    public void exportJson(Path file, Passphrase passphrase) {
        store.writeJson(file, newKey(passphrase));
    }

    /** Whether backups taken from now on are encrypted. */
    public boolean encryptsBackups() {
        return store.backupKey().isPresent();
    }

    /**
     * Backups taken from now on are encrypted for {@code passphrase}, which is not kept: only a public
     * key derived from it. Setting it again makes a new key; backups already taken keep the passphrase
     * they were taken with.
     */
    public void encryptBackups(Passphrase passphrase) {
        store.setBackupKey(newKey(passphrase));
        LOG.info("Backups are encrypted from now on");
    }

    /** Backups taken from now on are not encrypted; those already taken stay as they are. */
    public void stopEncryptingBackups() {
        store.setBackupKey(null);
        LOG.info("Backups are no longer encrypted");
    }

    /** Whether {@code file} is encrypted (restoring it needs a passphrase). */
    public boolean isEncrypted(Path file) {
        return store.isEncrypted(file);
    }

    private static RecipientKey newKey(Passphrase passphrase) {
        if (!passphrase.isLongEnough()) {
            throw new IllegalArgumentException("passphrase shorter than " + Passphrase.MIN_LENGTH);
        }
        return RecipientKey.create(passphrase);
    }

    /**
     * Imports a JSON backup into this database, which must be empty (a restore replaces instead).
     *
     * @throws BackupException when the database holds data or the file is not a usable backup
     */
    public void importJson(Path file) {
        store.importJson(file);
    }

    /**
     * Checks {@code source} and readies it; nothing changes until {@link #restore}.
     *
     * @throws BackupException when it is not a usable backup
     */
    public RestorePlan prepareRestore(Path source) {
        return store.prepare(source);
    }

    /**
     * The same for a backup that may be encrypted; {@code passphrase} may be null until one is asked for.
     *
     * @throws BackupException also {@code PASSPHRASE_NEEDED} or {@code WRONG_PASSPHRASE}, before anything is written
     */
    public RestorePlan prepareRestore(Path source, Passphrase passphrase) {
        return store.prepare(source, passphrase);
    }

    /** Backs up what the database holds now, then replaces it with the prepared backup. */
    public RestoreOutcome restore(RestorePlan plan) {
        try {
            long before = store.contacts();
            Optional<Backup> safety = store.isEmpty() ? Optional.empty() : Optional.of(take(true));
            store.replaceWith(plan);
            long after = store.contacts();
            LOG.info("Restored {} ({} contacts) over {} contacts; the data replaced is in {}", plan.source(), after,
                    before, safety.map(b -> b.file().toString()).orElse("(nothing to keep)"));
            rotate();
            return new RestoreOutcome(safety, before, after);
        } finally {
            store.discard(plan);
        }
    }

    public void cancel(RestorePlan plan) {
        store.discard(plan);
    }

    private Backup take(boolean beforeRestore) {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        String stem = BackupNames.stemOf(store.database().getFileName().toString());
        Optional<RecipientKey> key = store.backupKey();
        Path plainName;
        int attempt = 1;
        do {
            plainName = store.folder().resolve(BackupNames.of(stem, now, beforeRestore, attempt++));
            // nor the encrypted name beside it: a plain and an encrypted backup of one second would not sort apart
        } while (Files.exists(plainName) || Files.exists(plainName.resolveSibling(plainName.getFileName() + BackupNames.ENCRYPTED)));
        Path file = key.isPresent() ? plainName.resolveSibling(plainName.getFileName() + BackupNames.ENCRYPTED) : plainName;
        if (key.isPresent()) {
            store.copyEncryptedTo(file, key.get());
        } else {
            store.copyTo(file);
        }
        long size;
        try {
            size = Files.size(file);
        } catch (java.io.IOException e) {
            size = 0;
        }
        LOG.info("Backed up {} to {}", store.database(), file);
        return new Backup(file, now, beforeRestore, size);
    }

    /** Deleting an old backup may fail (a file open elsewhere); that is logged and tried again next time. */
    private void rotate() {
        for (Backup old : BackupRotation.toDelete(store.list(), settings)) {
            try {
                store.delete(old);
            } catch (RuntimeException e) {
                LOG.warn("Could not delete the old backup {}", old.file(), e);
            }
        }
    }
}
